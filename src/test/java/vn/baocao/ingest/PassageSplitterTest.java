package vn.baocao.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PassageSplitterTest {
    private static final String LONG_A = "A".repeat(250) + ".";
    private static final String LONG_B = "B".repeat(300) + ".";
    private static final String SHORT = "Ngắn.";

    private final PassageSplitter splitter = new PassageSplitter();

    @Test
    void keepsEachLongParagraphWholeAndAlone() {
        assertThat(splitter.split(List.of(Block.paragraph(LONG_A), Block.paragraph(LONG_B)))).containsExactly(LONG_A, LONG_B);
    }

    @Test
    void mergesAShortParagraphWithTheOneAfterIt() {
        assertThat(splitter.split(List.of(Block.paragraph(SHORT), Block.paragraph(LONG_A), Block.paragraph(LONG_B))))
                .containsExactly(SHORT + "\n" + LONG_A, LONG_B);
    }

    @Test
    void aShortLastParagraphJoinsThePassageBeforeIt() {
        assertThat(splitter.split(List.of(Block.paragraph(LONG_A), Block.paragraph(SHORT)))).containsExactly(LONG_A + "\n" + SHORT);
    }

    @Test
    void aHeadingOpensThePassageBelowItAndNothingIsMergedAcrossIt() {
        var body = List.of(Block.paragraph(LONG_A), Block.paragraph(SHORT), new Block("Nhiệm vụ", true), Block.paragraph(LONG_B));
        assertThat(splitter.split(body)).containsExactly(LONG_A + "\n" + SHORT, "Nhiệm vụ\n" + LONG_B);
    }

    @Test
    void aNumberedLineWithNoPunctuationAfterADashedListOpensThePassageOfWhatItHeads() {
        String opening = "3. Ý kiến tham luận: các đại biểu nêu nhiều ý kiến, trong đó có các ý kiến sau đây về bảo hộ công dân:";
        String point = "- Đại sứ quán tại Hàn Quốc nêu thực trạng lao động bỏ trốn sau khi hết hạn hợp đồng, " + "x".repeat(120) + ".";
        String heading = "4. Kết luận của Thứ trưởng Vương Thu Trang";
        String body = "Thứ trưởng ghi nhận các ý kiến tham luận và nhấn mạnh:";
        String first = "a) Bảo hộ công dân là nhiệm vụ trọng tâm, " + "y".repeat(200) + ".";
        var blocks = List.of(Block.paragraph(opening), Block.paragraph(point), Block.paragraph(heading), Block.paragraph(body),
                Block.paragraph(first));
        assertThat(splitter.split(blocks)).containsExactly(opening + "\n" + point, heading + "\n" + body + "\n" + first);
        assertThat(PassageSplitter.headsASection(point, "4. Kết luận.")).isFalse();
        assertThat(PassageSplitter.headsASection("2. Một điểm", heading)).isFalse();
    }

    @Test
    void cutsAVeryLongParagraphBetweenSentences() {
        String sentence = "Công tác đối ngoại được triển khai đồng bộ, toàn diện và đạt kết quả quan trọng. ";
        String paragraph = sentence.repeat(40).strip();
        List<String> passages = splitter.split(List.of(Block.paragraph(paragraph)));
        assertThat(passages).hasSizeGreaterThan(1).allMatch(passage -> passage.length() <= PassageSplitter.MAX_LENGTH)
                .allMatch(passage -> passage.endsWith("quan trọng."));
        assertThat(String.join(" ", passages)).isEqualTo(paragraph);
    }

    @Test
    void cutsARunawayParagraphWithoutPunctuationBetweenWordsAndAWordLongerThanAPassageWhereTheLengthFalls() {
        String words = "chữ ".repeat(100_000).strip(); // 400,000 characters, not a sentence end in sight
        String word = "x".repeat(4_000);
        List<String> passages = splitter.split(List.of(Block.paragraph(words), Block.paragraph(word)));

        assertThat(passages).allMatch(p -> p.length() <= PassageSplitter.MAX_LENGTH);
        int n = passages.size();
        assertThat(String.join(" ", passages.subList(0, n - 3))).isEqualTo(words);
        assertThat(passages.subList(n - 3, n)).extracting(String::length).containsExactly(1500, 1500, 1000);
    }

    @Test
    void aHeadingLongerThanAPassageIsCutToo() {
        String heading = "Tiêu đề ".repeat(400).strip();
        assertThat(splitter.split(List.of(new Block(heading, true), Block.paragraph(LONG_A))))
                .allMatch(p -> p.length() <= PassageSplitter.MAX_LENGTH);
    }

    @Test
    void aTableStaysInOnePassageWithTheLineThatIntroducesIt() {
        String row = "Số dự án hợp tác được triển khai: 46 (2022); 58 (2023); 37 (8 tháng 2024).";
        var body = List.of(Block.paragraph(LONG_A), Block.paragraph("Bảng 1. Kết quả hợp tác"), Block.tableRow(row),
                Block.tableRow(row), Block.tableRow(row), Block.tableRow(row), Block.paragraph(LONG_B));
        assertThat(splitter.split(body)).containsExactly(LONG_A,
                "Bảng 1. Kết quả hợp tác\n" + String.join("\n", java.util.Collections.nCopies(4, row)), LONG_B);
    }

    @Test
    void aPassageCarriesThePartAndSectionHeadingsAboveItThatItDoesNotHold() {
        String part = "II. KẾT QUẢ CÔNG TÁC BẢO HỘ CÔNG DÂN NĂM 2023";
        var body = List.of(Block.paragraph(part), Block.paragraph(LONG_A), new Block("1. Kết quả chính", true),
                Block.paragraph(LONG_B), Block.paragraph(LONG_A), Block.paragraph("III. KIẾN NGHỊ"), Block.paragraph(LONG_B));
        assertThat(splitter.passages(body)).containsExactly(
                new PassageSplitter.Split(part + "\n" + LONG_A, ""),
                new PassageSplitter.Split("1. Kết quả chính\n" + LONG_B, part),
                new PassageSplitter.Split(LONG_A, part + "\n1. Kết quả chính"),
                new PassageSplitter.Split("III. KIẾN NGHỊ\n" + LONG_B, ""));
    }

    @Test
    void aLineWithLowerCaseLettersOrTooLongIsNoPartHeading() {
        var body = List.of(Block.paragraph("Hà Nội, ngày 15 tháng 01 năm 2024"), Block.paragraph(LONG_A), Block.paragraph(LONG_B));
        assertThat(splitter.passages(body)).extracting(PassageSplitter.Split::section).containsOnly("");
        var shouting = List.of(Block.paragraph("A".repeat(200)), Block.paragraph(LONG_A), Block.paragraph(LONG_B));
        assertThat(splitter.passages(shouting)).extracting(PassageSplitter.Split::section).containsOnly("");
    }
}
