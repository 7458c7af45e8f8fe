package vn.baocao.chat;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.baocao.channel.Chats;
import vn.baocao.index.ReportIndex;
import vn.baocao.testing.SharedIndex;

/** The conversation of issue 18's transcript, over the samples, as the console answers it. */
class FocusTranscriptTest {
    private static final ReportIndex INDEX = SharedIndex.get();
    private final ChatService chat = Chats.extractive(INDEX);

    @Test
    void ongAyIsThePersonTheLastAnswerWasAbout() {
        chat.handle("t", "Ai chủ trì hội nghị tổng kết năm 2022?");
        Reply.Answered reply = (Reply.Answered) chat.handle("t", "ong ay nhan manh dieu gi?");

        assertThat(reply.readAs()).isEqualTo("Bui Thanh Son nhan manh dieu gi o hoi nghi tong ket nam 2022?");
        assertThat(reply.answer().text()).startsWith("Bộ trưởng Bộ Ngoại giao Bùi Thanh Sơn, tại Hội nghị tổng kết công tác "
                + "ngành Ngoại giao năm 2022 (10/1/2023) [1]:");
    }

    @Test
    void afterASwapToAnotherYearOngAyIsWhoTheNewAnswerNames() {
        chat.handle("t", "Ai chủ trì hội nghị tổng kết năm 2022?");
        Reply.Answered swapped = (Reply.Answered) chat.handle("t", "Còn năm 2024 thì sao?");
        Reply.Answered reply = (Reply.Answered) chat.handle("t", "Ông ấy có nói về ngoại giao kinh tế không?");

        assertThat(swapped.readAs()).isEqualTo("Ai chủ trì hội nghị tổng kết năm 2024?");
        assertThat(reply.readAs()).isEqualTo("Phạm Minh Chính có nói về ngoại giao kinh tế tại hội nghị tổng kết năm 2024 không?");
        assertThat(reply.answer().abstained()).isFalse();
        assertThat(reply.answer().citations()).allSatisfy(c -> assertThat(c.passage().report().date()).hasYear(2025));
    }

    @Test
    void afterASwapAskedAgainWithoutTheOneWhoWasNotThereOngAyIsWhomTheNewAnswerQuotes() {
        chat.handle("t", "Ai chủ trì hội nghị tổng kết năm 2022?");
        chat.handle("t", "ong ay nhan manh dieu gi?");
        Reply.Answered swapped = (Reply.Answered) chat.handle("t", "Còn năm 2024 thì sao?");
        String inFocus = chat.focus("t").orElseThrow().person();
        Reply.Answered reply = (Reply.Answered) chat.handle("t", "Ông ấy có nói về ngoại giao kinh tế không?");

        assertThat(swapped.readAs()).isEqualTo("nhan manh dieu gi o hoi nghi tong ket nam 2024?");
        assertThat(inFocus).isEqualTo("Phạm Minh Chính");
        assertThat(reply.readAs()).isEqualTo("Phạm Minh Chính có nói về ngoại giao kinh tế tại hội nghị tổng kết năm 2024 không?");
        assertThat(reply.answer().abstained()).isFalse();
    }

    @Test
    void aQuestionThatLeavesOutItsMeetingIsAskedOfTheMeetingInFocusNotAnEarlierOne() {
        chat.handle("t", "Ai chủ trì hội nghị tổng kết năm 2022?");
        chat.handle("t", "hoi nghi so ket 2019 dien ra o dau");
        Reply.Answered reply = (Reply.Answered) chat.handle("t", "ai chu tri");

        assertThat(reply.readAs()).isEqualTo("ai chu tri o hoi nghi so ket 6 thang dau nam 2019?");
        assertThat(reply.answer().text()).startsWith("Báo cáo về Hội nghị sơ kết công tác 06 tháng đầu năm và phương hướng "
                + "công tác 06 tháng cuối năm 2019 (22/7/2019) không nêu ai chủ trì.");
    }

    @Test
    void aQuestionNamingOnlyTheYearOfTheMeetingInFocusKeepsThatMeeting() {
        chat.handle("t", "HN tk 2024 dat muc tieu xay dung nen ngoai giao VN the nao?");
        chat.handle("t", "nam 2024 tuyen moi bn can bo");
        assertThat(chat.focus("t").orElseThrow().meeting()).isEqualTo("hội nghị tổng kết năm 2024");

        Reply.Answered reply = (Reply.Answered) chat.handle("t", "HN đó bao nhiêu đại biểu dự?");
        assertThat(reply.answer().abstained()).isTrue();
    }

    @Test
    void aCompleteNewQuestionReplacesTheFocusAndMoiClearsIt() {
        chat.handle("t", "Ai chủ trì hội nghị tổng kết năm 2022?");
        Reply.Answered fresh = (Reply.Answered) chat.handle("t", "Hội nghị sơ kết 6 tháng đầu năm 2023 diễn ra ngày nào?");
        assertThat(fresh.readAs()).isNull();
        assertThat(chat.focus("t").orElseThrow().meeting()).isEqualTo("hội nghị sơ kết 6 tháng đầu năm 2023");

        chat.handle("t", "/moi");
        assertThat(chat.focus("t")).isEmpty();
        assertThat(((Reply.Answered) chat.handle("t", "ong ay noi gi")).readAs()).isNull();
    }
}
