#!/usr/bin/env python3
"""Build conversations.tsv for blind conversation set 35 from hand-written turns.

Each turn is T(question, kind, tags, read_as, report, facts, absent=...).
- question is written with diacritics; turns tagged `accentless` are stripped here
  (NFD, drop combining marks, đ->d, Đ->D).
- report is R0..R4 (the file the turn is answered from; for refuse turns, the report
  whose subject the turn is about).
- facts: groups joined by " && ", alternatives by " | "; or refuse:<reason>.
- absent: for refuse:not_in_corpus, the distinguishing token(s) that occur in no report.
Run:  python3 tools/build_conversations.py   (writes ../conversations.tsv)
"""
import os
import sys
import unicodedata

sys.dont_write_bytecode = True

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
OUT = os.path.join(ROOT, "conversations.tsv")

REPORTS = {
    "R0": "given/000_47e75d3c86d27e21.txt",
    "R1": "given/001_8430b1541a21d71d.txt",
    "R2": "given/002_0e1cf19fdeddcf6d.txt",
    "R3": "given/003_60cdc4bfe3deff94.txt",
    "R4": "given/004_771f5d769968830d.txt",
}

HEADER = [
    "# Blind conversation set 35 for the Vietnamese MFA-conference QA chatbot. UTF-8, tab-separated.",
    "# conversation: id shared by the turns of one conversation, in order. read_as: the complete question the turn means in its context.",
    '# facts: groups joined by " && " (all required), alternatives joined by " | "; accent- and case-insensitive whole-word match. For refuse turns: refuse:<reason>.',
    "# conversation\tquestion\tkind\ttags\tread_as\tfacts",
]


