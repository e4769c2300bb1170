package dev.redtortoise.platform.documents;

import com.mongodb.MongoClientSettings;
import org.junit.jupiter.api.Test;

import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A request waits at most RT_MONGO_WAIT_MS for a MongoDB it cannot reach; answers keep the long read timeout. */
class DocumentStoreTest {

    @Test
    void theWaitBoundsFindingTheServerAndConnectingButNotReading() {
        MongoClientSettings settings = DocumentStore.settings("mongodb://db.example:27017", 1500);

        assertThat(settings.getClusterSettings().getServerSelectionTimeout(TimeUnit.MILLISECONDS)).isEqualTo(1500);
        assertThat(settings.getSocketSettings().getConnectTimeout(TimeUnit.MILLISECONDS)).isEqualTo(1500);
        assertThat(settings.getSocketSettings().getReadTimeout(TimeUnit.MILLISECONDS)).isEqualTo(DocumentStore.READ_TIMEOUT_MS);
    }

    @Test
    void aWaitThatIsNotPositiveIsRefusedNamingTheSetting() {
        assertThatThrownBy(() -> DocumentStore.settings("mongodb://db.example:27017", 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("RT_MONGO_WAIT_MS");
    }
}
