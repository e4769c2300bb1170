package dev.redtortoise.articles.boundary;

import dev.redtortoise.articles.entity.ModeratedArticle;
import dev.redtortoise.articles.entity.ModeratedComment;
import dev.redtortoise.articles.entity.Provenance;
import dev.redtortoise.platform.errors.Refusal;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What a moderator's change needs (a reason) and what the audit log keeps of it. */
class ModerationTest {

    @Test
    void aDeletionNeedsAReasonOfAtMostFiveHundredCharacters() {
        assertThat(Moderation.reason("  spam  ")).isEqualTo("spam");
        assertThatThrownBy(() -> Moderation.reason("   ")).isInstanceOfSatisfying(Refusal.class, refusal -> {
            assertThat(refusal.kind()).isEqualTo(Refusal.Kind.INVALID);
            assertThat(refusal.messages()).containsExactly("reason can't be blank");
        });
        assertThatThrownBy(() -> Moderation.reason(null)).isInstanceOf(Refusal.class);
        assertThatThrownBy(() -> Moderation.reason("x".repeat(Moderation.REASON_MAX + 1)))
                .isInstanceOfSatisfying(Refusal.class, refusal -> assertThat(refusal.messages())
                        .containsExactly("reason is too long (maximum is 500 characters)"));
    }

    @Test
    void theAuditEntryOfADeletedCommentKeepsTheWholeComment() {
        String json = ModerationJson.comment(new ModeratedComment(12, "a1", 7, "ada", "the whole body", Instant.EPOCH),
                "the-slug");
        assertThat(json).contains("\"id\":12").contains("\"author\":\"ada\"").contains("\"body\":\"the whole body\"")
                .contains("\"articleSlug\":\"the-slug\"").contains("\"createdAt\":\"1970-01-01T00:00:00Z\"");
    }

    @Test
    void theAuditEntryOfAnArticleNamesItsAuthorTagsAndProvenance() {
        ModeratedArticle article = new ModeratedArticle("a1", "a-title", "A title", "d", 7, "ada", List.of("java"),
                Instant.EPOCH, Instant.EPOCH, 2, new Provenance(5, "guid-1", 77L, Instant.EPOCH));
        assertThat(ModerationJson.article(article, 3, "deleted")).contains("\"state\":\"deleted\"")
                .contains("\"author\":\"ada\"").contains("\"tags\":[\"java\"]").contains("\"comments\":3")
                .contains("\"sourceId\":5").contains("\"itemId\":\"guid-1\"");
    }
}
