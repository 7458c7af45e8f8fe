package vn.baocao.chat;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FollowUpsTest {
    private static final String PREVIOUS = "Thủ tướng yêu cầu gì tại hội nghị tổng kết năm 2022?";

    @Test
    void replacesTheYearOfThePreviousQuestion() {
        assertThat(FollowUps.resolve("Còn năm 2024 thì sao?", PREVIOUS))
                .isEqualTo("Thủ tướng yêu cầu gì tại hội nghị tổng kết năm 2024?");
    }

    @Test
    void understandsAFollowUpTypedWithoutDiacritics() {
        assertThat(FollowUps.resolve("con 2019 thi sao", PREVIOUS))
                .isEqualTo("Thủ tướng yêu cầu gì tại hội nghị tổng kết năm 2019?");
    }

    @Test
    void addsAYearWhenThePreviousQuestionHadNone() {
        assertThat(FollowUps.resolve("Còn năm 2023?", "Ai chủ trì hội nghị sơ kết?"))
                .isEqualTo("Ai chủ trì hội nghị sơ kết năm 2023?");
    }

    @Test
    void addsOtherWordsToThePreviousQuestion() {
        assertThat(FollowUps.resolve("Còn ngoại giao kinh tế thì sao?", "Bộ trưởng đề nghị gì năm 2023?"))
                .isEqualTo("Bộ trưởng đề nghị gì năm 2023 ngoại giao kinh tế?");
    }

    @Test
    void leavesAStandaloneQuestionAlone() {
        assertThat(FollowUps.resolve("Ai chủ trì hội nghị tổng kết năm 2024?", PREVIOUS))
                .isEqualTo("Ai chủ trì hội nghị tổng kết năm 2024?");
    }

    @Test
    void takesAnOpeningFollowedBySymbolsOnlyForAQuestionOfItsOwn() {
        assertThat(FollowUps.resolve("AND ( \" *:*", PREVIOUS)).isEqualTo("AND ( \" *:*");
        assertThat(FollowUps.resolve("Còn thì sao?", PREVIOUS)).isEqualTo(PREVIOUS);
    }

    @Test
    void leavesAFollowUpAloneWithoutAPreviousQuestion() {
        assertThat(FollowUps.resolve("Còn năm 2024 thì sao?", null)).isEqualTo("Còn năm 2024 thì sao?");
    }

    @Test
    void replacesTheConferenceKindAndYear() {
        assertThat(FollowUps.resolve("Còn hội nghị sơ kết 2019?", "Hội nghị tổng kết năm 2022 diễn ra ngày nào?"))
                .isEqualTo("Hội nghị sơ kết năm 2019 diễn ra ngày nào?");
    }
}
