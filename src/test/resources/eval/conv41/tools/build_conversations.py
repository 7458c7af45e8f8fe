#!/usr/bin/env python3
"""Build conversations.tsv for blind conversation set 41 from hand-written turn data.

Each turn: (kind, tags, question, read_as, facts, report[, absent_tokens]).
- report: 0..4 = the report (R0..R4) the turn is answered from (for refusals: the report
  nearest to the subject). Not written to the TSV; used by the checker and README counts.
- absent_tokens: for refuse:not_in_corpus turns, the distinguishing token(s) that must be
  absent from all five reports.
Questions tagged 'accentless' are stripped of diacritics here (NFD, drop marks, đ→d, Đ→D).
"""
import os
import sys
import unicodedata

sys.dont_write_bytecode = True

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, '..', 'conversations.tsv')

HEADER = [
    '# Blind conversation set 41 for the Vietnamese MFA-conference QA chatbot. UTF-8, tab-separated.',
    '# conversation: id shared by the turns of one conversation, in order. read_as: the complete question the turn means in its context.',
    '# facts: groups joined by " && " (all required), alternatives joined by " | "; accent- and case-insensitive whole-word match. For refuse turns: refuse:<reason>.',
    '# conversation\tquestion\tkind\ttags\tread_as\tfacts',
]

NR = 'refuse:not_reported'
NIC = 'refuse:not_in_corpus'
FP = 'refuse:false_premise'

A = 'accentless'
AT = 'accentless,telegraphic'
AAT = 'accentless,abbrev,telegraphic'
AA = 'accentless,abbrev'

