package dev.redtortoise.accounts.entity;

import dev.redtortoise.platform.errors.Refusal;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The rules of an account's fields, on the account: what registration and a change refuse, every broken
 * rule named at once, in the words the API and its clients show.
 */
class AccountRulesTest {

    static final String PASSWORD = "correct horse";

    @Test
    void aNewAccountNeedsAUsableUsernameEmailAndPassword() {
        assertThat(refusal(() -> Account.checkNew("", "not-an-email", PASSWORD)))
                .containsExactly("username can't be blank", "email is invalid");
        assertThat(refusal(() -> Account.checkNew(null, null, null)))
                .containsExactly("username can't be blank", "email can't be blank", "password can't be blank");
        assertThat(refusal(() -> Account.checkNew("u".repeat(41), "ada@example.org", PASSWORD)))
                .containsExactly("username is too long (maximum is 40 characters)");
        assertThat(refusal(() -> Account.checkNew("ada lovelace", "ada@example.org", PASSWORD)))
                .containsExactly("username is invalid");
        assertThat(refusal(() -> Account.checkNew("ada", "a".repeat(243) + "@example.org", PASSWORD)))
                .containsExactly("email is too long (maximum is 254 characters)");
        assertThat(refusal(() -> Account.checkNew("ada", "ada@example.org", "short")))
                .containsExactly("password is too short (minimum is 8 characters)");
        assertThat(refusal(() -> Account.checkNew("ada", "ada@example.org", "p".repeat(129))))
                .containsExactly("password is too long (maximum is 128 characters)");
    }

    @Test
    void aNewAccountAtTheLimitsIsTaken() {
        assertThatCode(() -> Account.checkNew("ädä_9.x-" + "u".repeat(32), "a".repeat(242) + "@example.org",
                "p".repeat(8))).doesNotThrowAnyException();
        assertThatCode(() -> Account.checkNew("ada", "ada@example.org", "p".repeat(128))).doesNotThrowAnyException();
    }

    @Test
    void aChangeNeedsOnlyWhatItGivesAndTheSameRules() {
        assertThatCode(() -> Account.checkChanges(null, null, null, null, null)).doesNotThrowAnyException();
        assertThatCode(() -> Account.checkChanges(null, null, null, "", "")).as("bio and image may be cleared")
                .doesNotThrowAnyException();
        assertThat(refusal(() -> Account.checkChanges(" ", " ", " ", null, null)))
                .containsExactly("email can't be blank", "username can't be blank", "password can't be blank");
        assertThat(refusal(() -> Account.checkChanges("nope", "ada lovelace", "short", null, null)))
                .containsExactly("email is invalid", "username is invalid",
                        "password is too short (minimum is 8 characters)");
        assertThat(refusal(() -> Account.checkChanges(null, null, null, "b".repeat(2001), null)))
                .containsExactly("bio is too long (maximum is 2000 characters)");
        assertThat(refusal(() -> Account.checkChanges(null, null, null, null, "https://img.example/" + "i".repeat(2000))))
                .containsExactly("image is too long (maximum is 2000 characters)");
        assertThat(refusal(() -> Account.checkChanges(null, null, null, null, "javascript:alert(1)")))
                .containsExactly("image is invalid");
        assertThat(refusal(() -> Account.checkChanges(null, null, null, null, "ftp://img.example/me.png")))
                .containsExactly("image is invalid");
    }

    private static List<String> refusal(ThrowingCallable check) {
        Refusal refusal = catchThrowableOfType(check, Refusal.class);
        assertThat(refusal).as("refused").isNotNull();
        assertThat(refusal.kind()).isEqualTo(Refusal.Kind.INVALID);
        return refusal.messages();
    }
}
