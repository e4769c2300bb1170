package dev.redtortoise.console.entity;

import dev.redtortoise.platform.errors.Refusal;
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
        user.disable(1);
        assertThat(user.canSignIn()).isFalse();
        assertThat(user.roles()).containsExactlyInAnyOrder(Role.ADMIN, Role.VIEWER);
    }

    @Test
    void theLastActiveAdministratorCanNeitherBeDemotedNorDisabled() {
        var admin = new ConsoleUser("root", "hash", Set.of(Role.ADMIN));
        assertThatThrownBy(() -> admin.changeRole(Role.OPERATOR, 0)).isInstanceOf(Refusal.class)
                .hasMessageContaining(ConsoleUser.LAST_ADMIN);
        assertThatThrownBy(() -> admin.disable(0)).hasMessageContaining(ConsoleUser.LAST_ADMIN);
        assertThat(admin.isActiveAdmin()).isTrue();
        assertThat(admin.credentialsVersion()).as("nothing changed").isEqualTo(1);

        admin.changeRole(Role.ADMIN, 0);
        assertThat(admin.credentialsVersion()).as("the same role is no change").isEqualTo(1);
        admin.changeRole(Role.OPERATOR, 1);
        assertThat(admin.roles()).containsExactly(Role.OPERATOR);
    }

    @Test
    void operatorsAndViewersChangeFreelyWhenNoAdministratorRemains() {
        var operator = new ConsoleUser("op", "hash", Set.of(Role.OPERATOR));
        operator.changeRole(Role.VIEWER, 0);
        operator.disable(0);
        assertThat(operator.canSignIn()).isFalse();
    }

    @Test
    void aNewPasswordRoleOrEnabledStateRaisesTheCredentialsVersionThatEndsSessions() {
        var user = new ConsoleUser("erin", "hash", Set.of(Role.VIEWER));
        user.changePasswordHash("other hash");
        assertThat(user.credentialsVersion()).isEqualTo(2);
        user.changeRole(Role.OPERATOR, 0);
        assertThat(user.credentialsVersion()).isEqualTo(3);
        user.disable(0);
        user.disable(0);
        assertThat(user.credentialsVersion()).as("disabling twice is one change").isEqualTo(4);
        user.enable();
        assertThat(user.credentialsVersion()).isEqualTo(5);
    }
}
