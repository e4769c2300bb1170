package dev.redtortoise.console.entity;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ConsoleUserTest {

    @Test
    void usernamesAreStoredLowerCaseSoThatSignInIgnoresCase() {
        var user = new ConsoleUser("  Ops.Lead ", "hash", Set.of(Role.OPERATOR));
        assertThat(user.username()).isEqualTo("ops.lead");
    }

    @Test
    void aUsernameWithSpacesOrSymbolsIsRefusedWithTheRule() {
        assertThatThrownBy(() -> new ConsoleUser("bob smith", "hash", Set.of(Role.VIEWER)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2 to 40 characters");
        assertThatThrownBy(() -> ConsoleUser.normalized("x"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aUserNeedsARoleAndAPasswordHash() {
        assertThatThrownBy(() -> new ConsoleUser("carol", "hash", Set.of()))
                .hasMessageContaining("at least one role");
        assertThatThrownBy(() -> new ConsoleUser("carol", " ", Set.of(Role.ADMIN)))
                .hasMessageContaining("password hash");
    }

    @Test
    void aDisabledUserCannotSignIn() {
        var user = new ConsoleUser("dave", "hash", Set.of(Role.ADMIN, Role.VIEWER));
        assertThat(user.canSignIn()).isTrue();
        user.disable();
        assertThat(user.canSignIn()).isFalse();
        assertThat(user.roles()).containsExactlyInAnyOrder(Role.ADMIN, Role.VIEWER);
    }
}
