package dev.redtortoise.articles.control;

import com.mongodb.client.MongoDatabase;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The trash keeps who deleted an article: its author's account, or a staff member by name with the reason. */
class ArticleTrashTest {

    @RegisterExtension
    static final StandIn standIn = new StandIn();
    ArticleTrash trash;
    MongoDatabase database;

    @BeforeEach
    void freshDatabase() {
        trash = new ArticleTrash();
        trash.store = standIn.store();
        database = trash.store.database();
        database.getCollection("articles").insertMany(List.of(
                ModerationQueriesTest.article("by-staff", "spam-here", 1, 100, List.of()),
                ModerationQueriesTest.article("by-author", "regretted", 2, 200, List.of())));
        database.getCollection("comments").insertMany(List.of(ModerationQueriesTest.comment(1, "by-staff", 10),
                ModerationQueriesTest.comment(2, "by-staff", 20)));
        database.getCollection("favorites").insertOne(new Document("_id", "by-staff:3").append("articleId", "by-staff")
                .append("userId", 3L));
    }

    @Test
    void aStaffDeletionKeepsItsReasonAndWhoAndTheArticleWithItsCommentsAndFavorites() throws InterruptedException {
        assertThat(trash.delete("by-staff", "ada (console)", "spam")).isTrue();
        Thread.sleep(2); // a later deletion time for the next one
        trash.delete("by-author", 2L);

        assertThat(database.getCollection("articles").countDocuments()).isZero();
        assertThat(database.getCollection("comments").countDocuments()).isZero();
        ArticleTrash.Deleted staff = trash.kept("by-staff").orElseThrow();
        assertThat(staff.byStaff()).isTrue();
        assertThat(staff.deletedByStaff()).isEqualTo("ada (console)");
        assertThat(staff.reason()).isEqualTo("spam");
        assertThat(staff.deletedBy()).as("no account").isNull();
        assertThat(staff.slug()).isEqualTo("spam-here");
        assertThat(staff.authorId()).isEqualTo(1);
        assertThat(staff.comments()).isEqualTo(2);
        assertThat(staff.favorites()).isEqualTo(1);

        assertThat(trash.recent(0, 10)).extracting(ArticleTrash.Deleted::id).containsExactly("by-author", "by-staff");
        ArticleTrash.Deleted author = trash.recent(0, 1).get(0);
        assertThat(author.byStaff()).isFalse();
        assertThat(author.deletedBy()).isEqualTo(2L);
        assertThat(author.reason()).isNull();
        assertThat(trash.recent(1, 10)).extracting(ArticleTrash.Deleted::id).containsExactly("by-staff");
        assertThat(trash.count()).isEqualTo(2);
    }

    @Test
    void deletingWhatIsNotThereDoesNothing() {
        assertThat(trash.delete("missing", "ada (console)", "spam")).isFalse();
        assertThat(trash.kept("missing")).isEmpty();
        assertThat(trash.count()).isZero();
    }
}