def strip_accents(s):
    s = s.replace("đ", "d").replace("Đ", "D")
    s = unicodedata.normalize("NFD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return unicodedata.normalize("NFC", s)


def T(q, kind, tags, read_as, report, facts, absent=None):
    return dict(q=q, kind=kind, tags=tags, read_as=read_as, report=report,
                facts=facts, absent=absent or [])


NR = "refuse:not_reported"
NIC = "refuse:not_in_corpus"
FP = "refuse:false_premise"

CONVERSATIONS = [
# c01 — R1 then focus moves to R4 by substitution; pronoun = person named in the answer
[
 T("HN tổng kết ngành NG năm 2022 diễn ra ngày nào?", "new", "accentless,abbrev",
   "Hội nghị tổng kết công tác ngành Ngoại giao năm 2022 diễn ra ngày nào?", "R1", "10/1"),
 T("ai chủ trì?", "ellipsis", "telegraphic",
   "Ai chủ trì Hội nghị tổng kết công tác ngành Ngoại giao năm 2022?", "R1", "Bùi Thanh Sơn"),
 T("ông ấy giữ chức gì?", "pronoun", "accentless",
   "Ông Bùi Thanh Sơn, người chủ trì Hội nghị tổng kết ngành Ngoại giao năm 2022, giữ chức vụ gì?", "R1",
   "Bộ trưởng Bộ Ngoại giao | Bộ trưởng Ngoại giao"),
 T("còn HN tổng kết năm 2024 thì ai chủ trì?", "substitution", "abbrev",
   "Ai chủ trì Hội nghị tổng kết công tác ngành Ngoại giao năm 2024?", "R4", NR),
 T("thế hn đó diễn ra hôm nào?", "pronoun", "accentless,abbrev",
   "Hội nghị tổng kết công tác ngành Ngoại giao năm 2024 diễn ra ngày nào?", "R4", "6/1"),
],
# c02 — R3, the three points of Deputy PM Pham Binh Minh
[
 T("HN sơ kết 6 tháng đầu năm 2019 của BNG do ai phát biểu chỉ đạo?", "new", "abbrev",
   "Ai phát biểu chỉ đạo tại Hội nghị sơ kết công tác 6 tháng đầu năm 2019 của Bộ Ngoại giao?", "R3", "Phạm Bình Minh"),
 T("ông ấy lúc đó giữ những chức vụ gì?", "pronoun", "-",
   "Ông Phạm Bình Minh giữ những chức vụ gì khi chỉ đạo Hội nghị sơ kết 6 tháng đầu năm 2019 của Bộ Ngoại giao?", "R3",
   "Phó Thủ tướng && Bộ trưởng Ngoại giao"),
 T("điểm cần lưu tâm thứ nhất?", "ellipsis", "accentless,telegraphic",
   "Điểm cần lưu tâm thứ nhất mà Phó Thủ tướng Phạm Bình Minh nêu tại Hội nghị sơ kết 6 tháng đầu năm 2019 là gì?", "R3",
   "nghiên cứu, đánh giá sâu hơn && nhạy cảm trong tham mưu"),
 T("trích nguyên văn giúp mình", "request", "-",
   "Trích nguyên văn điểm cần lưu tâm thứ nhất mà Phó Thủ tướng Phạm Bình Minh nêu tại Hội nghị sơ kết 6 tháng đầu năm 2019.", "R3",
   "nhạy cảm trong tham mưu && xử lý tình huống"),
 T("còn thứ hai?", "substitution", "accentless,telegraphic",
   "Điểm cần lưu tâm thứ hai mà Phó Thủ tướng Phạm Bình Minh nêu tại Hội nghị sơ kết 6 tháng đầu năm 2019 là gì?", "R3",
   "tăng cường sự phối hợp"),
 T("thứ ba thì sao", "substitution", "accentless,telegraphic",
   "Điểm cần lưu tâm thứ ba mà Phó Thủ tướng Phạm Bình Minh nêu tại Hội nghị sơ kết 6 tháng đầu năm 2019 là gì?", "R3",
   "nhạy bén hơn nữa"),
],
# c03 — R2 working session
[
 T("PTT Trần Lưu Quang làm việc với BNG hôm nào?", "new", "accentless,abbrev",
   "Phó Thủ tướng Trần Lưu Quang làm việc với Bộ Ngoại giao vào ngày nào?", "R2", "31-1"),
 T("ở đâu?", "ellipsis", "telegraphic",
   "Buổi làm việc của Phó Thủ tướng Trần Lưu Quang với Bộ Ngoại giao diễn ra ở đâu?", "R2", "Trụ sở Bộ Ngoại giao"),
 T("ông ấy xác định nhiệm vụ nào là trung tâm?", "pronoun", "-",
   "Phó Thủ tướng Trần Lưu Quang xác định nhiệm vụ nào là nhiệm vụ trung tâm của Bộ Ngoại giao?", "R2",
   "phục vụ phát triển đất nước"),
 T("sao ông ấy lại chỉ trích BNG chậm đổi mới?", "pronoun", "accentless,abbrev,premise",
   "Vì sao Phó Thủ tướng Trần Lưu Quang chỉ trích Bộ Ngoại giao chậm đổi mới tại buổi làm việc?", "R2", FP),
],
# c04 — R0 date, unreported place and headcount
[
 T("BNG tổ chức HN sơ kết 6 tháng đầu năm 2023 vào ngày nào?", "new", "abbrev",
   "Bộ Ngoại giao tổ chức Hội nghị sơ kết công tác 6 tháng đầu năm 2023 vào ngày nào?", "R0", "5/7"),
 T("ở đâu vậy?", "ellipsis", "accentless,telegraphic",
   "Hội nghị sơ kết công tác 6 tháng đầu năm 2023 của Bộ Ngoại giao được tổ chức ở đâu?", "R0", NR),
 T("bn người dự?", "ellipsis", "abbrev,telegraphic",
   "Bao nhiêu người dự Hội nghị sơ kết công tác 6 tháng đầu năm 2023 của Bộ Ngoại giao?", "R0", NR),
 T("hộij nghị đó ai phát biểu kết luận?", "pronoun", "accentless,typo",
   "Ai phát biểu kết luận Hội nghị sơ kết công tác 6 tháng đầu năm 2023 của Bộ Ngoại giao?", "R0", "Bùi Thanh Sơn"),
 T("nguồn nào?", "request", "telegraphic",
   "Thông tin về Hội nghị sơ kết 6 tháng đầu năm 2023 và bài phát biểu kết luận lấy từ nguồn nào?", "R0", "TTXVN"),
],
# c05 — English start on R1, substitution to R4, pronoun to the PM named in the answer
[
 T("How many delegates attended the MFA's 2022 year-end review conference?", "new", "english,abbrev,paraphrase",
   "Bao nhiêu đại biểu dự Hội nghị tổng kết công tác ngành Ngoại giao năm 2022?", "R1", "hơn 700 đại biểu"),
 T("and how many provinces were linked in?", "ellipsis", "english,telegraphic,paraphrase",
   "Hội nghị tổng kết công tác ngành Ngoại giao năm 2022 được kết nối với bao nhiêu tỉnh, thành phố?", "R1",
   "63 tỉnh, thành phố"),
 T("còn HN tổng kết 2024 kết nối bn điểm cầu?", "substitution", "accentless,abbrev",
   "Hội nghị tổng kết công tác ngành Ngoại giao năm 2024 được kết nối với bao nhiêu điểm cầu?", "R4", NR),
 T("hội nghị đó lãnh đạo Chính phủ nào dự?", "pronoun", "accentless",
   "Lãnh đạo Chính phủ nào dự Hội nghị tổng kết công tác ngành Ngoại giao năm 2024?", "R4", "Phạm Minh Chính"),
 T("ông ấy dự với vai trò gì?", "pronoun", "-",
   "Thủ tướng Phạm Minh Chính dự Hội nghị tổng kết ngành Ngoại giao năm 2024 với vai trò gì?", "R4", "dự và chỉ đạo"),
],
# c06 — R4 conclusion, then substitution to 2022 (R1)
[
 T("Kết luận HN tổng kết 2024, TTg nói nhiệm vụ bao trùm của công tác đối ngoại là gì?", "new", "abbrev",
   "Kết luận Hội nghị tổng kết ngành Ngoại giao năm 2024, Thủ tướng nói nhiệm vụ bao trùm của công tác đối ngoại và ngoại giao là gì?", "R4",
   "vai trò tiên phong"),
 T("tóm tắt lại", "request", "accentless,telegraphic",
   "Tóm tắt lại nhiệm vụ bao trùm đối với công tác đối ngoại mà Thủ tướng nêu khi kết luận Hội nghị tổng kết năm 2024.", "R4",
   "môi trường hòa bình, ổn định && huy động các nguồn lực"),
 T("ông ấy nói đất nước sẽ vững bước vào kỷ nguyên gì?", "pronoun", "-",
   "Thủ tướng Phạm Minh Chính nói đất nước sẽ vững bước vào kỷ nguyên gì khi kết luận Hội nghị tổng kết ngành Ngoại giao năm 2024?", "R4",
   "kỷ nguyên vươn mình"),
 T("thế còn năm 2022, TTg yêu cầu mấy nhiệm vụ trọng tâm?", "substitution", "abbrev",
   "Tại Hội nghị tổng kết ngành Ngoại giao năm 2022, Thủ tướng yêu cầu ngành Ngoại giao thực hiện mấy nhiệm vụ trọng tâm?", "R1",
   "6 nhiệm vụ trọng tâm"),
 T("phương châm ứng xử gì?", "ellipsis", "accentless,telegraphic",
   "Tại Hội nghị tổng kết ngành Ngoại giao năm 2022, Thủ tướng nêu phương châm ứng xử gì?", "R1",
   "dĩ bất biến, ứng vạn biến"),
],
# c07 — R3 UNSC seat, wrong number, mid-conversation new question
[
 T("VN trúng cử Ủy viên không thường trực HĐBA LHQ nhiệm kỳ nào?", "new", "accentless,abbrev",
   "Việt Nam trúng cử Ủy viên không thường trực Hội đồng Bảo an Liên Hợp Quốc nhiệm kỳ nào (theo báo cáo sơ kết 6 tháng đầu năm 2019)?", "R3",
   "2020-2021"),
 T("bao nhiêu phiếu?", "ellipsis", "telegraphic",
   "Việt Nam trúng cử Ủy viên không thường trực HĐBA LHQ nhiệm kỳ 2020-2021 với bao nhiêu phiếu?", "R3", "192/193"),
 T("sao VN chỉ được 190 phiếu vậy?", "ellipsis", "accentless,abbrev,premise",
   "Vì sao Việt Nam chỉ được 190 phiếu khi trúng cử Ủy viên không thường trực HĐBA LHQ nhiệm kỳ 2020-2021?", "R3", FP),
 T("báo cáo này nói việc đó cho thấy điều gì?", "pronoun", "-",
   "Báo cáo sơ kết 6 tháng đầu năm 2019 nói việc Việt Nam trúng cử HĐBA LHQ với số phiếu cao cho thấy điều gì?", "R3",
   "sự tín nhiệm && bạn bè quốc tế"),
 T("Năm 2019 VN tổ chức thành công HN thượng đỉnh Mỹ - Triều lần thứ mấy?", "new", "accentless,abbrev",
   "Năm 2019 Việt Nam tổ chức thành công Hội nghị thượng đỉnh Mỹ - Triều lần thứ mấy?", "R3", "lần 2"),
],
# c08 — R0 motto, substitution to 2019 (R3), then wrong person at 2019 meeting
[
 T("Phương châm công tác đối ngoại 6 tháng đầu năm 2023 là gì?", "new", "accentless",
   "Phương châm của công tác đối ngoại trong 6 tháng đầu năm 2023 là gì?", "R0", "chủ động, thích ứng, sáng tạo"),
 T("còn sơ kết 6 tháng đầu 2019 đánh giá tình hình quốc tế ra sao?", "substitution", "accentless",
   "Hội nghị sơ kết 6 tháng đầu năm 2019 của Bộ Ngoại giao đánh giá tình hình quốc tế ra sao?", "R3",
   "nhanh hơn, phức tạp hơn"),
 T("nhận định đó của ai?", "pronoun", "telegraphic",
   "Nhận định tình hình quốc tế nửa đầu năm 2019 diễn biến nhanh hơn, phức tạp hơn là của ai?", "R3", "Phạm Bình Minh"),
 T("BT Bùi Thanh Sơn phát biểu gì ở HN đó?", "pronoun", "accentless,abbrev,premise",
   "Bộ trưởng Bùi Thanh Sơn phát biểu gì tại Hội nghị sơ kết 6 tháng đầu năm 2019 của Bộ Ngoại giao?", "R3", FP),
],
# c09 — R1 opening speech
[
 T("Khai mạc HN tổng kết ngành NG 2022, BT Bùi Thanh Sơn nói HN nhằm mục đích gì?", "new", "abbrev",
   "Khai mạc Hội nghị tổng kết ngành Ngoại giao năm 2022, Bộ trưởng Bùi Thanh Sơn nói hội nghị nhằm mục đích gì?", "R1",
   "nhìn lại một năm"),
 T("thực hiện kết luận của ai?", "ellipsis", "telegraphic",
   "Hội nghị tổng kết ngành Ngoại giao năm 2022 nhìn lại một năm thực hiện kết luận, chỉ đạo của ai?", "R1",
   "Nguyễn Phú Trọng"),
 T("tại HN nào?", "ellipsis", "abbrev,telegraphic",
   "Tổng Bí thư Nguyễn Phú Trọng đưa ra kết luận, chỉ đạo đó tại hội nghị nào?", "R1",
   "Hội nghị đối ngoại toàn quốc"),
 T("còn của TTg và lãnh đạo Đảng, Nhà nước?", "substitution", "accentless,abbrev",
   "Thủ tướng và các đồng chí lãnh đạo Đảng, Nhà nước đưa ra kết luận, chỉ đạo tại hội nghị nào?", "R1",
   "lần thứ 31"),
 T("thế HN Ngoại giao lần thứ 32 thì sao?", "substitution", "abbrev,near-miss",
   "Báo cáo nói gì về Hội nghị Ngoại giao lần thứ 32?", "R1", NIC, absent=["32"]),
],
# c10 — R2; pronoun = minister named in the answer, not the Deputy PM in the question
[
 T("Ai tham dự buổi làm việc của PTT Trần Lưu Quang với BNG?", "new", "abbrev",
   "Ai tham dự buổi làm việc của Phó Thủ tướng Trần Lưu Quang với Bộ Ngoại giao?", "R2",
   "Bùi Thanh Sơn && Văn phòng Chính phủ"),
 T("ông ấy đã báo cáo gì?", "pronoun", "accentless",
   "Bộ trưởng Bùi Thanh Sơn đã báo cáo gì với Phó Thủ tướng Trần Lưu Quang?", "R2",
   "nhiệm vụ đối ngoại năm 2022"),
 T("trích nguyên văn câu quyết tâm", "request", "-",
   "Trích nguyên văn câu nói về quyết tâm của Bộ Ngoại giao trong báo cáo của Bộ trưởng Bùi Thanh Sơn.", "R2",
   "quyết tâm đổi mới tư duy"),
 T("còn ở HN tổng kết 2022 thì sao?", "substitution", "accentless,abbrev,telegraphic",
   "Tại Hội nghị tổng kết ngành Ngoại giao năm 2022, Bộ trưởng Bùi Thanh Sơn nói gì về đổi mới tư duy và hành động?", "R1",
   "đổi mới mạnh mẽ tư duy"),
],
# c11 — R4 bridge point, substitution to Cao Bang (R1), near-miss district
[
 T("Ai dự HN tổng kết ngành NG 2024 tại điểm cầu Quảng Trị?", "new", "accentless,abbrev",
   "Ai dự Hội nghị tổng kết công tác ngành Ngoại giao năm 2024 tại điểm cầu Quảng Trị?", "R4", "Hoàng Nam"),
 T("ông ấy chức vụ gì?", "pronoun", "telegraphic",
   "Ông Hoàng Nam, người dự tại điểm cầu Quảng Trị, giữ chức vụ gì?", "R4", "Phó Chủ tịch UBND tỉnh"),
 T("còn điểm cầu Cao Bằng năm 2022?", "substitution", "telegraphic",
   "Ai dự Hội nghị tổng kết ngành Ngoại giao năm 2022 tại điểm cầu Cao Bằng?", "R1", "Nguyễn Bích Ngọc"),
 T("đồng chí đó giữ những chức gì?", "pronoun", "-",
   "Đồng chí Nguyễn Bích Ngọc, người dự tại điểm cầu Cao Bằng, giữ những chức vụ gì?", "R1",
   "Ban Thường vụ Tỉnh ủy && Phó Chủ tịch UBND tỉnh"),
 T("có huyện Hòa An ko?", "ellipsis", "accentless,abbrev,near-miss",
   "UBND huyện Hòa An có dự Hội nghị tổng kết ngành Ngoại giao năm 2022 tại điểm cầu Cao Bằng không?", "R1", NIC,
   absent=["Hòa An"]),
],
# c12 — R3 partnerships; near-miss country; mid-conversation new question in English
[
 T("Trong 6 tháng đầu năm 2019 VN thiết lập quan hệ Đối tác toàn diện với những nước nào?", "new", "accentless,abbrev",
   "Trong 6 tháng đầu năm 2019 Việt Nam thiết lập quan hệ Đối tác toàn diện với những nước nào?", "R3",
   "Brunei && Hà Lan"),
 T("có cả Thái Lan à?", "ellipsis", "telegraphic,near-miss",
   "Trong 6 tháng đầu năm 2019 Việt Nam có thiết lập quan hệ Đối tác toàn diện với Thái Lan không?", "R3", NIC,
   absent=["Thái Lan"]),
 T("Which trade and investment agreements did Vietnam sign in the first half of 2019?", "new", "english,paraphrase",
   "Trong 6 tháng đầu năm 2019 Việt Nam đã ký kết những hiệp định thương mại, đầu tư nào?", "R3",
   "EVFTA && Hiệp định bảo hộ đầu tư"),
 T("còn CPTPP thì sao?", "substitution", "accentless,telegraphic",
   "Trong 6 tháng đầu năm 2019, Hiệp định CPTPP có tình trạng thế nào?", "R3", "chính thức được triển khai"),
],
# c13 — R1 Prime Minister's images and slogans
[
 T("Tại HN tổng kết 2022, TTg Phạm Minh Chính đề nghị ngành NG phát huy bản sắc gì?", "new", "abbrev",
   "Tại Hội nghị tổng kết ngành Ngoại giao năm 2022, Thủ tướng Phạm Minh Chính đề nghị ngành Ngoại giao phát huy bản sắc gì?", "R1",
   "cây tre Việt Nam"),
 T("trích nguyên văn", "request", "telegraphic",
   "Trích nguyên văn câu của Thủ tướng về bản sắc cây tre Việt Nam.", "R1", "cây tre Việt Nam && gốc vững"),
 T("ông ấy nói chủ trương chuyển từ gì sang gì?", "pronoun", "-",
   "Thủ tướng Phạm Minh Chính nói chủ trương đối ngoại chuyển từ gì sang gì?", "R1",
   "muốn là bạn && sẵn sàng là bạn"),
 T("tại sao ông ấy phản đối đa phương hóa?", "pronoun", "accentless,premise",
   "Tại sao Thủ tướng Phạm Minh Chính phản đối đa phương hóa tại Hội nghị tổng kết ngành Ngoại giao năm 2022?", "R1", FP),
],
# c14 — R0 conclusion by the minister
[
 T("Tại HN sơ kết 6 tháng đầu năm 2023, BT Bùi Thanh Sơn biểu dương ai?", "new", "accentless,abbrev",
   "Tại Hội nghị sơ kết 6 tháng đầu năm 2023, Bộ trưởng Bùi Thanh Sơn biểu dương ai?", "R0",
   "cán bộ, công chức, viên chức"),
 T("ông ấy yêu cầu các đơn vị trong Bộ làm tốt hơn việc gì?", "pronoun", "-",
   "Bộ trưởng Bùi Thanh Sơn yêu cầu các đơn vị trong Bộ Ngoại giao làm tốt hơn nữa công tác gì?", "R0",
   "nghiên cứu, dự báo, tham mưu"),
 T("trao tặng gì?", "ellipsis", "accentless,telegraphic",
   "Tại Hội nghị sơ kết 6 tháng đầu năm 2023, Bộ trưởng Ngoại giao đã trao tặng gì?", "R0",
   "danh hiệu && khen thưởng"),
 T("cho những ai, nêu tên được ko?", "ellipsis", "accentless,abbrev",
   "Những tập thể, cá nhân nào (tên cụ thể) được trao danh hiệu, khen thưởng tại Hội nghị sơ kết 6 tháng đầu năm 2023?", "R0", NR),
],
# c15 — R4 economic diplomacy in English, then substitution to 2022 (R1)
[
 T("In 2024, in which fields did economic diplomacy make strong changes?", "new", "english,paraphrase",
   "Năm 2024, ngoại giao kinh tế đã chuyển biến mạnh mẽ trong những lĩnh vực nào?", "R4",
   "chíp bán dẫn && trí tuệ nhân tạo"),
 T("có chuyển đổi xanh ko?", "ellipsis", "accentless,abbrev",
   "Năm 2024, ngoại giao kinh tế có chuyển biến trong lĩnh vực chuyển đổi xanh không?", "R4", "chuyển đổi xanh"),
 T("kim ngạch XNK bn?", "ellipsis", "abbrev,telegraphic",
   "Kim ngạch xuất nhập khẩu năm 2024 là bao nhiêu theo báo cáo Hội nghị tổng kết ngành Ngoại giao năm 2024?", "R4", NR),
 T("thế năm 2022?", "substitution", "accentless,telegraphic",
   "Kim ngạch xuất nhập khẩu năm 2022 là bao nhiêu theo báo cáo Hội nghị tổng kết ngành Ngoại giao năm 2022?", "R1",
   "700 tỷ USD"),
],
# c16 — R2 Deputy PM on world situation; near-miss year
[
 T("PTT Trần Lưu Quang nhận định tình hình thế giới thời gian tới ra sao?", "new", "abbrev",
   "Phó Thủ tướng Trần Lưu Quang nhận định tình hình thế giới và khu vực thời gian tới ra sao?", "R2",
   "biến động sâu sắc, phức tạp"),
 T("ông ấy muốn BNG tham mưu kịp thời cho ai?", "pronoun", "abbrev",
   "Phó Thủ tướng Trần Lưu Quang muốn Bộ Ngoại giao tham mưu kịp thời cho ai?", "R2", "Đảng và nhà nước"),
 T("bám sát chỉ đạo của ai?", "ellipsis", "telegraphic",
   "Phó Thủ tướng Trần Lưu Quang yêu cầu Bộ Ngoại giao bám sát chỉ đạo của ai?", "R2", "Nguyễn Phú Trọng"),
 T("tại HN nào, năm nào?", "ellipsis", "accentless,abbrev,telegraphic",
   "Tổng Bí thư Nguyễn Phú Trọng đưa ra chỉ đạo đó tại hội nghị nào, năm nào?", "R2",
   "Hội nghị đối ngoại toàn quốc && năm 2021"),
 T("còn HN đối ngoại toàn quốc năm 2016?", "substitution", "accentless,abbrev,near-miss",
   "Báo cáo nói gì về Hội nghị đối ngoại toàn quốc năm 2016?", "R2", NIC, absent=["2016"]),
],
# c17 — R3 staff building, substitution to R0 and back
[
 T("Về xây dựng ngành, PTT Phạm Bình Minh chỉ đạo gì tại HN sơ kết giữa năm 2019?", "new", "abbrev,paraphrase",
   "Về công tác xây dựng ngành, Phó Thủ tướng Phạm Bình Minh chỉ đạo gì tại Hội nghị sơ kết 6 tháng đầu năm 2019?", "R3",
   "tuyển dụng, đào tạo cán bộ && bảo vệ chính trị nội bộ"),
 T("còn BT Bùi Thanh Sơn ở HN sơ kết 2023?", "substitution", "accentless,abbrev",
   "Về công tác xây dựng ngành, Bộ trưởng Bùi Thanh Sơn chỉ đạo gì tại Hội nghị sơ kết 6 tháng đầu năm 2023?", "R0",
   "chỉ đạo điều hành && thi đua khen thưởng"),
 T("ông ấy muốn đội ngũ cán bộ thế nào?", "pronoun", "-",
   "Bộ trưởng Bùi Thanh Sơn muốn xây dựng đội ngũ cán bộ ngành Ngoại giao như thế nào?", "R0",
   "chuyên nghiệp, hiện đại"),
 T("And what kind of staff did the 2019 review aim to build?", "substitution", "english,paraphrase",
   "Hội nghị sơ kết 6 tháng đầu năm 2019 hướng tới xây dựng đội ngũ cán bộ như thế nào?", "R3",
   "vừa hồng, vừa chuyên"),
 T("trích nguyên văn", "request", "accentless,telegraphic",
   "Trích nguyên văn mục tiêu xây dựng đội ngũ cán bộ trong báo cáo sơ kết 6 tháng đầu năm 2019.", "R3",
   "vừa hồng, vừa chuyên && tinh nhuệ, tích cực"),
],
# c18 — R4 Resolution 18, postponement premise
[
 T("TTg yêu cầu tổng kết nghị quyết nào tại HN tổng kết 2024?", "new", "accentless,abbrev",
   "Tại Hội nghị tổng kết ngành Ngoại giao năm 2024, Thủ tướng yêu cầu thực hiện tốt chủ trương tổng kết nghị quyết nào?", "R4",
   "Nghị quyết 18"),
 T("BNG tiếp nhận chức năng của cơ quan nào?", "ellipsis", "abbrev",
   "Khi tinh gọn bộ máy, Bộ Ngoại giao tiếp nhận chức năng, nhiệm vụ chính của những cơ quan nào?", "R4",
   "Ban Đối ngoại Trung ương && Ủy ban Đối ngoại Quốc hội"),
 T("tóm tắt lại", "request", "accentless,telegraphic",
   "Tóm tắt lại yêu cầu về tinh gọn tổ chức bộ máy của Bộ Ngoại giao tại Hội nghị tổng kết năm 2024.", "R4",
   "tinh gọn tổ chức bộ máy && Ban Đối ngoại Trung ương"),
 T("việc tiếp nhận đó bị hoãn sang năm sau à?", "pronoun", "accentless,premise",
   "Việc Bộ Ngoại giao tiếp nhận chức năng của Ban Đối ngoại Trung ương và Ủy ban Đối ngoại Quốc hội có bị hoãn sang năm sau không?", "R4", FP),
],
# c19 — R1 format, chair, PM; pronoun on the PM named in the answer; wrong person premise
[
 T("HN tổng kết ngành NG 2022 tổ chức theo hình thức nào?", "new", "accentless,abbrev",
   "Hội nghị tổng kết công tác ngành Ngoại giao năm 2022 được tổ chức theo hình thức nào?", "R1", "hội nghị trực tuyến"),
 T("hội nghị đó ai chủ trì?", "pronoun", "-",
   "Ai chủ trì Hội nghị tổng kết ngành Ngoại giao năm 2022?", "R1", "Bùi Thanh Sơn"),
 T("thế còn TTg?", "substitution", "abbrev,telegraphic",
   "Thủ tướng nào tham dự Hội nghị tổng kết ngành Ngoại giao năm 2022?", "R1", "Phạm Minh Chính"),
 T("ông ấy có phải UV BCT ko?", "pronoun", "accentless,abbrev",
   "Thủ tướng Phạm Minh Chính có phải là Ủy viên Bộ Chính trị không?", "R1", "Ủy viên Bộ Chính trị"),
 T("BT Sơn nói sự tham dự của ông ấy là minh chứng cho gì?", "pronoun", "abbrev",
   "Bộ trưởng Bùi Thanh Sơn nói sự tham dự của Thủ tướng Phạm Minh Chính là minh chứng cho điều gì?", "R1",
   "sự quan tâm đặc biệt"),
 T("còn của PTT Trần Lưu Quang?", "substitution", "abbrev,telegraphic,premise",
   "Bộ trưởng Bùi Thanh Sơn nói sự tham dự của Phó Thủ tướng Trần Lưu Quang tại Hội nghị tổng kết năm 2022 là minh chứng cho điều gì?", "R1", FP),
],
# c20 — R0 assessment
[
 T("How did the 2023 mid-year review assess the world situation?", "new", "english,paraphrase",
   "Hội nghị sơ kết 6 tháng đầu năm 2023 đánh giá tình hình thế giới và khu vực 6 tháng đầu năm thế nào?", "R0",
   "diễn biến nhanh, phức tạp"),
 T("trong bối cảnh đó đối ngoại được ví là gì?", "pronoun", "accentless,paraphrase",
   "Trong bối cảnh đó, đối ngoại được đánh giá là gì trong thành tựu chung của cả nước 6 tháng đầu năm 2023?", "R0",
   "một điểm sáng"),
 T("còn ngoại giao kinh tế?", "substitution", "telegraphic",
   "Công tác ngoại giao kinh tế 6 tháng đầu năm 2023 được đánh giá thế nào?", "R0", "trọng tâm, trọng điểm"),
 T("tăng trưởng GDP 6 tháng đầu năm đó bao nhiêu?", "pronoun", "accentless,abbrev",
   "Tăng trưởng GDP 6 tháng đầu năm 2023 là bao nhiêu theo báo cáo Hội nghị sơ kết?", "R0", NR),
],
# c21 — R3 Directive 25, near-miss directive number
[
 T("Đối ngoại đa phương 6 tháng đầu năm 2019 thể hiện tinh thần chir thị nào?", "new", "accentless,typo",
   "Đối ngoại đa phương 6 tháng đầu năm 2019 bước đầu thể hiện tinh thần của chỉ thị nào?", "R3", "Chỉ thị 25"),
 T("của ai ban hành?", "ellipsis", "telegraphic",
   "Chỉ thị 25 về đối ngoại đa phương là của cơ quan nào?", "R3", "Ban Bí thư"),
 T("chỉ thị đó về việc gì?", "pronoun", "-",
   "Chỉ thị 25 của Ban Bí thư về việc gì?", "R3", "nâng tầm đối ngoại đa phương"),
 T("còn Chỉ thị 26?", "substitution", "accentless,telegraphic,near-miss",
   "Báo cáo sơ kết 6 tháng đầu năm 2019 nói gì về Chỉ thị 26?", "R3", NIC, absent=["26"]),
],
# c22 — R4 date and format, then new question about 2019 (R3)
[
 T("HN tổng kết ngành NG năm 2024 diễn ra khi nào?", "new", "abbrev",
   "Hội nghị tổng kết công tác ngành Ngoại giao năm 2024 diễn ra khi nào?", "R4", "6/1"),
 T("HN sơ kết 6 tháng đầu 2019 nói gì về ngoại giao văn hóa, bảo hộ công dân?", "new", "accentless,abbrev",
   "Hội nghị sơ kết 6 tháng đầu năm 2019 đánh giá công tác ngoại giao văn hóa, bảo hộ công dân thế nào?", "R3",
   "tiếp tục được quan tâm"),
 T("hội nghị đó diễn ra ngày nào?", "pronoun", "accentless",
   "Hội nghị sơ kết 6 tháng đầu năm 2019 của Bộ Ngoại giao diễn ra ngày nào?", "R3", "22/7 | 22/07/2019"),
 T("nguồn nào?", "request", "telegraphic",
   "Bài viết về Hội nghị sơ kết 6 tháng đầu năm 2019 lấy từ nguồn nào?", "R3", "CLO"),
],
# c23 — R2 three tasks, then new question about the R4 article
[
 T("PTT Trần Lưu Quang coi giữ vững hòa bình, ổn định là nhiệm vụ gì?", "new", "accentless,abbrev",
   "Phó Thủ tướng Trần Lưu Quang coi giữ vững hòa bình, ổn định là nhiệm vụ gì?", "R2", "trọng yếu, thường xuyên"),
 T("còn nâng cao vị thế, uy tín?", "substitution", "accentless,telegraphic",
   "Phó Thủ tướng Trần Lưu Quang coi nâng cao vị thế và uy tín đất nước là nhiệm vụ gì?", "R2", "nhiệm vụ quan trọng"),
 T("tóm tắt lại cả 3 nhiệm vụ", "request", "-",
   "Tóm tắt lại ba nhiệm vụ đối ngoại mà Phó Thủ tướng Trần Lưu Quang nêu.", "R2",
   "trọng yếu, thường xuyên && nhiệm vụ trung tâm && nhiệm vụ quan trọng"),
 T("Bài về HN tổng kết ngành NG năm 2024 do ai viết?", "new", "abbrev",
   "Bài viết về Hội nghị tổng kết ngành Ngoại giao năm 2024 do ai viết?", "R4", "Hoài Nhung"),
 T("báo cáo này có nêu tăng trưởng GDP năm 2024 là bn ko?", "pronoun", "accentless,abbrev",
   "Báo cáo về Hội nghị tổng kết ngành Ngoại giao năm 2024 có nêu tăng trưởng GDP năm 2024 là bao nhiêu không?", "R4", NR),
],
# c24 — R1 PM speech; criticism premise; wrong-meeting premise
[
 T("Lãnh đạo Chính phủ nào dự HN tổng kết ngành NG 2022?", "new", "accentless,abbrev",
   "Lãnh đạo Chính phủ nào dự Hội nghị tổng kết ngành Ngoại giao năm 2022?", "R1", "Phạm Minh Chính"),
 T("phát biểu gì?", "ellipsis", "telegraphic",
   "Thủ tướng Phạm Minh Chính phát biểu chỉ đạo gì tại Hội nghị tổng kết ngành Ngoại giao năm 2022?", "R1",
   "chủ động dự báo tình hình"),
 T("nói rõ hơn", "request", "accentless,telegraphic",
   "Nói rõ hơn ý chỉ đạo của Thủ tướng về chủ động dự báo và bảo vệ Tổ quốc.", "R1", "từ sớm && từ xa"),
 T("sao ông ấy lại chê ngành NG bị động?", "pronoun", "accentless,abbrev,premise",
   "Vì sao Thủ tướng Phạm Minh Chính chê ngành Ngoại giao bị động tại Hội nghị tổng kết năm 2022?", "R1", FP),
 T("thế còn PTT Trần Lưu Quang ở HN sơ kết 2023 nói gì?", "substitution", "abbrev,premise",
   "Phó Thủ tướng Trần Lưu Quang phát biểu gì tại Hội nghị sơ kết 6 tháng đầu năm 2023 của Bộ Ngoại giao?", "R0", FP),
],
# c25 — R3 in English; unreported headcount; near-miss year
[
 T("When did the MFA hold its mid-year review conference in 2019?", "new", "english,abbrev,paraphrase",
   "Bộ Ngoại giao tổ chức Hội nghị sơ kết 6 tháng đầu năm 2019 vào ngày nào?", "R3", "22/7 | 22/07/2019"),
 T("who gave the directing speech?", "ellipsis", "english,telegraphic",
   "Ai phát biểu chỉ đạo tại Hội nghị sơ kết 6 tháng đầu năm 2019 của Bộ Ngoại giao?", "R3", "Phạm Bình Minh"),
 T("bao nhiêu đại biểu dự?", "ellipsis", "accentless,telegraphic",
   "Bao nhiêu đại biểu dự Hội nghị sơ kết 6 tháng đầu năm 2019 của Bộ Ngoại giao?", "R3", NR),
 T("còn năm 2017?", "substitution", "accentless,telegraphic,near-miss",
   "Hội nghị sơ kết 6 tháng đầu năm 2017 của Bộ Ngoại giao diễn ra khi nào và ai chỉ đạo?", "R3", NIC, absent=["2017"]),
],
# c26 — R0 overseas Vietnamese and consular; new question mid; substitution to R4
[
 T("Báo cáo HN sơ kết 2023 nói gì về công tác người VN ở nước ngoài?", "new", "accentless,abbrev",
   "Báo cáo Hội nghị sơ kết 6 tháng đầu năm 2023 nói gì về công tác người Việt Nam ở nước ngoài?", "R0", "làm cầu nối"),
 T("and citizen protection?", "substitution", "english,telegraphic",
   "Báo cáo Hội nghị sơ kết 6 tháng đầu năm 2023 đánh giá công tác bảo hộ công dân thế nào?", "R0", "triển khai hiệu quả"),
 T("BT Sơn đề nghị ứng dụng gì trong thông tin đối ngoại 6 tháng cuối năm 2023?", "new", "accentless,abbrev",
   "Bộ trưởng Bùi Thanh Sơn đề nghị ứng dụng gì trong thông tin đối ngoại 6 tháng cuối năm 2023?", "R0",
   "phương thức truyền thông mới"),
 T("và đẩy mạnh gì?", "ellipsis", "accentless,telegraphic",
   "Bộ trưởng Bùi Thanh Sơn còn đề nghị đẩy mạnh việc gì trong 6 tháng cuối năm 2023?", "R0", "chuyển đổi số"),
 T("năm 2024 có nhắc chuyển đổi số ko?", "substitution", "accentless,abbrev",
   "Báo cáo Hội nghị tổng kết ngành Ngoại giao năm 2024 có nhắc tới chuyển đổi số không?", "R4", "chuyển đổi số"),
],
# c27 — R2 duration unreported; near-miss person
[
 T("Buổi làm việc giữa PTT Trần Lưu Quang và BNG kéo dài bao lâu?", "new", "abbrev",
   "Buổi làm việc giữa Phó Thủ tướng Trần Lưu Quang và Bộ Ngoại giao kéo dài bao lâu?", "R2", NR),
 T("ai báo cáo?", "ellipsis", "accentless,telegraphic",
   "Ai báo cáo với Phó Thủ tướng Trần Lưu Quang tại buổi làm việc với Bộ Ngoại giao?", "R2", "Bùi Thanh Sơn"),
 T("ông ấy nói phải rà soát, hoàn thiện gì?", "pronoun", "-",
   "Bộ trưởng Bùi Thanh Sơn nói Bộ Ngoại giao phải rà soát, hoàn thiện những gì?", "R2", "quy chế, quy trình công tác"),
 T("nguồn nào?", "request", "telegraphic",
   "Thông tin về buổi làm việc của Phó Thủ tướng Trần Lưu Quang với Bộ Ngoại giao lấy từ nguồn nào?", "R2", "VGP"),
 T("PTT Lê Văn Thành có dự ko?", "ellipsis", "accentless,abbrev,near-miss",
   "Phó Thủ tướng Lê Văn Thành có dự buổi làm việc của Phó Thủ tướng Trần Lưu Quang với Bộ Ngoại giao không?", "R2", NIC,
   absent=["Lê Văn Thành"]),
],
# c28 — R4 near-miss place first
[
 T("HN tổng kết ngành NG năm 2024 có điểm cầu Quảng Bình ko?", "new", "abbrev,near-miss",
   "Hội nghị tổng kết ngành Ngoại giao năm 2024 có điểm cầu Quảng Bình không?", "R4", NIC, absent=["Quảng Bình"]),
 T("thế điểm cầu nào được nhắc?", "ellipsis", "accentless",
   "Báo cáo về Hội nghị tổng kết ngành Ngoại giao năm 2024 nhắc tới điểm cầu nào?", "R4", "Quảng Trị"),
 T("ai dự ở đó?", "pronoun", "telegraphic",
   "Ai dự Hội nghị tổng kết ngành Ngoại giao năm 2024 tại điểm cầu Quảng Trị?", "R4", "Hoàng Nam"),
 T("ông ấy có phát biểu gì tại hội nghị ko?", "pronoun", "accentless,abbrev",
   "Ông Hoàng Nam có phát biểu gì tại Hội nghị tổng kết ngành Ngoại giao năm 2024 không?", "R4", NR),
],
# c29 — R3 Party congresses, substitution to R0, near-miss congress number
[
 T("HN sơ kết 2019 hướng tới Đại hội nào của Đảng?", "new", "accentless,abbrev",
   "Hội nghị sơ kết 6 tháng đầu năm 2019 của Bộ Ngoại giao hướng tới Đại hội nào của Đảng?", "R3", "Đại hội XIII"),
 T("thực hiện đường lối Đại hội nào?", "ellipsis", "-",
   "Hội nghị sơ kết 6 tháng đầu năm 2019 góp phần thực hiện đường lối đối ngoại của Đại hội nào?", "R3", "Đại hội XII"),
 T("thế còn HN sơ kết 2023?", "substitution", "accentless,abbrev,telegraphic",
   "Hội nghị sơ kết 6 tháng đầu năm 2023 đề nghị triển khai đường lối đối ngoại của Đại hội nào?", "R0", "Đại hội XIII"),
 T("có nhắc Đại hội XIV ko?", "ellipsis", "accentless,abbrev,near-miss",
   "Báo cáo Hội nghị sơ kết 6 tháng đầu năm 2023 có nhắc tới Đại hội XIV không?", "R0", NIC, absent=["XIV"]),
],
# c30 — R1 in English; Cao Bang; false premise on number of bridge points
[
 T("Who wrote the article on the 2022 year-end review conference?", "new", "english",
   "Ai viết bài về Hội nghị tổng kết ngành Ngoại giao năm 2022?", "R1", "Vi Trường"),
 T("Who attended the 2022 review conference at the Cao Bang connection point?", "new", "english,paraphrase",
   "Ai dự Hội nghị tổng kết ngành Ngoại giao năm 2022 tại điểm cầu Cao Bằng?", "R1", "Nguyễn Bích Ngọc"),
 T("đồng chí ấy là phó chủ tịch UBND tỉnh à?", "pronoun", "accentless,abbrev",
   "Đồng chí Nguyễn Bích Ngọc có phải là Phó Chủ tịch UBND tỉnh Cao Bằng không?", "R1", "Phó Chủ tịch UBND tỉnh"),
 T("vì sao chỉ có Cao Bằng được kết nối?", "ellipsis", "premise",
   "Vì sao chỉ có Cao Bằng được kết nối với Hội nghị tổng kết ngành Ngoại giao năm 2022?", "R1", FP),
],
# c31 — R0 sector building, substitution to R3, unreported recruitment figure
[
 T("hn sơ kết 6 tháng đầu năm 2023 đánh giá công tác xây dựng ngnah thế nào", "new", "accentless,abbrev,typo",
   "Hội nghị sơ kết 6 tháng đầu năm 2023 đánh giá công tác xây dựng ngành thế nào?", "R0", "ngày càng đi vào nề nếp"),
 T("công tác cán bộ?", "ellipsis", "accentless,telegraphic",
   "Hội nghị sơ kết 6 tháng đầu năm 2023 đánh giá công tác tổ chức cán bộ thế nào?", "R0", "bài bản hiệu quả"),
 T("còn HN 2019?", "substitution", "accentless,abbrev,telegraphic",
   "Hội nghị sơ kết 6 tháng đầu năm 2019 đánh giá công tác xây dựng ngành, bồi dưỡng cán bộ thế nào?", "R3",
   "tiếp tục được chú trọng"),
 T("năm đó BNG tuyển dụng bn người?", "pronoun", "accentless,abbrev",
   "Năm 2019 Bộ Ngoại giao tuyển dụng bao nhiêu người?", "R3", NR),
],
# c32 — R4 goals for 2025; near-miss year
[
 T("Mục tiêu năm 2025 BNG xác định gì?", "new", "abbrev",
   "Về mục tiêu, nhiệm vụ năm 2025, Bộ Ngoại giao xác định gì?", "R4", "dự báo đúng tình hình"),
 T("còn đội ngũ cán bộ thì sao?", "substitution", "accentless,telegraphic",
   "Hội nghị tổng kết ngành Ngoại giao năm 2024 yêu cầu xây dựng đội ngũ cán bộ ngoại giao như thế nào?", "R4",
   "vừa hồng, vừa chuyên"),
 T("trích nguyên văn", "request", "telegraphic",
   "Trích nguyên văn yêu cầu về đội ngũ cán bộ ngoại giao tại Hội nghị tổng kết năm 2024.", "R4",
   "khôn khéo về ứng xử && tinh thông về nghiệp vụ"),
 T("còn mục tiêu năm 2015?", "substitution", "accentless,telegraphic,near-miss",
   "Bộ Ngoại giao xác định mục tiêu, nhiệm vụ năm 2015 là gì?", "R4", NIC, absent=["2015"]),
],
# c33 — R2 wrong role premise first
[
 T("BT Trần Lưu Quang làm việc với BNG ngày nào?", "new", "abbrev,premise",
   "Bộ trưởng Trần Lưu Quang làm việc với Bộ Ngoại giao ngày nào?", "R2", FP),
 T("thế ông ấy giữ chức gì?", "pronoun", "accentless",
   "Ông Trần Lưu Quang giữ chức vụ gì khi làm việc với Bộ Ngoại giao?", "R2", "Phó Thủ tướng"),
 T("what date was that meeting?", "ellipsis", "english,telegraphic",
   "Phó Thủ tướng Trần Lưu Quang làm việc với Bộ Ngoại giao ngày nào?", "R2", "31-1"),
 T("ông ấy đánh giá ngành NG ra sao?", "pronoun", "abbrev",
   "Phó Thủ tướng Trần Lưu Quang đánh giá công tác của ngành Ngoại giao ra sao?", "R2",
   "đánh giá cao && thành tựu to lớn"),
],
# c34 — R3 integration; near-miss agreement; mid new question
[
 T("Hội nhập quốc tế 6 tháng đầu năm 2019 có bước gì?", "new", "accentless,paraphrase",
   "Hội nhập quốc tế và ngoại giao kinh tế 6 tháng đầu năm 2019 có bước tiến gì?", "R3", "bước đột phá mới"),
 T("hiệp định nào được triển khai?", "ellipsis", "-",
   "Hiệp định nào chính thức được triển khai trong 6 tháng đầu năm 2019?", "R3", "CPTPP"),
 T("What about RCEP?", "substitution", "english,telegraphic,near-miss",
   "Hiệp định RCEP có được triển khai hay ký kết trong 6 tháng đầu năm 2019 không?", "R3", NIC, absent=["RCEP"]),
 T("HN sơ kết 2019 nói gì về công tác ngoại vụ địa phương?", "new", "accentless,abbrev",
   "Hội nghị sơ kết 6 tháng đầu năm 2019 nói gì về công tác ngoại vụ địa phương?", "R3",
   "lấy doanh nghiệp và người dân"),
 T("điều đó mang lại gì?", "pronoun", "-",
   "Công tác ngoại vụ địa phương năm 2019 mang lại điều gì?", "R3", "lợi ích cụ thể, thiết thực"),
],
# c35 — R4 / R1 PM role and delegates; near-miss number
[
 T("TTg dự HN tổng kết ngành NG năm 2024 với vai trò gì?", "new", "abbrev",
   "Thủ tướng dự Hội nghị tổng kết ngành Ngoại giao năm 2024 với vai trò gì?", "R4", "dự và chỉ đạo"),
 T("còn ở HN năm 2022?", "substitution", "accentless,abbrev,telegraphic",
   "Thủ tướng có vai trò gì tại Hội nghị tổng kết ngành Ngoại giao năm 2022?", "R1",
   "Phát biểu chỉ đạo | phát biểu ý kiến chỉ đạo"),
 T("bn đại biểuu?", "ellipsis", "accentless,abbrev,telegraphic,typo",
   "Bao nhiêu đại biểu dự Hội nghị tổng kết ngành Ngoại giao năm 2022?", "R1", "hơn 700 đại biểu"),
 T("còn HN 2024?", "substitution", "accentless,abbrev,telegraphic",
   "Bao nhiêu đại biểu dự Hội nghị tổng kết ngành Ngoại giao năm 2024?", "R4", NR),
 T("nghe nói 800 đại biểu?", "ellipsis", "telegraphic,near-miss",
   "Hội nghị tổng kết ngành Ngoại giao năm 2024 có 800 đại biểu dự phải không?", "R4", NIC, absent=["800"]),
],
# c36 — R0 in English; PM never at that meeting
[
 T("Who attended the MFA mid-year review held on 5/7/2023?", "new", "english,abbrev",
   "Ai tham dự Hội nghị sơ kết 6 tháng đầu năm 2023 của Bộ Ngoại giao ngày 5/7?", "R0",
   "Bùi Thanh Sơn && đại diện các đơn vị"),
 T("What did PM Pham Minh Chinh say there?", "pronoun", "english,abbrev,premise",
   "Thủ tướng Phạm Minh Chính phát biểu gì tại Hội nghị sơ kết 6 tháng đầu năm 2023 của Bộ Ngoại giao?", "R0", FP),
 T("ai trao khen thưởng?", "ellipsis", "accentless,telegraphic",
   "Ai trao tặng danh hiệu, khen thưởng tại Hội nghị sơ kết 6 tháng đầu năm 2023?", "R0", "Bộ trưởng Ngoại giao"),
 T("HN sơ kết 6 tháng đầu năm 2023 có kết nối trực tuyến với các tỉnh, thành phố không?", "new", "abbrev",
   "Hội nghị sơ kết 6 tháng đầu năm 2023 của Bộ Ngoại giao có kết nối trực tuyến với các tỉnh, thành phố không?", "R0", NR),
],
# c37 — R2 spirit of service, substitution to R1
[
 T("BT Bùi Thanh Sơn nói BNG quán triệt tinh thần gì khi làm việc với PTT Trần Lưu Quang?", "new", "abbrev",
   "Tại buổi làm việc với Phó Thủ tướng Trần Lưu Quang, Bộ trưởng Bùi Thanh Sơn nói Bộ Ngoại giao quán triệt tinh thần gì?", "R2",
   "tinh thần phục vụ && phụng sự Đảng"),
 T("nói rõ hơn", "request", "accentless,telegraphic",
   "Nói rõ hơn về tinh thần phục vụ mà Bộ Ngoại giao quán triệt: phục vụ những ai?", "R2",
   "nhân dân và doanh nghiệp"),
 T("còn TTg ở HN tổng kết 2022 nói lấy ai làm trung tâm phục vụ?", "substitution", "accentless,abbrev",
   "Tại Hội nghị tổng kết ngành Ngoại giao năm 2022, Thủ tướng nói lấy ai làm trung tâm phục vụ?", "R1",
   "lấy người dân, doanh nghiệp && là trung tâm phục vụ"),
 T("ông ấy nói phải bảo đảm cao nhất lợi ích gì?", "pronoun", "-",
   "Thủ tướng Phạm Minh Chính nói phải bảo đảm cao nhất lợi ích gì?", "R1", "lợi ích quốc gia - dân tộc"),
],
# c38 — R4 in English; new question mid; wrong person concluding
[
 T("What did the 2024 review say about Vietnam's growth?", "new", "english,paraphrase",
   "Báo cáo Hội nghị tổng kết ngành Ngoại giao năm 2024 nói gì về tăng trưởng của Việt Nam?", "R4",
   "nhóm nước tăng trưởng cao"),
 T("and for trade and foreign investment?", "substitution", "english,telegraphic",
   "Báo cáo Hội nghị tổng kết năm 2024 nói gì về thương mại và thu hút đầu tư nước ngoài của Việt Nam?", "R4",
   "điểm sáng về thương mại"),
 T("Tại HN 2024 TTg yêu cầu xử lý tốt những tình huống gì?", "new", "accentless,abbrev",
   "Tại Hội nghị tổng kết ngành Ngoại giao năm 2024, Thủ tướng yêu cầu xử lý tốt những tình huống gì?", "R4",
   "tình huống đối ngoại phức tạp"),
 T("nói rõ hơn", "request", "telegraphic",
   "Nói rõ hơn yêu cầu của Thủ tướng về xử lý tình huống và nghiên cứu đối ngoại.", "R4",
   "tổng thể, dài hơi && có chiều sâu"),
 T("BT Bùi Thanh Sơn kết luận hội nghị đó phải ko?", "pronoun", "accentless,abbrev,premise",
   "Bộ trưởng Bùi Thanh Sơn có phải là người kết luận Hội nghị tổng kết ngành Ngoại giao năm 2024 không?", "R4", FP),
],
# c39 — R3 achievements, substitution to R0; criticism premise
[
 T("6 tháng đầu năm 2019 BNG làm tốt công tác gì cho lãnh đạo cấp cao?", "new", "accentless,abbrev,paraphrase",
   "Trong 6 tháng đầu năm 2019 Bộ Ngoại giao làm tốt công tác gì cho Lãnh đạo cấp cao của Đảng và Nhà nước?", "R3",
   "đề xuất chính sách"),
 T("biên giới?", "ellipsis", "accentless,telegraphic",
   "Trong 6 tháng đầu năm 2019, công tác bảo vệ biên giới lãnh thổ được đánh giá thế nào?", "R3",
   "chủ quyền biển đảo"),
 T("còn sơ kết 2023 nói gì về bảo vệ chủ quyền?", "substitution", "accentless",
   "Hội nghị sơ kết 6 tháng đầu năm 2023 nói gì về việc ngoại giao bảo vệ chủ quyền?", "R0",
   "các biện pháp hòa bình"),
 T("vì sao ông Sơn phê bình công tác bảo hộ công dân ở HN đó?", "pronoun", "abbrev,premise",
   "Vì sao Bộ trưởng Bùi Thanh Sơn phê bình công tác bảo hộ công dân tại Hội nghị sơ kết 6 tháng đầu năm 2023?", "R0", FP),
],
# c40 — R1 contributions; new question mid; near-miss number
[
 T("Các tham luận tại HN tổng kết 2022 nói ngành NG phối hợp chặt chẽ với ai?", "new", "abbrev",
   "Các tham luận tại Hội nghị tổng kết ngành Ngoại giao năm 2022 nói ngành Ngoại giao phối hợp chặt chẽ với ai?", "R1",
   "Trung ương và địa phương"),
 T("HN tổng kết 2022 kết nối với bao nhiêu tỉnh thành?", "new", "accentless,abbrev,paraphrase",
   "Hội nghị tổng kết ngành Ngoại giao năm 2022 được kết nối với bao nhiêu tỉnh, thành phố?", "R1",
   "63 tỉnh, thành phố"),
 T("có phải 64 điểm cầu ko?", "ellipsis", "accentless,abbrev,near-miss",
   "Hội nghị tổng kết ngành Ngoại giao năm 2022 có phải được kết nối với 64 điểm cầu không?", "R1", NIC, absent=["64"]),
 T("trong các điểm cầu đó bài viết tả điểm cầu nào?", "pronoun", "-",
   "Trong các điểm cầu của Hội nghị tổng kết năm 2022, bài viết mô tả điểm cầu nào?", "R1", "Cao Bằng"),
],
# c41 — R0 postponement premise; substitution to R3; near-miss year
[
 T("HN sơ kết 6 tháng đầu năm 2023 bị hoãn vì sao?", "new", "abbrev,premise",
   "Vì sao Hội nghị sơ kết 6 tháng đầu năm 2023 của Bộ Ngoại giao bị hoãn?", "R0", FP),
 T("thế diễn ra ngày nào?", "ellipsis", "accentless,telegraphic",
   "Hội nghị sơ kết 6 tháng đầu năm 2023 của Bộ Ngoại giao diễn ra ngày nào?", "R0", "5/7"),
 T("hôm đó ai phát biểu kết luận?", "pronoun", "accentless",
   "Ai phát biểu kết luận tại Hội nghị sơ kết 6 tháng đầu năm 2023 ngày 5/7?", "R0", "Bùi Thanh Sơn"),
 T("còn sơ kết 2019?", "substitution", "telegraphic",
   "Ai phát biểu chỉ đạo tại Hội nghị sơ kết 6 tháng đầu năm 2019?", "R3", "Phạm Bình Minh"),
 T("còn năm 2014?", "substitution", "accentless,telegraphic,near-miss",
   "Ai phát biểu chỉ đạo tại Hội nghị sơ kết 6 tháng đầu năm 2014 của Bộ Ngoại giao?", "R3", NIC, absent=["2014"]),
],
# c42 — R2 high-level programme; substitution to R4; unreported partner list
[
 T("What programme did Deputy PM Tran Luu Quang ask the MFA to focus on?", "new", "english,abbrev,paraphrase",
   "Phó Thủ tướng Trần Lưu Quang yêu cầu Bộ Ngoại giao tập trung thực hiện tốt chương trình gì?", "R2",
   "chương trình đối ngoại cấp cao"),
 T("về biên giới?", "ellipsis", "telegraphic",
   "Phó Thủ tướng Trần Lưu Quang yêu cầu gì về biên giới?", "R2", "biên giới hoà bình"),
 T("còn TTg ở HN 2024 yêu cầu gì về quan hệ với đối tác?", "substitution", "accentless,abbrev",
   "Tại Hội nghị tổng kết ngành Ngoại giao năm 2024, Thủ tướng yêu cầu gì về quan hệ với các đối tác?", "R4",
   "nâng cấp, nâng tầm quan hệ"),
 T("cụ thể với những nước nào?", "ellipsis", "telegraphic",
   "Thủ tướng yêu cầu nâng cấp, nâng tầm quan hệ với những nước cụ thể nào?", "R4", NR),
],
# c43 — R3 sidebar person premise; pronoun on the person named in the answer
[
 T("PTT Lê Minh Khái phát biêu gì tại HN sơ kết 6 tháng đầu năm 2019 của BNG?", "new", "abbrev,premise,typo",
   "Phó Thủ tướng Lê Minh Khái đã phát biểu gì tại Hội nghị sơ kết 6 tháng đầu năm 2019 của Bộ Ngoại giao?", "R3", FP),
 T("vậy ai phát biểu chỉ đạo?", "ellipsis", "accentless,telegraphic",
   "Vậy ai phát biểu chỉ đạo tại Hội nghị sơ kết 6 tháng đầu năm 2019 của Bộ Ngoại giao?", "R3", "Phạm Bình Minh"),
 T("ông ấy nhắc tới tinh thần của HN nào?", "pronoun", "accentless,abbrev",
   "Phó Thủ tướng Phạm Bình Minh nói công tác đối ngoại được triển khai theo tinh thần của hội nghị nào?", "R3",
   "Hội nghị Ngoại giao 30"),
 T("nói rõ hơn", "request", "telegraphic",
   "Nói rõ hơn đánh giá của Phó Thủ tướng Phạm Bình Minh về việc triển khai công tác đối ngoại nửa đầu năm 2019.", "R3",
   "cân bằng linh hoạt"),
],
# c44 — R4 in English; unreported chair; substitution to R2
[
 T("Who chaired the 2024 diplomatic sector year-end conference?", "new", "english,paraphrase",
   "Ai chủ trì Hội nghị tổng kết công tác ngành Ngoại giao năm 2024?", "R4", NR),
 T("did the PM attend?", "ellipsis", "english,abbrev,telegraphic",
   "Thủ tướng có dự Hội nghị tổng kết ngành Ngoại giao năm 2024 không?", "R4", "Phạm Minh Chính"),
 T("ông ấy nói ngoại giao phải huy động nguồn lực nào?", "pronoun", "accentless",
   "Thủ tướng Phạm Minh Chính nói ngoại giao phải huy động những nguồn lực nào?", "R4",
   "nguồn lực có tính đột phá"),
 T("còn PTT Trần Lưu Quang nói tranh thủ nguồn lực gì?", "substitution", "abbrev",
   "Phó Thủ tướng Trần Lưu Quang yêu cầu Bộ Ngoại giao tranh thủ những nguồn lực gì?", "R2",
   "các nguồn lực bên ngoài"),
 T("what did he say at the 2024 year-end conference?", "pronoun", "english,premise",
   "Phó Thủ tướng Trần Lưu Quang phát biểu gì tại Hội nghị tổng kết ngành Ngoại giao năm 2024?", "R4", FP),
],
# c45 — R1 minister's assessment of 2022; new question mid about R3; near-miss country
[
 T("Theo BT Bùi Thanh Sown, năm 2022 đối ngoại đa phương đóng góp thế nào?", "new", "accentless,abbrev,typo",
   "Theo Bộ trưởng Bùi Thanh Sơn, năm 2022 đối ngoại đa phương đã đóng góp thế nào?", "R1",
   "đóng góp có trách nhiệm"),
 T("còn công tác xây dựng ngành?", "substitution", "accentless,telegraphic",
   "Theo Bộ trưởng Bùi Thanh Sơn, năm 2022 công tác xây dựng và phát triển ngành Ngoại giao đạt kết quả thế nào?", "R1",
   "đạt nhiều tiến bộ"),
 T("6 tháng đầu năm 2019 VN nâng tổng số Đối tác chiến lược và toàn diện lên bao nhiêu?", "new", "accentless,abbrev",
   "Trong 6 tháng đầu năm 2019 Việt Nam nâng tổng số Đối tác chiến lược/Đối tác toàn diện lên bao nhiêu?", "R3",
   "30 quốc gia"),
 T("có Singapore ko?", "ellipsis", "abbrev,telegraphic,near-miss",
   "Singapore có nằm trong số đối tác được thiết lập hay nâng cấp quan hệ trong 6 tháng đầu năm 2019 không?", "R3", NIC,
   absent=["Singapore"]),
],
# c46 — R2; pronoun = minister named in the answer; disagreement premise
[
 T("Tại buổi làm việc với PTT Trần Lưu Quang, ai nêu việc đẩy mạnh ứng dụng chuyển đổi số?", "new", "abbrev",
   "Tại buổi làm việc với Phó Thủ tướng Trần Lưu Quang, ai nêu việc đẩy mạnh ứng dụng chuyển đổi số?", "R2",
   "Bùi Thanh Sơn"),
 T("ông ấy báo cáo kết quả năm nào?", "pronoun", "accentless",
   "Bộ trưởng Bùi Thanh Sơn báo cáo kết quả thực hiện nhiệm vụ đối ngoại năm nào?", "R2", "năm 2022"),
 T("nói rõ hơn", "request", "telegraphic",
   "Nói rõ hơn báo cáo của Bộ trưởng Bùi Thanh Sơn với Phó Thủ tướng Trần Lưu Quang: ngoài kết quả năm 2022, Bộ Ngoại giao quyết tâm điều gì?", "R2",
   "đổi mới tư duy"),
 T("vì sao PTT ko đồng ý với đề xuất đó?", "pronoun", "accentless,abbrev,premise",
   "Vì sao Phó Thủ tướng Trần Lưu Quang không đồng ý với đề xuất của Bộ trưởng Bùi Thanh Sơn?", "R2", FP),
],
# c47 — R3 photo credit, new question mid about R4, substitution back to R3
[
 T("Ảnh HN sơ kết 2019 của BNG lấy từ đâu?", "new", "accentless,abbrev",
   "Ảnh trong bài về Hội nghị sơ kết 6 tháng đầu năm 2019 của Bộ Ngoại giao lấy từ nguồn nào?", "R3", "TG&VN"),
 T("ai chụp cụ thể?", "ellipsis", "accentless,telegraphic",
   "Ai là người chụp ảnh Hội nghị sơ kết 6 tháng đầu năm 2019?", "R3", NR),
 T("What did the 2024 year-end review say about Party building in the diplomatic service?", "new", "english,paraphrase",
   "Báo cáo về Hội nghị tổng kết ngành Ngoại giao năm 2024 nói ngành Ngoại giao cần xây dựng Đảng thế nào?", "R4",
   "trong sạch, vững mạnh"),
 T("báo cáo này có nhắc nâng cao gì của tổ chức đảng?", "pronoun", "accentless",
   "Báo cáo Hội nghị tổng kết năm 2024 nói cần nâng cao những gì của các tổ chức đảng, đảng viên?", "R4",
   "năng lực lãnh đạo && sức chiến đấu"),
 T("còn HN sơ kết 2019 về công tác Đảng, đoàn thể?", "substitution", "abbrev",
   "Hội nghị sơ kết 6 tháng đầu năm 2019 đánh giá công tác Đảng, đoàn thể thế nào?", "R3", "hiệu quả, thực chất"),
],
# c48 — R1 economic diplomacy by the PM; import-restriction premise
[
 T("Tại HN tổng kết 2022, TTg muốn ngoại giao kinh tế phát huy vai trò gì?", "new", "accentless,abbrev",
   "Tại Hội nghị tổng kết ngành Ngoại giao năm 2022, Thủ tướng muốn ngoại giao kinh tế phát huy vai trò gì?", "R1",
   "vai trò chủ động"),
 T("trong việc gì?", "ellipsis", "telegraphic",
   "Thủ tướng muốn ngoại giao kinh tế phát huy vai trò chủ động trong việc gì?", "R1", "mở rộng thị trường xuất khẩu"),
 T("ông ấy muốn đưa nền kinh tế VN vào đâu?", "pronoun", "accentless,abbrev",
   "Thủ tướng Phạm Minh Chính muốn đưa nền kinh tế Việt Nam vào vị trí nào?", "R1",
   "chuỗi giá trị gia tăng && chuỗi cung ứng toàn cầu"),
 T("tại sao ông ấy yêu cầu hạn chế nhập khẩu?", "pronoun", "premise",
   "Tại sao Thủ tướng Phạm Minh Chính yêu cầu hạn chế nhập khẩu tại Hội nghị tổng kết ngành Ngoại giao năm 2022?", "R1", FP),
 T("về hợp tác và đấu tranh?", "ellipsis", "accentless,telegraphic",
   "Về hợp tác và đấu tranh, Thủ tướng nói cần chuyển cách nhìn nhận sang gì?", "R1", "đối tác, đối tượng"),
],
]


def rows():
    out = []
    for i, conv in enumerate(CONVERSATIONS, 1):
        cid = "c%02d" % i
        for t in conv:
            tags = [x for x in t["tags"].split(",") if x and x != "-"]
            q = strip_accents(t["q"]) if "accentless" in tags else t["q"]
            out.append((cid, q, t["kind"], ",".join(tags) or "-", t["read_as"], t["facts"]))
    return out


def render():
    lines = list(HEADER)
    for r in rows():
        lines.append("\t".join(r))
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    with open(OUT, "w", encoding="utf-8") as f:
        f.write(render())
    print("wrote", OUT, len(rows()), "turns in", len(CONVERSATIONS), "conversations")
