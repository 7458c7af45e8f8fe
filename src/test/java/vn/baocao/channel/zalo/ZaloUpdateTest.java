package vn.baocao.channel.zalo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Updates as Zalo sends them, and as it might: ids as strings or numbers, dates in s or ms, unknown events. */
class ZaloUpdateTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void readsATextMessageWithStringIdsAndAMillisecondDate() {
        ZaloUpdate u = parse("""
                {"event_name":"message.text.received","message":{"message_id":"16f6366b3f02645a3d15",
                 "from":{"id":"e4ea2cd5189df1c3a88c","display_name":"Nguyen Van A"},
                 "chat":{"id":"e4ea2cd5189df1c3a88c","chat_type":"PRIVATE"},"date":1766619597466,"text":"Xin chào"}}""");

        assertThat(u).isEqualTo(new ZaloUpdate(ZaloUpdate.Kind.TEXT, "message.text.received", "e4ea2cd5189df1c3a88c",
                false, "e4ea2cd5189df1c3a88c", Instant.ofEpochMilli(1766619597466L), "Xin chào"));
    }

    @Test
    void numericIdsBecomeStringsAndASecondDateIsTheSameMoment() {
        ZaloUpdate u = parse("""
                {"event_name":"message.text.received","message":{"from":{"id":1459232241454765289},
                 "chat":{"id":-42,"chat_type":"GROUP"},"date":1766619597,"text":"/help"}}""");

        assertThat(u.chatId()).isEqualTo("-42");
        assertThat(u.userId()).isEqualTo("1459232241454765289");
        assertThat(u.group()).isTrue();
        assertThat(u.date()).isEqualTo(Instant.ofEpochSecond(1766619597));
        assertThat(parse("""
                {"event_name":"message.text.received","message":{"chat":{"id":"c"},"date":"1766619597466","text":"x"}}""")
                .date()).isEqualTo(Instant.ofEpochMilli(1766619597466L));
    }

    @Test
    void photosAndStickersAreMediaAndOtherEventsAreIgnored() {
        assertThat(parse("{\"event_name\":\"message.image.received\",\"message\":{\"chat\":{\"id\":\"c\"}}}").kind())
                .isEqualTo(ZaloUpdate.Kind.MEDIA);
        assertThat(parse("{\"event_name\":\"message.sticker.received\",\"message\":{\"chat\":{\"id\":\"c\"}}}").kind())
                .isEqualTo(ZaloUpdate.Kind.MEDIA);
        assertThat(parse("{\"event_name\":\"user.follow\",\"follower\":{\"id\":\"u\"}}").kind())
                .isEqualTo(ZaloUpdate.Kind.OTHER);
        assertThat(parse("{\"event_name\":\"message.unsupported.received\",\"message\":{\"chat\":{\"id\":\"c\"}}}")
                .kind()).isEqualTo(ZaloUpdate.Kind.OTHER);
        assertThat(parse("[1,2]").kind()).isEqualTo(ZaloUpdate.Kind.OTHER);
    }

    @Test
    void readsTheEnvelopeAWebhookMayWrapItInAndAnUpdateWithoutEventName() {
        ZaloUpdate u = parse("""
                {"ok":true,"result":{"message":{"chat":{"id":"c1","chat_type":"PRIVATE"},"text":"Xin chào",
                 "message_id":"m","date":1766619597466,"from":{"id":"c1","first_name":"A"}}}}""");

        assertThat(u.kind()).isEqualTo(ZaloUpdate.Kind.TEXT);
        assertThat(u.chatId()).isEqualTo("c1");
        assertThat(u.text()).isEqualTo("Xin chào");
    }

    @Test
    void aMessageWithoutAChatCannotBeAnswered() {
        assertThatThrownBy(() -> parse("{\"event_name\":\"message.text.received\",\"message\":{\"text\":\"x\"}}"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("chat id");
    }

    private static ZaloUpdate parse(String json) {
        try {
            JsonNode node = JSON.readTree(json);
            return ZaloUpdate.parse(node);
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }
}
