package dev.redtortoise.api;

import dev.redtortoise.accounts.entity.Account;
import dev.redtortoise.platform.errors.Refusal;
import jakarta.enterprise.context.RequestScoped;

/** Who sends this request: the account its token names, or nobody. Set by {@link Authentication}. */
@RequestScoped
public class Viewer {

    private Account account;
    private String token;

    void signedIn(Account account, String token) {
        this.account = account;
        this.token = token;
    }

    /** The account, for endpoints that need one. */
    Account required() {
        if (account == null) {
            throw Refusal.unauthorized("a token is required: send Authorization: Token <jwt>");
        }
        return account;
    }

    Long idOrNull() {
        return account == null ? null : account.id();
    }

    String token() {
        return token;
    }
}