CONVS = [
    # c01 — R1 tổng kết 2022: date, chair, size, opening speech
    [
        ('new', '-', 'Hội nghị tổng kết công tác ngành Ngoại giao năm 2022 diễn ra hôm nào?',
         'Hội nghị tổng kết công tác ngành Ngoại giao năm 2022 diễn ra vào ngày nào?', '10/1', 1),
        ('ellipsis', AT, 'ai chủ trì?',
         'Ai chủ trì Hội nghị tổng kết công tác ngành Ngoại giao năm 2022?', 'Bùi Thanh Sơn', 1),
        ('pronoun', AAT, 'HN đó bn đại biểu dự',
         'Bao nhiêu đại biểu dự Hội nghị tổng kết công tác ngành Ngoại giao năm 2022?', '700 đại biểu', 1),
        ('pronoun', 'paraphrase', 'Ông ấy nói hội nghị được tổ chức để làm gì?',
         'Khi khai mạc Hội nghị tổng kết năm 2022, Bộ trưởng Bùi Thanh Sơn nói hội nghị nhằm mục đích gì?',
         'nhìn lại một năm && Ngoại giao lần thứ 31', 1),
        ('pronoun', AT, 'hội nghị đối ngoại toàn quốc đó là năm nào',
         'Hội nghị đối ngoại toàn quốc, nơi Tổng Bí thư Nguyễn Phú Trọng đưa ra kết luận, chỉ đạo, được tổ chức năm nào?',
         'năm 2021', 2),
    ],
    # c02 — R1 điểm cầu Cao Bằng
    [
        ('new', AA, 'HN tổng kết ngành NG 2022 kết nối điểm cầu bao nhiêu tỉnh?',
         'Hội nghị tổng kết công tác ngành Ngoại giao năm 2022 được kết nối với điểm cầu của bao nhiêu tỉnh, thành phố?',
         '63 tỉnh', 1),
        ('ellipsis', 'accentless,telegraphic,typo', 'ở Cao Bằg ai dự?',
         'Ai dự Hội nghị tổng kết công tác ngành Ngoại giao năm 2022 tại điểm cầu Cao Bằng?', 'Nguyễn Bích Ngọc', 1),
        ('pronoun', AT, 'người đó chức gì',
         'Đồng chí Nguyễn Bích Ngọc giữ chức vụ gì?', 'Phó Chủ tịch UBND tỉnh', 1),
        ('ellipsis', '-', 'Có những huyện nào tham dự?',
         'UBND những huyện nào của Cao Bằng dự Hội nghị tổng kết năm 2022 tại điểm cầu Cao Bằng?',
         'Quảng Hòa && Thạch An && Bảo Lạc && Hạ Lang', 1),
        ('pronoun', AA, 'người đó có phát biểu tham luận tại HN ko',
         'Đồng chí Nguyễn Bích Ngọc có phát biểu tham luận tại Hội nghị tổng kết công tác ngành Ngoại giao năm 2022 không?',
         NR, 1),
    ],
    # c03 — R1 6 nhiệm vụ → R4 (focus moves)
    [
        ('new', 'abbrev', 'Tại HN tổng kết 2022, TTg Phạm Minh Chính yêu cầu ngành Ngoại giao thực hiện bao nhiêu nhiệm vụ trọng tâm?',
         'Tại Hội nghị tổng kết công tác ngành Ngoại giao năm 2022, Thủ tướng Phạm Minh Chính yêu cầu ngành Ngoại giao thực hiện bao nhiêu nhiệm vụ trọng tâm?',
         '6 nhiệm vụ trọng tâm', 1),
        ('request', '-', 'nói rõ hơn đi',
         'Nói rõ hơn về các nhiệm vụ trọng tâm mà Thủ tướng Phạm Minh Chính yêu cầu tại Hội nghị tổng kết năm 2022.',
         'đối sách linh hoạt', 1),
        ('substitution', AT, 'còn HN tổng kết 2024?',
         'Tại Hội nghị tổng kết công tác ngành ngoại giao năm 2024, Thủ tướng Phạm Minh Chính yêu cầu thực hiện bao nhiêu nhiệm vụ trọng tâm?',
         NR, 4),
        ('ellipsis', '-', 'Vậy nhiệm vụ bao trùm là gì?',
         'Tại Hội nghị tổng kết năm 2024, Thủ tướng Phạm Minh Chính nêu nhiệm vụ bao trùm đối với công tác đối ngoại và ngoại giao là gì?',
         'vai trò tiên phong', 4),
        ('pronoun', '-', 'ông ấy nói đất nước vững bước vào kỷ nguyên nào',
         'Tại Hội nghị tổng kết năm 2024, Thủ tướng Phạm Minh Chính nói đất nước vững bước vào kỷ nguyên nào?',
         'kỷ nguyên vươn mình', 4),
    ],
    # c04 — R3 sơ kết 2019
    [
        ('new', '-', 'Hội nghị sơ kết 6 tháng đầu năm 2019 của Bộ Ngoại giao diễn ra ngày nào?',
         'Hội nghị sơ kết 6 tháng đầu năm 2019 của Bộ Ngoại giao diễn ra vào ngày nào?', '22/7 | 22/07/2019', 3),
        ('ellipsis', AT, 'ai chỉ đạo?',
         'Ai phát biểu chỉ đạo tại Hội nghị sơ kết 6 tháng đầu năm 2019 của Bộ Ngoại giao?', 'Phạm Bình Minh', 3),
        ('pronoun', 'english', 'What positions did he hold at the time?',
         'Khi đó ông Phạm Bình Minh giữ những chức vụ gì?', 'Phó Thủ tướng && Bộ trưởng Ngoại giao', 3),
        ('pronoun', A, 'ông ấy lưu ý những điểm gì cho công tác thời gian tới',
         'Phó Thủ tướng Phạm Bình Minh nêu những điểm cần lưu tâm nào trong công tác đối ngoại thời gian tới?',
         'nhạy cảm trong tham mưu && tăng cường sự phối hợp && nhạy bén hơn nữa', 3),
        ('request', '-', 'Trích nguyên văn điểm thứ nhất.',
         'Trích nguyên văn điểm cần lưu tâm thứ nhất mà Phó Thủ tướng Phạm Bình Minh nêu tại Hội nghị sơ kết 6 tháng đầu năm 2019.',
         'đánh giá sâu hơn nữa && xử lý tình huống', 3),
    ],
    # c05 — R3 HĐBA
    [
        ('new', 'english,paraphrase', 'How many votes did Vietnam win for its UN Security Council seat, according to the 2019 mid-year review?',
         'Theo Hội nghị sơ kết 6 tháng đầu năm 2019, Việt Nam trúng cử Ủy viên không thường trực Hội đồng Bảo an Liên Hợp Quốc với bao nhiêu phiếu?',
         '192/193', 3),
        ('ellipsis', AT, 'nhiệm kỳ nào',
         'Việt Nam trúng cử Ủy viên không thường trực Hội đồng Bảo an Liên Hợp Quốc nhiệm kỳ nào?', '2020-2021', 3),
        ('pronoun', 'abbrev,premise', 'Vì sao VN được làm ủy viên thường trực HĐBA nhiệm kỳ đó?',
         'Vì sao Việt Nam được làm Ủy viên thường trực Hội đồng Bảo an Liên Hợp Quốc nhiệm kỳ 2020-2021?', FP, 3),
        ('substitution', A, 'thế còn tổng số đối tác chiến lược và toàn diện?',
         'Theo Hội nghị sơ kết 6 tháng đầu năm 2019, tổng số Đối tác chiến lược/Đối tác toàn diện của Việt Nam lên bao nhiêu quốc gia?',
         '30 quốc gia', 3),
        ('new', 'abbrev', 'Thế HN sơ kết 6 tháng đầu năm 2023 của BNG đánh giá tình hình thế giới ra sao?',
         'Hội nghị sơ kết công tác 6 tháng đầu năm 2023 của Bộ Ngoại giao đánh giá tình hình thế giới và khu vực thế nào?',
         'diễn biến nhanh, phức tạp', 0),
    ],
    # c06 — R2; pronoun = person named in the previous answer
    [
        ('new', 'abbrev', 'PTT Trần Lưu Quang làm việc với BNG hôm nào?',
         'Phó Thủ tướng Trần Lưu Quang làm việc với Bộ Ngoại giao về triển khai công tác đối ngoại năm 2023 vào ngày nào?',
         '31-1', 2),
        ('ellipsis', AT, 'ở đâu',
         'Buổi làm việc của Phó Thủ tướng Trần Lưu Quang với Bộ Ngoại giao diễn ra ở đâu?', 'Trụ sở Bộ Ngoại giao', 2),
        ('ellipsis', '-', 'Ai báo cáo kết quả năm 2022?',
         'Tại buổi làm việc đó, ai báo cáo với Phó Thủ tướng Trần Lưu Quang kết quả thực hiện các nhiệm vụ đối ngoại năm 2022?',
         'Bùi Thanh Sơn', 2),
        ('pronoun', AA, 'ông ấy nhấn mạnh BNG quyết tâm gì',
         'Bộ trưởng Bùi Thanh Sơn nhấn mạnh Bộ Ngoại giao quyết tâm điều gì?', 'đổi mới tư duy', 2),
        ('request', AT, 'nguồn?',
         'Thông tin về buổi làm việc của Phó Thủ tướng Trần Lưu Quang với Bộ Ngoại giao lấy từ nguồn nào?', 'VGP', 2),
    ],
    # c07 — R0 sơ kết 2023 → R3
    [
        ('new', AA, 'BNG tổ chức HN sơ kết 6 tháng đầu năm 2023 ngày nào',
         'Bộ Ngoại giao tổ chức Hội nghị sơ kết công tác 6 tháng đầu năm 2023 vào ngày nào?', '5/7', 0),
        ('pronoun', AT, 'hội nghị đó bao nhiêu người dự',
         'Bao nhiêu người dự Hội nghị sơ kết công tác 6 tháng đầu năm 2023 của Bộ Ngoại giao?', NR, 0),
        ('ellipsis', '-', 'Ai kết luận?',
         'Ai phát biểu kết luận Hội nghị sơ kết công tác 6 tháng đầu năm 2023?', 'Bùi Thanh Sơn', 0),
        ('pronoun', 'accentless,typo', 'ông ấy biểu dươg ai',
         'Bộ trưởng Bùi Thanh Sơn biểu dương ai tại Hội nghị sơ kết 6 tháng đầu năm 2023?',
         'nỗ lực không mệt mỏi && tập thể cán bộ', 0),
        ('substitution', AT, 'còn sơ kết 2019?',
         'Ai phát biểu chỉ đạo tại Hội nghị sơ kết 6 tháng đầu năm 2019 của Bộ Ngoại giao?', 'Phạm Bình Minh', 3),
    ],
    # c08 — R4 tổng kết 2024
    [
        ('new', A, 'HN tổng kết ngành ngoại giao năm 2024 tổ chức ngày nào',
         'Hội nghị tổng kết công tác ngành ngoại giao năm 2024 được tổ chức vào ngày nào?', '6/1', 4),
        ('ellipsis', AT, 'hình thức gì',
         'Hội nghị tổng kết công tác ngành ngoại giao năm 2024 được tổ chức theo hình thức nào?', 'trực tuyến', 4),
        ('ellipsis', 'english,telegraphic', 'Who chaired it?',
         'Ai chủ trì Hội nghị tổng kết công tác ngành ngoại giao năm 2024?', NR, 4),
        ('ellipsis', 'abbrev', 'TTg có dự ko?',
         'Thủ tướng Chính phủ có dự Hội nghị tổng kết công tác ngành ngoại giao năm 2024 không?',
         'Phạm Minh Chính && dự và chỉ đạo', 4),
        ('pronoun', 'accentless,abbrev,premise', 'sao ông ấy phê bình BNG ở HN đó',
         'Vì sao Thủ tướng Phạm Minh Chính phê bình Bộ Ngoại giao tại Hội nghị tổng kết năm 2024?', FP, 4),
    ],
    # c09 — R4 Quảng Trị → R1 Cao Bằng → near miss
    [
        ('new', '-', 'Ai dự hội nghị tổng kết ngoại giao năm 2024 tại điểm cầu Quảng Trị?',
         'Ai dự Hội nghị tổng kết công tác ngành ngoại giao năm 2024 tại điểm cầu Quảng Trị?', 'Hoàng Nam', 4),
        ('pronoun', AT, 'ông ấy chức gì',
         'Ông Hoàng Nam giữ chức vụ gì?', 'Phó Chủ tịch UBND tỉnh', 4),
        ('pronoun', A, 'ông ấy có phát biểu gì không',
         'Ông Hoàng Nam có phát biểu gì tại Hội nghị tổng kết năm 2024 không?', NR, 4),
        ('substitution', AT, 'còn điểm cầu Cao Bằng năm 2022?',
         'Ai dự Hội nghị tổng kết công tác ngành Ngoại giao năm 2022 tại điểm cầu Cao Bằng?', 'Nguyễn Bích Ngọc', 1),
        ('substitution', 'near-miss', 'Thế còn điểm cầu Đà Nẵng?',
         'Ai dự Hội nghị tổng kết công tác ngành Ngoại giao năm 2022 tại điểm cầu Đà Nẵng?', NIC, 1, ['Đà Nẵng']),
    ],
    # c10 — R1 XNK → R0 → new subject R3
    [
        ('new', 'abbrev', 'Theo HN tổng kết 2022, kim ngạch XNK năm đó đạt bao nhiêu?',
         'Theo Hội nghị tổng kết công tác ngành Ngoại giao năm 2022, kim ngạch xuất nhập khẩu năm 2022 đạt bao nhiêu?',
         '700 tỷ USD', 1),
        ('substitution', AT, 'còn 2023?',
         'Theo Hội nghị sơ kết 6 tháng đầu năm 2023, kim ngạch xuất nhập khẩu năm 2023 đạt bao nhiêu?', NR, 0),
        ('new', 'abbrev', '6 tháng đầu 2019 VN ký những hiệp định gì với EU?',
         'Trong 6 tháng đầu năm 2019, Việt Nam ký những hiệp định gì với EU?',
         'EVFTA && Hiệp định bảo hộ đầu tư', 3),
        ('substitution', '-', 'còn CPTPP thì sao',
         'Trong 6 tháng đầu năm 2019, Hiệp định CPTPP có tiến triển gì?', 'chính thức được triển khai', 3),
    ],
    # c11 — R2 nhiệm vụ
    [
        ('new', 'english,paraphrase', 'What did Deputy PM Tran Luu Quang call the central task of the foreign ministry?',
         'Theo Phó Thủ tướng Trần Lưu Quang, nhiệm vụ trung tâm của Bộ Ngoại giao là gì?', 'phục vụ phát triển đất nước', 2),
        ('substitution', AT, 'còn nhiệm vụ trọng yếu, thường xuyên?',
         'Theo Phó Thủ tướng Trần Lưu Quang, nhiệm vụ trọng yếu, thường xuyên của Bộ Ngoại giao là gì?',
         'giữ vững hòa bình, ổn định', 2),
        ('request', '-', 'Nói rõ hơn: Bộ cần bám sát những gì?',
         'Nói rõ hơn: theo Phó Thủ tướng Trần Lưu Quang, Bộ Ngoại giao cần bám sát đường lối và chỉ đạo nào?',
         'Đại hội XIII && Nguyễn Phú Trọng', 2),
        ('pronoun', 'abbrev,premise', 'HN đối ngoại toàn quốc đó do TTg Phạm Minh Chính chỉ đạo nhỉ?',
         'Hội nghị đối ngoại toàn quốc năm 2021 do Thủ tướng Phạm Minh Chính chỉ đạo phải không?', FP, 2),
    ],
    # c12 — R3 → R4 cán bộ
    [
        ('new', AA, 'Theo HN sơ kết 2019, BNG hướng tới xây dựng đội ngũ cán bộ thế nào?',
         'Theo Hội nghị sơ kết 6 tháng đầu năm 2019, Bộ Ngoại giao hướng tới xây dựng đội ngũ cán bộ như thế nào?',
         'vừa hồng, vừa chuyên', 3),
        ('substitution', AT, 'còn HN tổng kết 2024?',
         'Tại Hội nghị tổng kết công tác ngành ngoại giao năm 2024, yêu cầu xây dựng đội ngũ cán bộ ngoại giao như thế nào?',
         'vừa hồng, vừa chuyên', 4),
        ('ellipsis', 'english', 'What else did it ask of diplomatic staff?',
         'Ngoài "vừa hồng, vừa chuyên", Hội nghị tổng kết năm 2024 còn yêu cầu gì với đội ngũ cán bộ ngoại giao?',
         'tuyệt đối trung thành && tinh thông về nghiệp vụ', 4),
        ('pronoun', A, 'ai nêu yêu cầu đó',
         'Ai nêu yêu cầu xây dựng đội ngũ cán bộ ngoại giao đó tại Hội nghị tổng kết năm 2024?', 'Phạm Minh Chính', 4),
        ('new', AA, 'năm 2024 VN nâng cấp quan hệ với những nước nào',
         'Theo Hội nghị tổng kết năm 2024, trong năm 2024 Việt Nam nâng cấp quan hệ với những nước nào?', NR, 4),
    ],
    # c13 — R4 tinh gọn
    [
        ('new', '-', 'Theo HN tổng kết 2024, Bộ Ngoại giao tiếp nhận chức năng, nhiệm vụ chính của những cơ quan nào?',
         'Theo Hội nghị tổng kết công tác ngành ngoại giao năm 2024, Bộ Ngoại giao tiếp nhận chức năng, nhiệm vụ chính của những cơ quan nào?',
         'Ban Đối ngoại Trung ương && Ủy ban Đối ngoại Quốc hội', 4),
        ('ellipsis', AT, 'tổng kết nghị quyết nào',
         'Hội nghị tổng kết năm 2024 yêu cầu thực hiện chủ trương tổng kết nghị quyết nào của BCH Trung ương?', 'Nghị quyết 18', 4),
        ('pronoun', 'english,premise', 'Why did the conference reject that streamlining plan?',
         'Vì sao Hội nghị tổng kết năm 2024 bác bỏ kế hoạch tinh gọn tổ chức bộ máy của Bộ Ngoại giao?', FP, 4),
        ('substitution', 'accentless,near-miss', 'còn nghị quyết 17?',
         'Hội nghị tổng kết năm 2024 nói gì về việc tổng kết Nghị quyết 17?', NIC, 4, ['Nghị quyết 17']),
    ],
    # c14 — R0 phương châm → R3
    [
        ('new', '-', 'HN sơ kết 6 tháng đầu năm 2023 đánh giá công tác đối ngoại được triển khai với phương châm gì?',
         'Hội nghị sơ kết công tác 6 tháng đầu năm 2023 đánh giá công tác đối ngoại được triển khai với phương châm gì?',
         'chủ động, thích ứng, sáng tạo', 0),
        ('request', A, 'tóm tắt lại kết quả',
         'Tóm tắt lại kết quả công tác đối ngoại 6 tháng đầu năm 2023 theo Hội nghị sơ kết.',
         'đồng bộ, toàn diện && điểm sáng', 0),
        ('substitution', AT, 'còn 2019?',
         'Hội nghị sơ kết 6 tháng đầu năm 2019 đánh giá công tác đối ngoại được triển khai thế nào?', 'linh hoạt, chủ động', 3),
        ('ellipsis', AAT, 'theo tinh thần HN nào',
         'Công tác đối ngoại 6 tháng đầu năm 2019 được triển khai theo tinh thần của hội nghị nào?',
         'Hội nghị Ngoại giao 30', 3),
        ('pronoun', AAT, 'HN sơ kết đó tổ chức ở đâu',
         'Hội nghị sơ kết 6 tháng đầu năm 2019 của Bộ Ngoại giao được tổ chức ở đâu?', NR, 3),
    ],
    # c15 — R1 false premise then chair
    [
        ('new', 'abbrev,premise', 'Vì sao PTT Trần Lưu Quang chủ trì HN tổng kết ngành NG năm 2022?',
         'Vì sao Phó Thủ tướng Trần Lưu Quang chủ trì Hội nghị tổng kết công tác ngành Ngoại giao năm 2022?', FP, 1),
        ('ellipsis', AT, 'vậy ai chủ trì',
         'Vậy ai chủ trì Hội nghị tổng kết công tác ngành Ngoại giao năm 2022?', 'Bùi Thanh Sơn', 1),
        ('pronoun', '-', 'ông ấy đánh giá ngoại giao kinh tế năm đó thế nào',
         'Bộ trưởng Bùi Thanh Sơn đánh giá công tác ngoại giao kinh tế năm 2022 thế nào?',
         'được đẩy mạnh && ổn định kinh tế vĩ mô', 1),
        ('substitution', '-', 'Còn đối ngoại đa phương?',
         'Bộ trưởng Bùi Thanh Sơn đánh giá đối ngoại đa phương năm 2022 thế nào?', 'đóng góp có trách nhiệm', 1),
    ],
    # c16 — R2 attendees → new subject R4
    [
        ('new', AA, 'buổi làm việc của PTT Trần Lưu Quang với BNG có những ai dự',
         'Buổi làm việc của Phó Thủ tướng Trần Lưu Quang với Bộ Ngoại giao có những ai tham dự?',
         'Bùi Thanh Sơn && Văn phòng Chính phủ', 2),
        ('ellipsis', 'english,telegraphic', 'morning or afternoon?',
         'Buổi làm việc của Phó Thủ tướng Trần Lưu Quang với Bộ Ngoại giao diễn ra buổi sáng hay buổi chiều?', 'Chiều', 2),
        ('ellipsis', AT, 'kéo dài bao lâu',
         'Buổi làm việc của Phó Thủ tướng Trần Lưu Quang với Bộ Ngoại giao kéo dài bao lâu?', NR, 2),
        ('pronoun', 'premise,typo', 'Nghe nói buổi đó bị hõan sang tháng 2 đúng ko?',
         'Buổi làm việc của Phó Thủ tướng Trần Lưu Quang với Bộ Ngoại giao bị hoãn sang tháng 2 phải không?', FP, 2),
        ('new', 'abbrev', 'Thủ tướng có dự HN tổng kết ngoại giao 2024 ko?',
         'Thủ tướng Chính phủ có dự Hội nghị tổng kết công tác ngành ngoại giao năm 2024 không?', 'Phạm Minh Chính', 4),
    ],
    # c17 — R3 Mỹ-Triều, Chỉ thị 25
    [
        ('new', 'paraphrase', 'Theo báo cáo sơ kết 6 tháng đầu năm 2019, VN đã tổ chức thành công hội nghị thượng đỉnh nào?',
         'Theo Hội nghị sơ kết 6 tháng đầu năm 2019, Việt Nam đã tổ chức thành công hội nghị thượng đỉnh nào?',
         'thượng đỉnh Mỹ - Triều lần 2', 3),
        ('pronoun', 'accentless,premise', 'hội nghị đó là lần thứ 3 à',
         'Hội nghị thượng đỉnh Mỹ - Triều do Việt Nam tổ chức là lần thứ 3 phải không?', FP, 3),
        ('new', '-', 'Chỉ thị 25 nói về việc gì?',
         'Theo Hội nghị sơ kết 6 tháng đầu năm 2019, Chỉ thị 25 nói về việc gì?', 'nâng tầm đối ngoại đa phương', 3),
        ('ellipsis', AT, 'của cơ quan nào',
         'Chỉ thị 25 về đẩy mạnh và nâng tầm đối ngoại đa phương là của cơ quan nào?', 'Ban Bí thư', 3),
        ('substitution', 'accentless,near-miss', 'còn chỉ thị 24?',
         'Hội nghị sơ kết 6 tháng đầu năm 2019 nói gì về Chỉ thị 24?', NIC, 3, ['Chỉ thị 24']),
    ],
    # c18 — R0 6 tháng cuối năm
    [
        ('new', 'abbrev', 'BT Bùi Thanh Sơn đề nghị ngành NG 6 tháng cuối năm 2023 triển khai đường lối đối ngoại của đại hội nào?',
         'Bộ trưởng Bùi Thanh Sơn đề nghị ngành Ngoại giao trong 6 tháng cuối năm 2023 triển khai đường lối đối ngoại của đại hội nào?',
         'Đại hội XIII', 0),
        ('substitution', AT, 'còn ngoại giao văn hóa?',
         'Bộ trưởng Bùi Thanh Sơn đề nghị gì về ngoại giao văn hóa trong 6 tháng cuối năm 2023?',
         'vai trò ngoại giao văn hóa', 0),
        ('substitution', AT, 'thông tin đối ngoại thì sao',
         'Bộ trưởng Bùi Thanh Sơn đề nghị gì về thông tin đối ngoại trong 6 tháng cuối năm 2023?',
         'phương thức truyền thông mới', 0),
        ('request', AT, 'nguồn',
         'Thông tin về Hội nghị sơ kết 6 tháng đầu năm 2023 lấy từ nguồn nào?', 'TTXVN', 0),
        ('pronoun', 'paraphrase', 'Báo cáo có nói ông ấy khen thưởng ai không?',
         'Báo cáo có nói Bộ trưởng Bùi Thanh Sơn khen thưởng ai tại Hội nghị sơ kết 6 tháng đầu năm 2023 không?',
         'trao tặng các danh hiệu && tập thể và cá nhân', 0),
    ],
    # c19 — R3 xây dựng ngành → R0
    [
        ('new', 'english', 'At the 2019 mid-year review, what did Pham Binh Minh direct on building the ministry?',
         'Tại Hội nghị sơ kết 6 tháng đầu năm 2019, Phó Thủ tướng Phạm Bình Minh chỉ đạo gì về công tác xây dựng ngành?',
         'tuyển dụng, đào tạo cán bộ', 3),
        ('ellipsis', AT, 'còn gì nữa',
         'Ngoài tuyển dụng, đào tạo cán bộ, Phó Thủ tướng Phạm Bình Minh còn chỉ đạo gì về xây dựng ngành?',
         'kỷ cương, kỷ luật && bảo vệ chính trị nội bộ', 3),
        ('substitution', AA, 'còn BT Bùi Thanh Sơn ở sơ kết 2023?',
         'Tại Hội nghị sơ kết 6 tháng đầu năm 2023, Bộ trưởng Bùi Thanh Sơn chỉ đạo gì về công tác xây dựng ngành?',
         'thi đua khen thưởng && chuyên nghiệp, hiện đại', 0),
        ('pronoun', AA, 'ông ấy có nói về tuyển dụng cán bộ ko',
         'Tại Hội nghị sơ kết 6 tháng đầu năm 2023, Bộ trưởng Bùi Thanh Sơn có chỉ đạo gì về tuyển dụng cán bộ không?', NR, 0),
    ],
    # c20 — R1 TTg chỉ đạo → R3
    [
        ('new', 'abbrev', 'Tại HN tổng kết 2022, TTg đề nghị ngành NG bảo vệ Tổ quốc theo tinh thần nào?',
         'Tại Hội nghị tổng kết công tác ngành Ngoại giao năm 2022, Thủ tướng Phạm Minh Chính đề nghị ngành Ngoại giao bảo vệ Tổ quốc theo tinh thần nào?',
         'từ sớm && từ xa', 1),
        ('pronoun', '-', 'Ông ấy nhắc tới phương châm ứng xử nào?',
         'Thủ tướng Phạm Minh Chính nhắc tới phương châm ứng xử nào tại Hội nghị tổng kết năm 2022?',
         'dĩ bất biến, ứng vạn biến', 1),
        ('request', AT, 'nói rõ hơn về cây tre',
         'Nói rõ hơn về bản sắc "cây tre Việt Nam" mà Thủ tướng Phạm Minh Chính nhắc tới.',
         'gốc vững && cây tre Việt Nam', 1),
        ('substitution', 'abbrev', 'Còn PTT Phạm Bình Minh ở sơ kết 2019 có nói về cây tre ko?',
         'Tại Hội nghị sơ kết 6 tháng đầu năm 2019, Phó Thủ tướng Phạm Bình Minh có nói về bản sắc "cây tre Việt Nam" không?',
         NR, 3),
        ('new', 'accentless,abbrev', 'Thế PTT Phạm Bình Minh nêu điểm lưu tâm thứ hai là gì?',
         'Tại Hội nghị sơ kết 6 tháng đầu năm 2019, điểm cần lưu tâm thứ hai mà Phó Thủ tướng Phạm Bình Minh nêu là gì?',
         'tăng cường sự phối hợp', 3),
    ],
    # c21 — R4 kinh tế → R1
    [
        ('new', 'accentless,typo', 'theo HN tổng kết 2024, ngoại giao kih tế chuyển biến trong những lĩnh vực nào',
         'Theo Hội nghị tổng kết công tác ngành ngoại giao năm 2024, ngoại giao kinh tế chuyển biến mạnh mẽ trong những lĩnh vực nào?',
         'chuyển đổi số && chíp bán dẫn && trí tuệ nhân tạo', 4),
        ('ellipsis', '-', 'Dưới sự chỉ đạo của ai?',
         'Ngoại giao kinh tế năm 2024 chuyển biến dưới sự chỉ đạo của ai?', 'Thủ tướng Chính phủ', 4),
        ('pronoun', AAT, 'kim ngạch XNK năm đó bn',
         'Theo Hội nghị tổng kết năm 2024, kim ngạch xuất nhập khẩu năm 2024 đạt bao nhiêu?', NR, 4),
        ('substitution', AT, 'còn năm 2022?',
         'Theo Hội nghị tổng kết năm 2022, kim ngạch xuất nhập khẩu năm 2022 đạt bao nhiêu?', '700 tỷ USD', 1),
        ('pronoun', 'premise', 'Con số đó là 800 tỷ USD phải không?',
         'Kim ngạch xuất nhập khẩu năm 2022 vượt mốc 800 tỷ USD phải không?', FP, 1),
    ],
    # c22 — R0 quan hệ đối tác → R3
    [
        ('new', 'paraphrase', '6 tháng đầu năm 2023, quan hệ của VN với các đối tác phát triển thế nào?',
         'Theo Hội nghị sơ kết 6 tháng đầu năm 2023, quan hệ của Việt Nam với các đối tác phát triển thế nào?',
         'bước phát triển mới && chiều sâu', 0),
        ('ellipsis', AT, 'nhất là với ai',
         'Trong 6 tháng đầu năm 2023, quan hệ với những đối tác nào có nhiều bước phát triển mới?',
         'nước láng giềng && các nước lớn', 0),
        ('substitution', '-', 'còn 6 tháng đầu 2019?',
         'Theo Hội nghị sơ kết 6 tháng đầu năm 2019, quan hệ của Việt Nam với các đối tác phát triển thế nào?',
         'chiều sâu, hiệu quả, thiết thực', 3),
        ('ellipsis', AT, 'khuôn khổ quan hệ thì sao',
         'Trong 6 tháng đầu năm 2019, khuôn khổ quan hệ với các đối tác thay đổi thế nào?', 'mở rộng và nâng cấp', 3),
        ('pronoun', 'premise', 'Vì sao quan hệ với Hà Lan bị hạ cấp năm đó?',
         'Vì sao quan hệ của Việt Nam với Hà Lan bị hạ cấp năm 2019?', FP, 3),
    ],
    # c23 — R2 Trần Lưu Quang
    [
        ('new', '-', 'Ai làm việc với Bộ Ngoại giao chiều 31-1 về triển khai công tác đối ngoại năm 2023?',
         'Ai làm việc với Bộ Ngoại giao chiều 31-1 về triển khai công tác đối ngoại năm 2023?', 'Trần Lưu Quang', 2),
        ('pronoun', '-', 'ông ấy đánh giá cao điều gì',
         'Phó Thủ tướng Trần Lưu Quang đánh giá cao điều gì?', 'thành tựu to lớn', 2),
        ('pronoun', 'accentless,paraphrase', 'theo ông ấy tình hình thế giới sắp tới ra sao',
         'Phó Thủ tướng Trần Lưu Quang nhận định tình hình thế giới thời gian tới thế nào?',
         'biến động sâu sắc, phức tạp', 2),
        ('request', 'english', 'Summarize what he said the ministry should focus on.',
         'Tóm tắt những việc Phó Thủ tướng Trần Lưu Quang nói Bộ Ngoại giao cần tập trung thực hiện.',
         'chương trình đối ngoại cấp cao && hội nhập quốc tế', 2),
        ('pronoun', 'abbrev,premise', 'Ông ấy phát biểu gì tại HN tổng kết 2024?',
         'Phó Thủ tướng Trần Lưu Quang phát biểu gì tại Hội nghị tổng kết công tác ngành ngoại giao năm 2024?', FP, 4),
    ],
    # c24 — R3 meta → R1
    [
        ('new', AA, 'HN sơ kết 6 tháng đầu năm 2019 của BNG là thứ mấy',
         'Hội nghị sơ kết 6 tháng đầu năm 2019 của Bộ Ngoại giao diễn ra vào thứ mấy?', 'Thứ hai', 3),
        ('request', 'english,telegraphic', 'who wrote the piece? source?',
         'Ai viết bài về Hội nghị sơ kết 6 tháng đầu năm 2019 và bài lấy từ nguồn nào?', 'PV && CLO', 3),
        ('ellipsis', AT, 'bao nhiêu đại biểu dự',
         'Bao nhiêu đại biểu dự Hội nghị sơ kết 6 tháng đầu năm 2019 của Bộ Ngoại giao?', NR, 3),
        ('substitution', AT, 'còn HN tổng kết 2022?',
         'Bao nhiêu đại biểu dự Hội nghị tổng kết công tác ngành Ngoại giao năm 2022?', '700 đại biểu', 1),
    ],
    # c25 — R1 Tổng Bí thư
    [
        ('new', '-', 'Hội nghị tổng kết 2022 nhìn lại việc thực hiện kết luận của Tổng Bí thư tại hội nghị nào?',
         'Hội nghị tổng kết công tác ngành Ngoại giao năm 2022 nhìn lại việc thực hiện kết luận của Tổng Bí thư tại hội nghị nào?',
         'Hội nghị đối ngoại toàn quốc', 1),
        ('ellipsis', AAT, 'TBT là ai',
         'Tổng Bí thư có kết luận tại Hội nghị đối ngoại toàn quốc được nhắc tới ở Hội nghị tổng kết năm 2022 là ai?', 'Nguyễn Phú Trọng', 1),
        ('pronoun', 'premise', 'Ông ấy phát biểu gì tại hội nghị tổng kết đó?',
         'Tổng Bí thư Nguyễn Phú Trọng phát biểu gì tại Hội nghị tổng kết công tác ngành Ngoại giao năm 2022?', FP, 1),
        ('substitution', A, 'còn HN Ngoại giao lần thứ 31 thì chỉ đạo của ai?',
         'Hội nghị tổng kết năm 2022 nhìn lại việc thực hiện kết luận, chỉ đạo của ai tại Hội nghị Ngoại giao lần thứ 31?',
         'Thủ tướng Chính phủ && Lãnh đạo Đảng, Nhà nước', 1),
        ('substitution', 'accentless,near-miss,telegraphic', 'lần thứ 32?',
         'Hội nghị Ngoại giao lần thứ 32 có những chỉ đạo gì?', NIC, 1, ['lần thứ 32']),
    ],
    # c26 — R4 mục tiêu 2025
    [
        ('new', '-', 'Về mục tiêu, nhiệm vụ năm 2025, Bộ Ngoại giao xác định những gì?',
         'Tại Hội nghị tổng kết năm 2024, Bộ Ngoại giao xác định mục tiêu, nhiệm vụ năm 2025 là gì?',
         'dự báo đúng tình hình && thế chủ động chiến lược', 4),
        ('request', '-', 'trích nguyên văn đoạn về thời cơ',
         'Trích nguyên văn đoạn nói về thời cơ trong mục tiêu, nhiệm vụ năm 2025 của Bộ Ngoại giao.',
         'nhận diện chính xác thời cơ', 4),
        ('ellipsis', AT, 'gồm những kênh đối ngoại nào',
         'Việc triển khai đồng bộ, nâng tầm công tác đối ngoại năm 2025 bao gồm những kênh đối ngoại nào?',
         'đối ngoại Đảng && ngoại giao Nhà nước && đối ngoại Nhân dân', 4),
        ('pronoun', 'accentless,abbrev,premise', 'vậy năm đó BNG bỏ đối ngoại đa phương à',
         'Vậy năm 2025 Bộ Ngoại giao bỏ đối ngoại đa phương phải không?', FP, 4),
    ],
    # c27 — R0 → R3, pronoun after substitution
    [
        ('new', 'abbrev', 'Ai phát biểu kết luận HN sơ kết 6 tháng đầu năm 2023 của BNG?',
         'Ai phát biểu kết luận Hội nghị sơ kết công tác 6 tháng đầu năm 2023 của Bộ Ngoại giao?', 'Bùi Thanh Sơn', 0),
        ('pronoun', '-', 'ông ấy yêu cầu các đơn vị làm tốt hơn việc gì',
         'Bộ trưởng Bùi Thanh Sơn yêu cầu các đơn vị trong Bộ làm tốt hơn nữa công tác gì?',
         'nghiên cứu, dự báo, tham mưu', 0),
        ('substitution', AT, 'còn năm 2019 ai phát biểu chỉ đạo',
         'Ai phát biểu chỉ đạo tại Hội nghị sơ kết 6 tháng đầu năm 2019?', 'Phạm Bình Minh', 3),
        ('pronoun', '-', 'Ông ấy nhận định tình hình quốc tế nửa đầu năm đó thế nào?',
         'Phó Thủ tướng Phạm Bình Minh nhận định tình hình quốc tế nửa đầu năm 2019 thế nào?',
         'nhanh hơn, phức tạp hơn', 3),
    ],
    # c28 — near miss year → R1 → R4
    [
        ('new', 'near-miss', 'Hội nghị tổng kết công tác ngoại giao năm 2017 diễn ra khi nào?',
         'Hội nghị tổng kết công tác ngành ngoại giao năm 2017 diễn ra khi nào?', NIC, 1, ['2017']),
        ('substitution', AT, 'còn năm 2022?',
         'Hội nghị tổng kết công tác ngành Ngoại giao năm 2022 diễn ra khi nào?', '10/1', 1),
        ('ellipsis', AT, 'kết nối mấy điểm cầu',
         'Hội nghị tổng kết công tác ngành Ngoại giao năm 2022 được kết nối với điểm cầu ở bao nhiêu tỉnh, thành phố?',
         '63 tỉnh, thành phố', 1),
        ('substitution', A, 'còn HN năm 2024?',
         'Hội nghị tổng kết công tác ngành ngoại giao năm 2024 được kết nối với bao nhiêu điểm cầu?', NR, 4),
        ('ellipsis', AAT, 'điểm cầu QT có ai',
         'Ai dự Hội nghị tổng kết năm 2024 tại điểm cầu Quảng Trị?', 'Hoàng Nam', 4),
    ],
    # c29 — R2 báo cáo của Bộ trưởng
    [
        ('new', 'abbrev', 'BT Bùi Thanh Sơn báo cáo với PTT Trần Lưu Quang nội dung gì?',
         'Bộ trưởng Bùi Thanh Sơn báo cáo với Phó Thủ tướng Trần Lưu Quang nội dung gì?',
         'nhiệm vụ đối ngoại năm 2022', 2),
        ('ellipsis', AT, 'trọng tâm là gì',
         'Trọng tâm của việc đổi mới tư duy và hành động mà Bộ trưởng Bùi Thanh Sơn nêu là gì?',
         'xây dựng, phát triển ngành', 2),
        ('request', '-', 'Nói rõ hơn.',
         'Nói rõ hơn về những việc Bộ Ngoại giao quyết tâm thực hiện mà Bộ trưởng Bùi Thanh Sơn báo cáo.',
         'chuyển đổi số && kỷ cương hành chính', 2),
        ('pronoun', A, 'ông ấy có nêu số đoàn cấp cao năm 2022 ko',
         'Bộ trưởng Bùi Thanh Sơn có nêu số đoàn đối ngoại cấp cao năm 2022 không?', NR, 2),
    ],
    # c30 — R4 English
    [
        ('new', 'english', 'When did the foreign ministry hold its 2024 review conference?',
         'Bộ Ngoại giao tổ chức Hội nghị tổng kết công tác ngành ngoại giao năm 2024 vào ngày nào?', '6/1', 4),
        ('ellipsis', 'english,telegraphic', 'Who attended from Quang Tri?',
         'Ai dự Hội nghị tổng kết năm 2024 tại điểm cầu Quảng Trị?', 'Hoàng Nam', 4),
        ('request', 'english', 'Who wrote the article?',
         'Ai viết bài về Hội nghị tổng kết năm 2024?', 'Hoài Nhung', 4),
        ('new', AA, 'HN 2024 nói VN là điểm sáng về gì',
         'Theo Hội nghị tổng kết năm 2024, Việt Nam là điểm sáng về lĩnh vực gì?',
         'thương mại && thu hút đầu tư nước ngoài', 4),
    ],
    # c31 — R3 false premise (absent person), pronoun = person in answer
    [
        ('new', 'abbrev,premise', 'TTg Phạm Minh Chính phát biểu gì tại HN sơ kết 6 tháng đầu năm 2019?',
         'Thủ tướng Phạm Minh Chính phát biểu gì tại Hội nghị sơ kết 6 tháng đầu năm 2019 của Bộ Ngoại giao?', FP, 3),
        ('ellipsis', AT, 'vậy ai phát biểu chỉ đạo',
         'Vậy ai phát biểu chỉ đạo tại Hội nghị sơ kết 6 tháng đầu năm 2019?', 'Phạm Bình Minh', 3),
        ('pronoun', '-', 'ông ấy nói cần làm tốt chương trình công tác năm nào',
         'Phó Thủ tướng Phạm Bình Minh nói cần làm tốt chương trình công tác năm nào?',
         'chương trình công tác năm 2019', 3),
        ('ellipsis', AT, 'hướng tới đại hội nào',
         'Việc thực hiện các định hướng 6 tháng cuối năm 2019 hướng tới Đại hội nào của Đảng?', 'Đại hội XIII', 3),
    ],
    # c32 — R0 ngoại giao kinh tế, đa phương, bảo hộ
    [
        ('new', '-', 'Hội nghị sơ kết 2023 đánh giá các hoạt động ngoại giao kinh tế hỗ trợ những ai?',
         'Hội nghị sơ kết 6 tháng đầu năm 2023 đánh giá các hoạt động ngoại giao kinh tế hỗ trợ những ai?',
         'địa phương, doanh nghiệp', 0),
        ('ellipsis', 'accentless,telegraphic,typo', 'hỗ trợ đẻ làm gì',
         'Các hoạt động ngoại giao kinh tế hỗ trợ địa phương, doanh nghiệp để làm gì?',
         'kết nối đối tác && mở rộng thị trường', 0),
        ('substitution', A, 'còn ngoại giao đa phương',
         'Hội nghị sơ kết 6 tháng đầu năm 2023 đánh giá ngoại giao đa phương thế nào?',
         'triển khai tích cực && ngoại giao song phương', 0),
        ('new', AA, '6 tháng đầu năm 2023 bao nhiêu công dân VN được bảo hộ',
         'Trong 6 tháng đầu năm 2023 có bao nhiêu công dân được bảo hộ?', NR, 0),
    ],
    # c33 — R1 tư duy đối ngoại
    [
        ('new', 'abbrev', 'Tại HN tổng kết 2022, TTg nói chủ trương của VN đi từ "muốn là bạn" đến gì?',
         'Tại Hội nghị tổng kết năm 2022, Thủ tướng Phạm Minh Chính nói chủ trương của Việt Nam đi từ "muốn là bạn" đến gì?',
         'sẵn sàng là bạn', 1),
        ('substitution', '-', 'còn về hợp tác và đấu tranh',
         'Về hợp tác và đấu tranh, Thủ tướng Phạm Minh Chính nói cách nhìn nhận đã chuyển thế nào?',
         'đối tác, đối tượng', 1),
        ('request', AT, 'trích nguyên văn',
         'Trích nguyên văn câu về hợp tác và đấu tranh mà Thủ tướng Phạm Minh Chính nói.',
         'chuyển sang cách nhìn nhận && đối tác, đối tượng', 1),
        ('pronoun', '-', 'Ông ấy muốn đưa nền kinh tế VN vào vị trí nào?',
         'Thủ tướng Phạm Minh Chính muốn đưa nền kinh tế Việt Nam vào vị trí nào?',
         'vị trí cao hơn && chuỗi giá trị gia tăng', 1),
    ],
    # c34 — R3 ngoại vụ địa phương, xây dựng ngành
    [
        ('new', A, 'ngoại vụ địa phương 6 tháng đầu 2019 lấy ai làm trung tâm',
         'Theo Hội nghị sơ kết 6 tháng đầu năm 2019, công tác ngoại vụ địa phương lấy ai làm trung tâm?',
         'doanh nghiệp và người dân', 3),
        ('substitution', AT, 'còn công tác Đảng, đoàn thể?',
         'Theo Hội nghị sơ kết 6 tháng đầu năm 2019, công tác Đảng, đoàn thể được triển khai thế nào?',
         'hiệu quả, thực chất', 3),
        ('new', '-', 'Mục tiêu hiện đại hóa Bộ Ngoại giao có mốc hoàn thành năm nào không?',
         'Theo Hội nghị sơ kết 6 tháng đầu năm 2019, mục tiêu hiện đại hóa Bộ Ngoại giao có mốc hoàn thành vào năm nào?', NR, 3),
        ('request', '-', 'Tóm tắt lại phần xây dựng ngành.',
         'Tóm tắt lại phần công tác xây dựng ngành trong báo cáo sơ kết 6 tháng đầu năm 2019.',
         'từng bước hiện đại hóa && vừa hồng, vừa chuyên', 3),
    ],
    # c35 — near-miss person → R3 → R0
    [
        ('new', 'near-miss', 'Bộ trưởng Phạm Gia Khiêm phát biểu gì tại hội nghị sơ kết 6 tháng đầu năm 2019?',
         'Bộ trưởng Phạm Gia Khiêm phát biểu gì tại Hội nghị sơ kết 6 tháng đầu năm 2019 của Bộ Ngoại giao?',
         NIC, 3, ['Phạm Gia Khiêm']),
        ('pronoun', AA, 'thế BT NG lúc đó là ai',
         'Bộ trưởng Ngoại giao tại thời điểm Hội nghị sơ kết 6 tháng đầu năm 2019 là ai?', 'Phạm Bình Minh', 3),
        ('pronoun', 'accentless,telegraphic,typo', 'ông ấy kiêm chứ gì',
         'Ông Phạm Bình Minh kiêm chức vụ gì ngoài Bộ trưởng Ngoại giao?', 'Phó Thủ tướng', 3),
        ('substitution', AT, 'còn năm 2023?',
         'Bộ trưởng Ngoại giao tại Hội nghị sơ kết 6 tháng đầu năm 2023 là ai?', 'Bùi Thanh Sơn', 0),
        ('pronoun', '-', 'Ông ấy có phải Ủy viên Bộ Chính trị không?',
         'Bộ trưởng Bùi Thanh Sơn có phải Ủy viên Bộ Chính trị không, theo báo cáo sơ kết 6 tháng đầu năm 2023?',
         'Ủy viên Trung ương Đảng', 0),
    ],
    # c36 — R4 chỉ đạo của Thủ tướng
    [
        ('new', 'abbrev', 'Ở HN tổng kết 2024, TTg yêu cầu ngành NG phối hợp tổ chức tốt những hoạt động gì?',
         'Tại Hội nghị tổng kết năm 2024, Thủ tướng Phạm Minh Chính yêu cầu ngành ngoại giao phối hợp tổ chức tốt những hoạt động gì?',
         'hoạt động đối ngoại cấp cao', 4),
        ('substitution', AT, 'với đối tác quan trọng thì sao',
         'Thủ tướng Phạm Minh Chính yêu cầu gì đối với quan hệ với các đối tác quan trọng?',
         'nâng cấp, nâng tầm quan hệ', 4),
        ('ellipsis', '-', 'nghiên cứu thì yêu cầu thế nào',
         'Thủ tướng Phạm Minh Chính yêu cầu công tác nghiên cứu về đối ngoại như thế nào?',
         'tổng thể, dài hơi && chiều sâu', 4),
        ('pronoun', 'premise', 'Ông ấy yêu cầu giảm bớt vai trò tiên phong của ngoại giao à?',
         'Thủ tướng Phạm Minh Chính yêu cầu giảm bớt vai trò tiên phong của ngoại giao phải không?', FP, 4),
    ],
    # c37 — R2 → new subject R1
    [
        ('new', 'abbrev', 'PTT Trần Lưu Quang yêu cầu củng cố biên giới như thế nào?',
         'Phó Thủ tướng Trần Lưu Quang yêu cầu Bộ Ngoại giao củng cố biên giới như thế nào?',
         'hữu nghị và phát triển', 2),
        ('new', 'abbrev', 'Ở HN tổng kết 2022, BT Bùi Thanh Sơn nói đối ngoại đã phối hợp xử lý những vấn đề gì?',
         'Tại Hội nghị tổng kết năm 2022, Bộ trưởng Bùi Thanh Sơn nói công tác đối ngoại đã phối hợp xử lý những vấn đề gì?',
         'biên giới lãnh thổ && nhân quyền && tôn giáo', 1),
        ('ellipsis', AT, 'phối hợp với ai',
         'Công tác đối ngoại năm 2022 đã phối hợp với ai để xử lý các vấn đề đó?', 'quốc phòng, an ninh', 1),
        ('ellipsis', '-', 'về phân định thì kết quả sao',
         'Năm 2022 công tác đối ngoại đạt kết quả gì về phân định, giải quyết các vấn đề?', 'trên biển, trên bộ', 1),
    ],
    # c38 — R1 English → R4 → R0
    [
        ('new', 'english', 'How many delegates attended the foreign ministry\'s 2022 review conference?',
         'Bao nhiêu đại biểu dự Hội nghị tổng kết công tác ngành Ngoại giao năm 2022?', '700 đại biểu', 1),
        ('ellipsis', 'english,telegraphic', 'Who were they?',
         'Các đại biểu dự Hội nghị tổng kết năm 2022 là những ai?',
         'lãnh đạo các bộ, ban, ngành && cán bộ ngoại giao', 1),
        ('substitution', AAT, 'còn HN 2024 bn người',
         'Bao nhiêu đại biểu dự Hội nghị tổng kết công tác ngành ngoại giao năm 2024?', NR, 4),
        ('substitution', AT, 'sơ kết 2023?',
         'Bao nhiêu đại biểu dự Hội nghị sơ kết 6 tháng đầu năm 2023?', NR, 0),
        ('new', 'abbrev', 'HN sơ kết 2023 có những thành phần nào tham dự?',
         'Hội nghị sơ kết 6 tháng đầu năm 2023 của Bộ Ngoại giao có những thành phần nào tham dự?',
         'Bùi Thanh Sơn && đại diện các đơn vị', 0),
    ],
    # c39 — R0 xây dựng ngành
    [
        ('new', '-', 'Về xây dựng ngành, HN sơ kết 6 tháng đầu năm 2023 đánh giá công tác chỉ đạo điều hành thế nào?',
         'Về xây dựng ngành, Hội nghị sơ kết 6 tháng đầu năm 2023 đánh giá công tác chỉ đạo điều hành thế nào?',
         'đi vào nề nếp', 0),
        ('substitution', 'english,telegraphic', 'and financial management?',
         'Hội nghị sơ kết 6 tháng đầu năm 2023 đánh giá công tác quản trị tài vụ thế nào?', 'bài bản hiệu quả', 0),
        ('ellipsis', AA, 'BT chỉ đạo gì về xây dựng ngành',
         'Bộ trưởng Bùi Thanh Sơn chỉ đạo gì về công tác xây dựng ngành tại Hội nghị sơ kết 6 tháng đầu năm 2023?',
         'chuyên nghiệp, hiện đại', 0),
        ('pronoun', 'accentless,premise', 'nghe nói ông ấy kỷ luật nhiều cán bộ tại HN đó',
         'Bộ trưởng Bùi Thanh Sơn đã kỷ luật nhiều cán bộ tại Hội nghị sơ kết 6 tháng đầu năm 2023 phải không?', FP, 0),
    ],
    # c40 — R2 VPCP, near miss person
    [
        ('new', 'abbrev', 'Lãnh đạo Văn phòng Chính phủ có dự buổi làm việc của PTT Trần Lưu Quang với BNG không?',
         'Lãnh đạo Văn phòng Chính phủ có dự buổi làm việc của Phó Thủ tướng Trần Lưu Quang với Bộ Ngoại giao không?',
         'Văn phòng Chính phủ', 2),
        ('pronoun', AT, 'người đó tên là gì',
         'Lãnh đạo Văn phòng Chính phủ dự buổi làm việc đó tên là gì?', NR, 2),
        ('new', 'abbrev,near-miss', 'PTT Lê Văn Thành có làm việc với BNG đầu năm 2023 ko?',
         'Phó Thủ tướng Lê Văn Thành có làm việc với Bộ Ngoại giao đầu năm 2023 không?', NIC, 2, ['Lê Văn Thành']),
        ('substitution', AAT, 'còn PTT Trần Lưu Quang?',
         'Phó Thủ tướng Trần Lưu Quang có làm việc với Bộ Ngoại giao đầu năm 2023 không, vào ngày nào?', '31-1', 2),
    ],
    # c41 — R4 → R0 → near miss year
    [
        ('new', A, 'HN tổng kết 2024 đánh giá công tác đối ngoại năm 2024 thế nào',
         'Hội nghị tổng kết năm 2024 đánh giá công tác đối ngoại và ngoại giao năm 2024 được triển khai thế nào?',
         'chủ động, đồng bộ, sáng tạo', 4),
        ('ellipsis', AT, 'dưới sự lãnh đạo của ai',
         'Công tác đối ngoại năm 2024 được triển khai dưới sự lãnh đạo của ai?', 'Bộ Chính trị && Ban Bí thư', 4),
        ('substitution', AT, 'còn sơ kết 2023?',
         'Hội nghị sơ kết 6 tháng đầu năm 2023 đánh giá công tác đối ngoại được triển khai thế nào?',
         'chủ động, thích ứng, sáng tạo', 0),
        ('substitution', 'near-miss', 'Thế còn sơ kết 6 tháng đầu năm 2016?',
         'Hội nghị sơ kết 6 tháng đầu năm 2016 đánh giá công tác đối ngoại được triển khai thế nào?', NIC, 0, ['2016']),
    ],
    # c42 — R3 đa phương
    [
        ('new', 'paraphrase', 'Đối ngoại đa phương 6 tháng đầu 2019 bước đầu thể hiện tinh thần chỉ thị nào?',
         'Theo Hội nghị sơ kết 6 tháng đầu năm 2019, đối ngoại đa phương bước đầu thể hiện tinh thần của chỉ thị nào?',
         'Chỉ thị 25', 3),
        ('ellipsis', AT, 'kết quả cụ thể',
         'Đối ngoại đa phương 6 tháng đầu năm 2019 đạt những kết quả cụ thể nào?',
         'Mỹ - Triều && Ủy viên không thường trực', 3),
        ('ellipsis', 'english,telegraphic', 'With how many votes?',
         'Việt Nam trúng cử Ủy viên không thường trực HĐBA LHQ với bao nhiêu phiếu?', '192/193', 3),
        ('pronoun', A, 'điều đó cho thấy gì',
         'Việc tổ chức thành công hội nghị thượng đỉnh và trúng cử HĐBA với số phiếu cao cho thấy điều gì?',
         'sự tín nhiệm && bạn bè quốc tế', 3),
        ('substitution', 'near-miss', 'Còn lần trúng cử năm 2007 được bao nhiêu phiếu?',
         'Việt Nam trúng cử Ủy viên không thường trực HĐBA LHQ năm 2007 với bao nhiêu phiếu?', NIC, 3, ['2007']),
    ],
    # c43 — R1 phát triển ngành
    [
        ('new', 'abbrev', 'BT Bùi Thanh Sơn nói sự tham dự của TTg tại HN tổng kết 2022 là minh chứng cho điều gì?',
         'Bộ trưởng Bùi Thanh Sơn nói sự tham dự của Thủ tướng tại Hội nghị tổng kết năm 2022 là minh chứng cho điều gì?',
         'quan tâm đặc biệt && sâu sát', 1),
        ('pronoun', AA, 'ông ấy nói ngành NG đang bước sang giai đoạn nào',
         'Bộ trưởng Bùi Thanh Sơn nói ngành Ngoại giao đang bước sang giai đoạn nào?', 'giai đoạn phát triển mới', 1),
        ('ellipsis', AT, 'đòi hỏi gì',
         'Giai đoạn phát triển mới đó đòi hỏi ngành Ngoại giao điều gì?', 'đổi mới mạnh mẽ tư duy', 1),
        ('request', '-', 'Tóm tắt lại.',
         'Tóm tắt lại những đòi hỏi đối với ngành Ngoại giao trong giai đoạn phát triển mới mà Bộ trưởng Bùi Thanh Sơn nêu tại Hội nghị tổng kết năm 2022.',
         'trong sạch, vững mạnh && chuyên nghiệp', 1),
        ('pronoun', AAT, 'HN đó có bn bài tham luận',
         'Hội nghị tổng kết công tác ngành Ngoại giao năm 2022 có bao nhiêu bài tham luận?', NR, 1),
    ],
    # c44 — R4 → R1, pronoun after substitution
    [
        ('new', 'abbrev', 'Ai kết luận HN tổng kết ngành NG năm 2024?',
         'Ai phát biểu kết luận Hội nghị tổng kết công tác ngành ngoại giao năm 2024?', 'Phạm Minh Chính', 4),
        ('pronoun', '-', 'ông ấy nói phải huy động nguồn lực nào',
         'Thủ tướng Phạm Minh Chính nói cần huy động những nguồn lực nào?', 'nguồn lực bên ngoài && tính đột phá', 4),
        ('ellipsis', AT, 'để tạo đà cho gì',
         'Theo Thủ tướng Phạm Minh Chính, nhiệm vụ đó góp phần tạo đà cho đất nước làm gì?', 'tăng tốc, bứt phá', 4),
        ('substitution', 'abbrev', 'Còn ở HN tổng kết 2022, ông ấy đề nghị ngành NG chủ động điều gì?',
         'Tại Hội nghị tổng kết năm 2022, Thủ tướng Phạm Minh Chính đề nghị ngành Ngoại giao chủ động điều gì?',
         'dự báo tình hình', 1),
        ('pronoun', AA, 'ông ấy có nhắc Hiến chương LHQ ko',
         'Tại Hội nghị tổng kết năm 2022, Thủ tướng Phạm Minh Chính có nhắc tới Hiến chương Liên Hợp Quốc không?',
         'Hiến chương Liên Hợp Quốc', 1),
    ],
    # c45 — R0 English
    [
        ('new', 'english', 'When did the MFA hold its 2023 mid-year review conference?',
         'Bộ Ngoại giao tổ chức Hội nghị sơ kết công tác 6 tháng đầu năm 2023 vào ngày nào?', '5/7', 0),
        ('ellipsis', 'english', 'Who gave the closing remarks?',
         'Ai phát biểu kết luận Hội nghị sơ kết 6 tháng đầu năm 2023?', 'Bùi Thanh Sơn', 0),
        ('pronoun', 'english', 'Did he hand out any awards?',
         'Bộ trưởng Bùi Thanh Sơn có trao khen thưởng tại Hội nghị sơ kết 6 tháng đầu năm 2023 không?',
         'trao tặng các danh hiệu', 0),
        ('ellipsis', 'english', 'How many people got awards?',
         'Bao nhiêu tập thể, cá nhân được khen thưởng tại Hội nghị sơ kết 6 tháng đầu năm 2023?', NR, 0),
        ('request', 'english,telegraphic', 'Source?',
         'Thông tin về Hội nghị sơ kết 6 tháng đầu năm 2023 lấy từ nguồn nào?', 'TTXVN', 0),
    ],
    # c46 — near-miss person → R2 → R4
    [
        ('new', 'abbrev,near-miss', 'PTT Vũ Đức Đam làm việc với BNG chiều 31-1 à?',
         'Phó Thủ tướng Vũ Đức Đam có làm việc với Bộ Ngoại giao chiều 31-1 không?', NIC, 2, ['Vũ Đức Đam']),
        ('ellipsis', AT, 'vậy ai làm việc',
         'Vậy ai làm việc với Bộ Ngoại giao chiều 31-1?', 'Trần Lưu Quang', 2),
        ('pronoun', 'abbrev', 'ông ấy nói BNG cần tham mưu những gì cho Đảng và nhà nước',
         'Phó Thủ tướng Trần Lưu Quang nói Bộ Ngoại giao cần tham mưu những gì cho Đảng và nhà nước?',
         'chủ trương, chính sách && bước đi đối ngoại', 2),
        ('ellipsis', AT, 'để làm gì',
         'Việc tham mưu các chủ trương, chính sách, bước đi đối ngoại đó nhằm mục đích gì?',
         'tranh thủ tối đa cơ hội', 2),
        ('substitution', 'abbrev', 'Còn ở HN tổng kết 2024, TTg yêu cầu tham mưu gì?',
         'Tại Hội nghị tổng kết năm 2024, Thủ tướng Phạm Minh Chính yêu cầu ngành ngoại giao tham mưu những gì?',
         'hoàn thiện đường lối', 4),
    ],
    # c47 — R3 trade pacts, near misses
    [
        ('new', 'english', 'Which trade pact officially took effect in the first half of 2019?',
         'Hiệp định thương mại nào chính thức được triển khai trong 6 tháng đầu năm 2019?', 'CPTPP', 3),
        ('ellipsis', AT, 'ký với EU thì sao',
         'Trong 6 tháng đầu năm 2019, Việt Nam ký hiệp định tự do thương mại nào với EU?', 'EVFTA', 3),
        ('substitution', 'accentless,near-miss,telegraphic', 'còn RCEP?',
         'Trong 6 tháng đầu năm 2019, Hiệp định RCEP có tiến triển gì?', NIC, 3, ['RCEP']),
        ('new', 'near-miss', 'Năm 2019 VN có lập quan hệ Đối tác toàn diện với Singapore không?',
         'Trong 6 tháng đầu năm 2019, Việt Nam có thiết lập quan hệ Đối tác toàn diện với Singapore không?',
         NIC, 3, ['Singapore']),
        ('ellipsis', AT, 'vậy là với nước nào',
         'Vậy trong 6 tháng đầu năm 2019 Việt Nam thiết lập quan hệ Đối tác toàn diện với những nước nào?',
         'Brunei && Hà Lan', 3),
    ],
    # c48 — R1 điểm cầu Cao Bằng
    [
        ('new', '-', 'Ở điểm cầu Cao Bằng, lãnh đạo những sở, đơn vị nào dự HN tổng kết ngoại giao 2022?',
         'Tại điểm cầu Cao Bằng, lãnh đạo những sở, đơn vị nào dự Hội nghị tổng kết công tác ngành Ngoại giao năm 2022?',
         'Kế hoạch và Đầu tư && Công an tỉnh && Bộ đội Biên phòng', 1),
        ('ellipsis', AT, 'huyện Bảo Lâm có dự ko',
         'UBND huyện Bảo Lâm có dự Hội nghị tổng kết năm 2022 tại điểm cầu Cao Bằng không?', 'Bảo Lâm', 1),
        ('substitution', 'accentless,near-miss,telegraphic', 'còn huyện Nguyên Bình?',
         'UBND huyện Nguyên Bình có dự Hội nghị tổng kết năm 2022 tại điểm cầu Cao Bằng không?',
         NIC, 1, ['Nguyên Bình']),
        ('request', AT, 'ai viết bài này',
         'Ai viết bài về Hội nghị tổng kết công tác ngành Ngoại giao năm 2022?', 'Vi Trường', 1),
    ],
]


def strip_accents(s):
    s = s.replace('đ', 'd').replace('Đ', 'D')
    s = unicodedata.normalize('NFD', s)
    s = ''.join(c for c in s if unicodedata.category(c) != 'Mn')
    return unicodedata.normalize('NFC', s)


def rows():
    out = []
    for ci, conv in enumerate(CONVS, 1):
        cid = 'c%02d' % ci
        for t in conv:
            kind, tags, q, read_as, facts, rep = t[:6]
            absent = t[6] if len(t) > 6 else []
            if 'accentless' in tags.split(','):
                q = strip_accents(q)
            out.append(dict(conversation=cid, question=q, kind=kind, tags=tags,
                            read_as=read_as, facts=facts, report=rep, absent=absent))
    return out


def main():
    with open(OUT, 'w', encoding='utf-8', newline='\n') as f:
        for h in HEADER:
            f.write(h + '\n')
        for r in rows():
            f.write('\t'.join(r[k] for k in ('conversation', 'question', 'kind', 'tags', 'read_as', 'facts')) + '\n')
    print('wrote', os.path.normpath(OUT), len(rows()), 'turns')


if __name__ == '__main__':
    main()
