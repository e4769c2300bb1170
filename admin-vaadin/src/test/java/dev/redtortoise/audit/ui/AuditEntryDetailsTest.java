package dev.redtortoise.audit.ui;

import dev.redtortoise.audit.entity.Actor;
import dev.redtortoise.audit.entity.AuditEntry;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class AuditEntryDetailsTest {

    @Test
    void beforeAndAfterAreShownSideBySideAsIndentedJsonAndRevertOnlyWhenAllowed() {
        AuditEntryDetails details = new AuditEntryDetails();
        details.show(new AuditEntry(Actor.console("ada"), "setting.change", "setting:cache.ttl-ms",
                "{\"key\":\"cache.ttl-ms\",\"value\":\"10000\",\"source\":\"default\"}",
                "{\"key\":\"cache.ttl-ms\",\"value\":\"500\",\"source\":\"console\"}", null, null, Instant.EPOCH), false);

        assertThat(details.before.getText()).contains("\"value\": \"10000\"").contains("\n");
        assertThat(details.after.getText()).contains("\"value\": \"500\"");
        assertThat(details.summary.getText()).contains("ada (console)").contains("setting:cache.ttl-ms");
        assertThat(details.revert.isVisible()).isFalse();
    }

    @Test
    void aSideThatDidNotExistSaysSo() {
        AuditEntryDetails details = new AuditEntryDetails();
        details.show(new AuditEntry(Actor.operations("ada"), "feed-source.add", "feed-source:1", null, "{\"id\":1}",
                null, null, Instant.EPOCH), true);

        assertThat(details.before.getText()).isEqualTo("(none)");
        assertThat(details.revert.isVisible()).isTrue();
    }
}
