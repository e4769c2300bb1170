package dev.redtortoise.articles.boundary;

import com.mongodb.MongoExecutionTimeoutException;
import dev.redtortoise.articles.control.ArticleQueries;
import dev.redtortoise.articles.control.ArticleTrash;
import dev.redtortoise.articles.control.ModerationQueries;
import dev.redtortoise.articles.entity.ArticleSearch;
import dev.redtortoise.articles.entity.ModeratedArticle;
import dev.redtortoise.articles.entity.ModeratedComment;
import dev.redtortoise.audit.boundary.AuditLog;
import dev.redtortoise.audit.entity.Actor;
import dev.redtortoise.platform.documents.ContentChanges;
import dev.redtortoise.platform.errors.Checks;
import dev.redtortoise.platform.errors.Refusal;
import dev.redtortoise.profiles.boundary.Profiles;
import dev.redtortoise.profiles.entity.Profile;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.bson.conversions.Bson;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * What staff do with content, in the console and through the operations endpoint alike: find articles page
 * by page (by title words or slug, author, tag and source), read one with its provenance and its comments,
 * delete an article (into the trash, as its author's deletion does) or a comment (for good, as the API does)
 * with a reason, and restore a deleted article. Each change is recorded in the audit log with the actor: the
 * entry is written first in the change's transaction, then MongoDB is changed (it has no part in the
 * transaction), so a change the database cannot record is not made, and one that fails leaves no entry.
 */
@ApplicationScoped
public class Moderation {

    public static final String DELETE_ARTICLE = "article.delete";
    public static final String RESTORE_ARTICLE = "article.restore";
    public static final String DELETE_COMMENT = "comment.delete";
    public static final int REASON_MAX = 500;
    /** A count stops here (see {@link ModerationQueries#COUNT_CAP}). */
    public static final int COUNT_CAP = ModerationQueries.COUNT_CAP;

    private static final Logger LOG = Logger.getLogger(Moderation.class.getName());

    /** A deleted article as the trash lists it: its author's username and who deleted it, by name. */
    public record Trashed(ArticleTrash.Deleted deleted, String author, String deletedBy) {
    }

    @Inject
    ModerationQueries queries;

    @Inject
    ArticleQueries articles;

    @Inject
    ArticleTrash trash;

    @Inject
    Profiles profiles;

    @Inject
    Tags tags;

    @Inject
    ContentChanges changes;

    @Inject
    AuditLog audit;

    /**
     * One page of the articles found, newest first, with their authors' usernames. Each page is logged with
     * its size and time: a grid must only ever ask for pages.
     */
    public List<ModeratedArticle> page(ArticleSearch search, int offset, int limit) {
        long started = System.nanoTime();
        List<ModeratedArticle> page = bounded(() -> filter(search)
                .map(filter -> withAuthors(queries.articles(filter, offset, limit))).orElse(List.of()));
        long millis = (System.nanoTime() - started) / 1_000_000;
        LOG.info(() -> "moderation page: " + search + " offset " + offset + " limit " + limit + " rows " + page.size()
                + " in " + millis + " ms");
        return page;
    }

    /** How many articles are found, at most {@link #COUNT_CAP} (then narrow the search). */
    public long count(ArticleSearch search) {
        return bounded(() -> filter(search).map(filter -> queries.count(filter, search.everything())).orElse(0L));
    }

    public ModeratedArticle article(String id) {
        ModeratedArticle article = queries.article(id).orElseThrow(() -> Refusal.notFound("article " + id + " not found"));
        return article.withAuthor(username(article.authorId()));
    }

    /** One page of an article's comments, oldest first, with their authors' usernames. */
    public List<ModeratedComment> comments(String articleId, int offset, int limit) {
        List<ModeratedComment> page = queries.comments(articleId, offset, limit);
        Map<Long, Profile> authors = profiles.byIds(page.stream().map(ModeratedComment::authorId).toList());
        return page.stream().map(comment -> comment.withAuthor(username(authors, comment.authorId()))).toList();
    }

    public long commentCount(String articleId) {
        return queries.commentCount(articleId);
    }

    /** Moves an article, with its comments and favorites, into the trash, for a reason; audited. */
    @Transactional
    public void deleteArticle(Actor actor, String articleId, String reason) {
        String why = reason(reason);
        ModeratedArticle article = article(articleId);
        long comments = queries.commentCount(articleId);
        audit.recordFirst(actor, DELETE_ARTICLE, subject(articleId), ModerationJson.article(article, comments, "published"),
                ModerationJson.article(article, comments, "deleted"), why);
        if (!trash.delete(articleId, actor.toString(), why)) {
            throw Refusal.notFound("article " + articleId + " not found"); // deleted meanwhile: the entry rolls back
        }
        tags.recount(article.tags());
        changes.changed();
        LOG.info(() -> "article " + articleId + " ('" + article.slug() + "') deleted by " + actor + ": " + why);
    }

