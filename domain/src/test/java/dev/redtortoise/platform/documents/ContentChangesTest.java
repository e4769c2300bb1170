package dev.redtortoise.platform.documents;

import jakarta.json.Json;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ContentChangesTest {

    @Test
    void aMessageFromAnotherInstanceOrFromOutsideRaisesTheVersion() {
        ContentChanges changes = new ContentChanges();
        changes.told(new ContentChanges().message());
        assertThat(changes.version()).as("another instance's message").isEqualTo(1);
        changes.told(JsonValue.EMPTY_JSON_OBJECT);
        assertThat(changes.version()).as("a message that names no instance").isEqualTo(2);
    }

    @Test
    void anInstanceSkipsItsOwnMessageWhenTheTopicBringsItBack() {
        ContentChanges changes = new ContentChanges();
        changes.told(changes.message());
        assertThat(changes.version()).isZero();
        changes.told(Json.createObjectBuilder(changes.message()).add("more", 1).build());
        assertThat(changes.version()).as("the origin decides, not the whole message").isZero();
    }
}
