package vn.baocao.chat;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.baocao.chat.Command.Name;

class CommandTest {

    @Test
    void readsVietnameseCommandsAndEnglishAliases() {
        assertThat(Command.parse("/nguon 2")).contains(new Command(Name.SOURCE, "2"));
        assertThat(Command.parse("/source 2")).contains(new Command(Name.SOURCE, "2"));
        assertThat(Command.parse("/moi")).contains(new Command(Name.FORGET, ""));
        assertThat(Command.parse("/HoiNghi")).contains(new Command(Name.CONFERENCES, ""));
    }

    @Test
    void ignoresTheBotNameSuffixOfGroupCommands() {
        assertThat(Command.parse("/help@baocao_bot")).contains(new Command(Name.HELP, ""));
    }

    @Test
    void reportsAnUnknownCommandByItsWord() {
        assertThat(Command.parse("/xyz abc")).contains(new Command(Name.UNKNOWN, "/xyz"));
    }

    @Test
    void treatsPlainTextAndLoneSlashesAsQuestions() {
        assertThat(Command.parse("Ai chủ trì?")).isEmpty();
        assertThat(Command.parse("/")).isEmpty();
        assertThat(Command.parse("/ 2022")).isEmpty();
        assertThat(Command.parse("5/7 là ngày gì")).isEmpty();
    }
}