    /**
     * Removes a comment for good, as its author's deletion through the API does, for a reason; the audit
     * entry keeps the whole comment, so nothing is lost without a record.
     */
    @Transactional
    public void deleteComment(Actor actor, String articleId, long commentId, String reason) {
        String why = reason(reason);
        ModeratedComment comment = queries.comment(commentId).filter(found -> found.articleId().equals(articleId))
                .orElseThrow(() -> Refusal.notFound("comment " + commentId + " of article " + articleId + " not found"));
        String slug = queries.article(comment.articleId()).map(ModeratedArticle::slug).orElse(null);
        audit.recordFirst(actor, DELETE_COMMENT, "comment:" + commentId,
                ModerationJson.comment(comment.withAuthor(username(comment.authorId())), slug), null, why);
        if (!queries.removeComment(commentId)) {
            throw Refusal.notFound("comment " + commentId + " not found");
        }
        LOG.info(() -> "comment " + commentId + " of article " + comment.articleId() + " deleted by " + actor + ": " + why);
    }

    /** A page of the trash, most recently deleted first, with who wrote and who deleted each article. */
    public List<Trashed> trash(int offset, int limit) {
        List<ArticleTrash.Deleted> page = trash.recent(offset, limit);
        Map<Long, Profile> names = profiles.byIds(page.stream()
                .flatMap(deleted -> deleted.deletedBy() == null ? Stream.of(deleted.authorId())
                        : Stream.of(deleted.authorId(), deleted.deletedBy()))
                .toList());
        return page.stream().map(deleted -> new Trashed(deleted, username(names, deleted.authorId()),
                deleted.byStaff() ? deleted.deletedByStaff()
                        : username(names, deleted.deletedBy()) + (deleted.deletedBy() == deleted.authorId() ? " (author)" : "")))
                .toList();
    }

    /** The most recently deleted articles, as automation lists them. */
    public List<ArticleTrash.Deleted> deleted(int limit) {
        return trash.recent(limit);
    }

    public long trashCount() {
        return trash.count();
    }

    /**
     * Puts a deleted article back with its comments and favorites (under a free slug when its own was taken
     * meanwhile); audited. Returns its slug.
     */
    @Transactional
    public String restore(Actor actor, String articleId) {
        ArticleTrash.Deleted deleted = trash.kept(articleId)
                .orElseThrow(() -> Refusal.notFound("no deleted article " + articleId + " is kept"));
        audit.recordFirst(actor, RESTORE_ARTICLE, subject(articleId), ModerationJson.trashed(deleted, "deleted"),
                ModerationJson.trashed(deleted, "published"), null);
        String slug = trash.restore(articleId)
                .orElseThrow(() -> Refusal.notFound("no deleted article " + articleId + " is kept"));
        // through the entity: the stored tag list's shape is the document mapping's business
        articles.bySlug(slug).ifPresent(article -> tags.recount(article.tagList()));
        changes.changed();
        LOG.info(() -> "deleted article " + articleId + " restored as '" + slug + "' by " + actor);
        return slug;
    }

    public static String subject(String articleId) {
        return "article:" + articleId;
    }

    /** A search that outlasts {@link ModerationQueries#MAX_TIME_MS} is refused with what to do about it. */
    private static <T> T bounded(Supplier<T> query) {
        try {
            return query.get();
        } catch (MongoExecutionTimeoutException e) {
            throw Refusal.invalid("the search took longer than " + ModerationQueries.MAX_TIME_MS / 1000
                    + " s: narrow it with an author, a tag or a source");
        }
    }

    /** The filter, or nothing when the search names an author who does not exist (then nothing matches). */
    private Optional<Bson> filter(ArticleSearch search) {
        if (search.author() == null) {
            return Optional.of(ModerationQueries.filter(search, null));
        }
        return profiles.byUsername(search.author()).map(author -> ModerationQueries.filter(search, author.id()));
    }

    private List<ModeratedArticle> withAuthors(List<ModeratedArticle> page) {
        Map<Long, Profile> authors = profiles.byIds(page.stream().map(ModeratedArticle::authorId).toList());
        return page.stream().map(article -> article.withAuthor(username(authors, article.authorId()))).toList();
    }

    private String username(long accountId) {
        return profiles.byId(accountId).map(Profile::username).orElse(missing(accountId));
    }

    /** A profile not (yet) in the store is named by its account, as the API names it. */
    private static String username(Map<Long, Profile> profiles, Long accountId) {
        Profile profile = profiles.get(accountId);
        return profile == null ? missing(accountId) : profile.username();
    }

    private static String missing(Long accountId) {
        return "account-" + accountId;
    }

    static String reason(String reason) {
        String given = reason == null ? "" : reason.strip();
        new Checks().required("reason", given).maxLength("reason", given, REASON_MAX).orRefuse();
        return given;
    }
}
