package dev.redtortoise.accounts.entity;

import java.time.Instant;
import java.util.Set;

/** One row of the console's account list: what staff see of an account, never its credentials. */
public record AccountSummary(long id, String username, String email, AccountStatus status, Set<AccountRole> roles,
                             Instant createdAt, String banReason) {

    /** The row without its roles, as the page query selects it; {@link #withRoles} adds them. */
    public AccountSummary(Long id, String username, String email, AccountStatus status, Instant createdAt,
                          String banReason) {
        this(id, username, email, status, Set.of(), createdAt, banReason);
    }

    public AccountSummary {
        roles = Set.copyOf(roles);
    }

    public AccountSummary withRoles(Set<AccountRole> given) {
        return new AccountSummary(id, username, email, status, given, createdAt, banReason);
    }
}
