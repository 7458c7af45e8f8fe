package vn.baocao.channel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class GateTest {
    @Test
    void withoutAnAllowlistEveryChatIsServedButOnlyAdminsAreAdmins() {
        Gate gate = new Gate(Set.of(), Set.of("42"));

        assertThat(gate.allows("e4ea2cd5189df1c3a88c")).isTrue();
        assertThat(gate.isAdmin("42")).isTrue();
        assertThat(gate.isAdmin("e4ea2cd5189df1c3a88c")).isFalse();
        assertThat(gate.isAdmin(null)).isFalse();
    }

    @Test
    void anAllowlistLetsInItsChatsAndTheAdminsPrivateChatsAndRefusesOthersOnce() {
        Gate gate = new Gate(Set.of("-100", "abc"), Set.of("42"));

        assertThat(gate.allows("abc")).isTrue();
        assertThat(gate.allows("-100")).isTrue();
        assertThat(gate.allows("42")).as("an admin's private chat").isTrue();
        assertThat(gate.allows("abd")).isFalse();
        assertThat(gate.firstRefusal("abd")).isTrue();
        assertThat(gate.firstRefusal("abd")).isFalse();
    }
}
