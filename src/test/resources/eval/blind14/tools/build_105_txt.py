#!/usr/bin/env python3
"""Type-set the official report (105) as a plain-text file hard-wrapped at 80 columns, Decree 30/2020 layout."""
import pathlib, sys, textwrap
here = pathlib.Path(__file__).parent
out = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else here / '../reports/105_bao-cao-hoi-nghi-doanh-nhan-nvnonn-2024.txt')
head = """\
        BỘ NGOẠI GIAO                  CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
        -------------                       Độc lập - Tự do - Hạnh phúc
                                           ---------------------------
    Số: 215/BC-BNG
                                         Hà Nội, ngày 09 tháng 9 năm 2024


                                    BÁO CÁO
          Kết quả Hội nghị Doanh nhân người Việt Nam ở nước ngoài năm 2024
                                 -----------

                      Kính gửi: Thủ tướng Chính phủ.

"""
body = []
for para in (here / 'src/105_body.txt').read_text(encoding='utf-8').split('\n\n'):
    para = para.strip()
    if para.isupper() or len(para) < 40 and para[:3] in ('I. ', 'II.', 'III', 'IV.'):
        body.append(para)
    else:
        body.append(textwrap.fill(para, width=80, initial_indent='    ', break_long_words=False, break_on_hyphens=False))
tail = """


Nơi nhận:                                         KT. BỘ TRƯỞNG
- Như trên;                                        THỨ TRƯỞNG
- Các Phó Thủ tướng Chính phủ (để b/c);
- Văn phòng Chính phủ;
- Bộ Kế hoạch và Đầu tư, Bộ Công an;                    (đã ký)
- UBND Thành phố Hồ Chí Minh;
- Bộ trưởng (để b/c);
- Lưu: VT, UBNV.                                   Lê Thị Thu Hằng
"""
out.write_text(head + '\n\n'.join(body) + tail, encoding='utf-8')
print('wrote', out)
