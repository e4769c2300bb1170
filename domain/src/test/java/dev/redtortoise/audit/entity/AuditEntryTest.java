package dev.redtortoise.audit.entity;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AuditEntryTest {

    @Test
    void anEntryKeepsWhoWhatAndBothStates() {
        AuditEntry entry = new AuditEntry(Actor.console("alice"), "setting.change", "setting:cache.ttl",
                "{\"value\":\"PT5S\"}", "{\"value\":\"PT10S\"}", "  slower cache  ", null, Instant.EPOCH);

        assertThat(entry.actor()).isEqualTo(new Actor("alice", Actor.Channel.CONSOLE));
        assertThat(entry.before()).contains("{\"value\":\"PT5S\"}");
        assertThat(entry.after()).contains("{\"value\":\"PT10S\"}");
        assertThat(entry.reason()).contains("slower cache");
        assertThat(entry.reverts()).isEmpty();
    }

    @Test
    void aBlankReasonIsNoReasonAndALongOneIsCut() {
        assertThat(new AuditEntry(Actor.SYSTEM, "a", "s", null, null, " ", null, Instant.EPOCH).reason()).isEmpty();
        assertThat(new AuditEntry(Actor.SYSTEM, "a", "s", null, null, "x".repeat(900), null, Instant.EPOCH).reason())
                .hasValueSatisfying(reason -> assertThat(reason).hasSize(AuditEntry.MAX_REASON));
    }

    @Test
    void anEntryWithoutActionOrSubjectIsRefused() {
        assertThatThrownBy(() -> new AuditEntry(Actor.SYSTEM, " ", "s", null, null, null, null, Instant.EPOCH))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Actor(" ", Actor.Channel.CONSOLE)).isInstanceOf(IllegalArgumentException.class);
    }
}
