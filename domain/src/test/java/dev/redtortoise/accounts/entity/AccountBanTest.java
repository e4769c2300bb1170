package dev.redtortoise.accounts.entity;

import dev.redtortoise.platform.errors.Refusal;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AccountBanTest {

    private static final Instant AT = Instant.parse("2026-11-30T12:00:00Z");

    private final Account account = new Account("eve@mail.example", "eve", "hash");

    @Test
    void aBanNeedsAReasonAndLeavesTheAccountActiveWithoutOne() {
        for (String missing : new String[] {null, "", "   "}) {
            assertThatThrownBy(() -> account.ban(missing, "ops", AT)).isInstanceOf(Refusal.class)
                    .hasMessageContaining("reason can't be blank");
        }
        assertThatThrownBy(() -> account.ban("x".repeat(Account.BAN_REASON_MAX + 1), "ops", AT))
                .hasMessageContaining("too long");
        assertThat(account.canSignIn()).isTrue();
        assertThat(account.status()).isEqualTo(AccountStatus.ACTIVE);
    }

    @Test
    void aBannedAccountCannotSignInAndKeepsWhyWhenAndByWhom() {
        account.ban("  spam in comments ", "ops", AT);
        assertThat(account.canSignIn()).isFalse();
        assertThat(account.banReason()).isEqualTo("spam in comments");
        assertThat(account.bannedAt()).isEqualTo(AT);
        assertThat(account.bannedBy()).isEqualTo("ops");
        assertThatThrownBy(() -> account.ban("again", "ops", AT)).hasMessageContaining("already banned");
    }

    @Test
    void anUnbanNeedsAReasonToo() {
        assertThatThrownBy(() -> account.unban("appeal accepted", AT)).hasMessageContaining("not banned");
        account.ban("spam", "ops", AT);
        assertThatThrownBy(() -> account.unban(" ", AT)).hasMessageContaining("reason can't be blank");
        assertThat(account.canSignIn()).isFalse();

        account.unban("appeal accepted", AT);
        assertThat(account.canSignIn()).isTrue();
        assertThat(account.banReason()).isNull();
        assertThat(account.bannedBy()).isNull();
    }
}
