package dev.redtortoise.audit.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.ColumnTransformer;
import org.hibernate.annotations.Immutable;

import java.time.Instant;
import java.util.Optional;

/**
 * One change, written once: who ({@link Actor}), when, the action ("setting.change", "account.ban"), the
 * subject ("setting:cache.ttl", "account:42"), and the subject's state before and after as JSON (empty when
 * it did not exist before or no longer exists after). A revert is an entry of its own naming the one it undoes.
 */
@Entity
@Immutable
@Table(name = "audit_entry")
public class AuditEntry {

    static final int MAX_REASON = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, updatable = false)
    private Instant at;

    @Column(nullable = false, length = 100, updatable = false)
    private String actor;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20, updatable = false)
    private Actor.Channel channel;

    @Column(nullable = false, length = 60, updatable = false)
    private String action;

    @Column(nullable = false, length = 200, updatable = false)
    private String subject;

    @ColumnTransformer(write = "?::jsonb")
    @Column(updatable = false, columnDefinition = "jsonb")
    private String before;

    @ColumnTransformer(write = "?::jsonb")
    @Column(updatable = false, columnDefinition = "jsonb")
    private String after;

    @Column(length = MAX_REASON, updatable = false)
    private String reason;

    @Column(updatable = false)
    private Long reverts;

    protected AuditEntry() {
    }

    public AuditEntry(Actor actor, String action, String subject, String before, String after, String reason,
                      Long reverts, Instant at) {
        if (action == null || action.isBlank() || subject == null || subject.isBlank()) {
            throw new IllegalArgumentException("an audit entry names its action and its subject");
        }
        this.actor = actor.name();
        this.channel = actor.channel();
        this.action = action;
        this.subject = subject;
        this.before = before;
        this.after = after;
        this.reason = reason == null || reason.isBlank() ? null
                : reason.strip().substring(0, Math.min(reason.strip().length(), MAX_REASON));
        this.reverts = reverts;
        this.at = at;
    }

    public Long id() {
        return id;
    }

    public Instant at() {
        return at;
    }

    public Actor actor() {
        return new Actor(actor, channel);
    }

    public String action() {
        return action;
    }

    public String subject() {
        return subject;
    }

    public Optional<String> before() {
        return Optional.ofNullable(before);
    }

    public Optional<String> after() {
        return Optional.ofNullable(after);
    }

    public Optional<String> reason() {
        return Optional.ofNullable(reason);
    }

    public Optional<Long> reverts() {
        return Optional.ofNullable(reverts);
    }
}
