#!/usr/bin/env python3
"""Builds reports/105_bao_cao_87_BC-BNG_quang_tri.txt: an official report (Decree 30/2020 style),
hard-wrapped at 80 columns. Lines starting with '|' are kept verbatim (letterhead, signature)."""
import os
import textwrap

SRC = r"""
|BỘ NGOẠI GIAO                          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
|--------                                   Độc lập - Tự do - Hạnh phúc
|                                           ---------------------------
|Số: 87/BC-BNG                         Hà Nội, ngày 22 tháng 4 năm 2025
|
|                                   BÁO CÁO
|      Kết quả buổi làm việc của Thứ trưởng Ngoại giao Đỗ Thị Minh Châu
|        với Ủy ban nhân dân tỉnh Quảng Trị về công tác đối ngoại,
|         ngoại giao kinh tế và công tác người Việt Nam ở nước ngoài
|
|                       Kính gửi: Thủ tướng Chính phủ.
|
Thực hiện Chương trình công tác năm 2025 của Bộ Ngoại giao, ngày 15 tháng 4 năm 2025, tại trụ sở Ủy ban nhân dân tỉnh Quảng Trị (thành phố Đông Hà), Thứ trưởng Ngoại giao, Chủ nhiệm Ủy ban Nhà nước về người Việt Nam ở nước ngoài Đỗ Thị Minh Châu đã có buổi làm việc với Ủy ban nhân dân tỉnh Quảng Trị về công tác đối ngoại, ngoại giao kinh tế và công tác người Việt Nam ở nước ngoài. Bộ Ngoại giao xin báo cáo Thủ tướng Chính phủ kết quả buổi làm việc như sau:
|
I. THÀNH PHẦN
|
1. Phía Bộ Ngoại giao: Thứ trưởng Đỗ Thị Minh Châu (Trưởng đoàn); đại diện lãnh đạo Cục Ngoại vụ, Vụ Tổng hợp kinh tế, Ủy ban Nhà nước về người Việt Nam ở nước ngoài và Vụ Đông Nam Á - Nam Á - Nam Thái Bình Dương.
|
2. Phía tỉnh Quảng Trị: đồng chí Hoàng Nam, Phó Chủ tịch Ủy ban nhân dân tỉnh (đồng chủ trì); lãnh đạo các sở, ngành: Ngoại vụ, Kế hoạch và Đầu tư, Công Thương, Công an tỉnh, Bộ Chỉ huy Bộ đội Biên phòng tỉnh, Ban Quản lý Khu kinh tế tỉnh.
|
II. KẾT QUẢ CÔNG TÁC ĐỐI NGOẠI CỦA TỈNH QUẢNG TRỊ
|
Theo báo cáo do Giám đốc Sở Ngoại vụ tỉnh Quảng Trị Lê Thị Hương trình bày, năm 2024 và quý I năm 2025, công tác đối ngoại của tỉnh đạt nhiều kết quả tích cực:
|
1. Tỉnh đã đón và làm việc với 38 đoàn khách nước ngoài; tổ chức 21 đoàn của lãnh đạo tỉnh đi công tác nước ngoài, chủ yếu tại Lào, Thái Lan, Hàn Quốc và Nhật Bản.
|
2. Về thu hút đầu tư, năm 2024 tỉnh cấp mới 14 dự án có vốn đầu tư trực tiếp nước ngoài với tổng vốn đăng ký 215 triệu USD, nâng tổng số dự án FDI còn hiệu lực trên địa bàn lên 52 dự án.
|
3. Kim ngạch xuất nhập khẩu qua Cửa khẩu quốc tế Lao Bảo năm 2024 đạt khoảng 1,7 tỷ USD, tăng 9% so với năm 2023; tỉnh đang phối hợp với tỉnh Savannakhet (Lào) thúc đẩy mô hình "một cửa, một lần dừng".
|
4. Về công tác người Việt Nam ở nước ngoài, hiện có khoảng 5.400 người Quảng Trị đang sinh sống, học tập và làm việc ở nước ngoài, tập trung tại Lào, Thái Lan, Hoa Kỳ và Australia. Năm 2024, tỉnh đã tổ chức chương trình "Về quê ăn Tết" đón 120 kiều bào.
|
Đồng chí Hoàng Nam, Phó Chủ tịch Ủy ban nhân dân tỉnh cho biết, bên cạnh kết quả đạt được, công tác đối ngoại của tỉnh còn một số hạn chế: đội ngũ cán bộ làm công tác đối ngoại còn mỏng, trình độ ngoại ngữ chưa đồng đều; việc vận động nguồn lực từ kiều bào chưa tương xứng với tiềm năng.
|
III. KIẾN NGHỊ CỦA TỈNH QUẢNG TRỊ
|
Tỉnh Quảng Trị kiến nghị Bộ Ngoại giao bốn nội dung:
|
1. Hỗ trợ tỉnh tổ chức Hội nghị xúc tiến đầu tư vào Khu kinh tế Đông Nam Quảng Trị tại Hàn Quốc trong quý III năm 2025.
|
2. Giới thiệu các đối tác nước ngoài quan tâm đến năng lượng tái tạo, logistics và hành lang kinh tế Đông - Tây.
|
3. Hỗ trợ đào tạo, bồi dưỡng nghiệp vụ đối ngoại cho cán bộ của tỉnh.
|
4. Phối hợp tổ chức các hoạt động kết nối kiều bào gắn với Lễ hội "Vì hòa bình" năm 2025.
|
IV. Ý KIẾN CỦA THỨ TRƯỞNG ĐỖ THỊ MINH CHÂU
|
Thứ trưởng Đỗ Thị Minh Châu đánh giá cao những kết quả tỉnh Quảng Trị đạt được, nhất là trong thu hút đầu tư và phát triển kinh tế cửa khẩu. Thứ trưởng nhấn mạnh: "Quảng Trị là vùng đất của khát vọng hòa bình; đối ngoại của tỉnh cần biến lợi thế hành lang kinh tế Đông - Tây thành lợi thế phát triển cụ thể".
|
Thứ trưởng cơ bản nhất trí với các kiến nghị của tỉnh và thống nhất Bộ Ngoại giao sẽ thực hiện ba nội dung:
|
1. Giao Vụ Tổng hợp kinh tế phối hợp với Đại sứ quán Việt Nam tại Hàn Quốc hỗ trợ tỉnh tổ chức hội nghị xúc tiến đầu tư tại Seoul.
|
2. Giao Học viện Ngoại giao phối hợp với Cục Ngoại vụ mở lớp bồi dưỡng nghiệp vụ đối ngoại cho khoảng 40 cán bộ của tỉnh trong năm 2025.
|
3. Giao Ủy ban Nhà nước về người Việt Nam ở nước ngoài hỗ trợ tỉnh đưa thông tin về các dự án kêu gọi đầu tư tới các hội đoàn kiều bào và mời trí thức kiều bào tham gia tư vấn cho tỉnh.
|
Đối với kiến nghị về đối tác năng lượng tái tạo và logistics, Thứ trưởng đề nghị tỉnh xây dựng danh mục dự án cụ thể, gửi Bộ Ngoại giao trước ngày 30 tháng 5 năm 2025 để chuyển tới các cơ quan đại diện.
|
V. ĐỀ XUẤT
|
Bộ Ngoại giao kính đề nghị Thủ tướng Chính phủ xem xét, chỉ đạo các bộ, ngành liên quan tiếp tục quan tâm, hỗ trợ tỉnh Quảng Trị trong phát triển kinh tế cửa khẩu và kết nối hành lang kinh tế Đông - Tây.
|
Bộ Ngoại giao xin báo cáo Thủ tướng Chính phủ./.
|
|
|Nơi nhận:                                      KT. BỘ TRƯỞNG
|- Như trên;                                        THỨ TRƯỞNG
|- Phó Thủ tướng Trần Lưu Quang (để b/c);
|- Bộ trưởng (để b/c);
|- UBND tỉnh Quảng Trị;                          (Đã ký)
|- Cục Ngoại vụ, Vụ THKT, UBNV;
|- Lưu: VT, NV.                                  Đỗ Thị Minh Châu
"""


def build() -> str:
    out = []
    for line in SRC.strip("\n").split("\n"):
        if line.startswith("|"):
            out.append(line[1:].rstrip())
        else:
            out.extend(textwrap.wrap(line, width=80, break_long_words=False, break_on_hyphens=False))
    return "\n".join(out) + "\n"


if __name__ == "__main__":
    dst = os.path.join(os.path.dirname(__file__), "..", "reports", "105_bao_cao_87_BC-BNG_quang_tri.txt")
    with open(dst, "w", encoding="utf-8") as f:
        f.write(build())
    print("wrote", os.path.normpath(dst))
