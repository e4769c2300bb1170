package dev.redtortoise.deadletters.control;

import dev.redtortoise.platform.errors.Refusal;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The answers below are what Artemis 2.40 gave to {@code address.DLQ getQueueNames}. */
class BrokerManagementTest {

    @Test
    void theQueueNamesAreTheResultArraysOnlyElement() {
        assertThat(BrokerManagement.names("[[\"DLQ.rt.job.requests\",\"DLQ.it.work\"]]"))
                .containsExactly("DLQ.it.work", "DLQ.rt.job.requests");
        assertThat(BrokerManagement.names("[[]]")).isEmpty();
    }

    @Test
    void anAnswerThatIsNotAListOfNamesIsRefusedAsTheBrokerUnavailable() {
        assertThatThrownBy(() -> BrokerManagement.names("[\"AMQ229067: Cannot find resource\"]"))
                .isInstanceOf(Refusal.class).hasMessageContaining("not a list of queues");
    }
}
