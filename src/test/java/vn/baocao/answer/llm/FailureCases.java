package vn.baocao.answer.llm;

import java.util.List;
import vn.baocao.testing.FakeModelServer.Canned;
import vn.baocao.testing.FakeModelServer;

/**
 * The canned ways a model call goes wrong, each with the reason the log must give: every one must end
 * in the extractive answer. Shared by {@link LlmFallbackTest} and {@link MeasureLlmPath}.
 */
final class FailureCases {
    /** The question every case asks; the extractive composer answers it from the 2022 year-end report. */
    static final String QUESTION = "Ai chủ trì hội nghị tổng kết năm 2022?";

    /**
     * One failure.
     *
     * @param name   what goes wrong
     * @param canned the server's reply, or null for a server that is not there (connection refused)
     * @param reason what the log line must say
     */
    record Case(String name, Canned canned, String reason) {
        @Override
        public String toString() {
            return name;
        }
    }

    private FailureCases() {
    }

    static List<Case> all() {
        return List.of(
                new Case("timeout", FakeModelServer.hang(), "no reply within the timeout"),
                new Case("connection refused", null, "connection refused"),
                new Case("401", FakeModelServer.status(401), "HTTP 401 (key refused)"),
                new Case("429", FakeModelServer.status(429), "HTTP 429 (rate limited)"),
                new Case("500", FakeModelServer.status(500), "HTTP 500 (server error)"),
                new Case("503", FakeModelServer.status(503), "HTTP 503 (server error)"),
                new Case("empty reply", FakeModelServer.reply(""), "empty reply"),
                new Case("blank reply", FakeModelServer.reply(" \n "), "empty reply"),
                new Case("English reply", FakeModelServer.reply(
                        "The conference was chaired by Foreign Minister Bùi Thanh Sơn [1]."), "reply not in Vietnamese"),
                new Case("Chinese reply", FakeModelServer.reply("会议由外交部长裴青山主持 [1]。"), "reply not in Vietnamese"),
                new Case("unsupported reply without markers", FakeModelServer.reply(
                        "Hội nghị còn bàn nhiều vấn đề quan trọng khác của đất nước."),
                        "no statement of the reply is supported by its sources"),
                new Case("reply citing only [7]", FakeModelServer.reply(
                        "Thứ trưởng Nguyễn Minh Vũ chủ trì hội nghị [7]."),
                        "reply cites only sources that were not given [7]"),
                new Case("reply with a number no source has", FakeModelServer.reply(
                        "Bộ trưởng Bộ Ngoại giao Bùi Thanh Sơn chủ trì hội nghị với 450 đại biểu [1]."),
                        "no statement of the reply is supported by its sources"));
    }
}
