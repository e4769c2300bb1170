package dev.redtortoise.articles.boundary;

import com.mongodb.MongoWriteException;
import com.mongodb.client.model.Aggregates;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import dev.redtortoise.articles.control.ArticleQueries;
import dev.redtortoise.articles.entity.Article;
import dev.redtortoise.articles.entity.Comment;
import dev.redtortoise.platform.documents.DocumentStore;
import dev.redtortoise.platform.errors.Refusal;
import dev.redtortoise.profiles.boundary.ProfileView;
import dev.redtortoise.profiles.boundary.Profiles;
import dev.redtortoise.profiles.entity.Profile;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.bson.Document;
import org.eclipse.jnosql.databases.mongodb.mapping.MongoDBTemplate;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** Comments on articles, oldest first; only their author deletes them. */
@ApplicationScoped
public class Comments {

    static final String COUNTERS = "counters";
    static final int ID_ATTEMPTS = 5;

    @Inject
    MongoDBTemplate template;

    @Inject
    DocumentStore store;

    @Inject
    ArticleQueries queries;

    @Inject
    Profiles profiles;

    public CommentView add(long authorId, String slug, String body) {
        Article article = article(slug);
        Comment comment = insertUnderNextId(article.id(), authorId, body);
        Profile author = profiles.byId(authorId).orElseThrow(() -> Refusal.unavailable(
                "your profile is being written; try again in a moment"));
        return new CommentView(comment, new ProfileView(author, false));
    }

    public List<CommentView> of(String slug, Long viewerId) {
        Article article = article(slug);
        List<Comment> comments = template.<Comment>aggregate(Comment.class, List.of(
                        Aggregates.match(Filters.eq("articleId", article.id())),
                        Aggregates.sort(Sorts.ascending("createdAt", "_id"))))
                .toList();
        Map<Long, Profile> authors = profiles.byIds(comments.stream().map(Comment::authorId).toList());
        Set<Long> followed = viewerId == null ? Set.of() : profiles.followedAmong(viewerId, authors.keySet());
        return comments.stream()
                .filter(comment -> authors.containsKey(comment.authorId()))
                .map(comment -> new CommentView(comment,
                        new ProfileView(authors.get(comment.authorId()), followed.contains(comment.authorId()))))
                .toList();
    }

    public void delete(long viewerId, String slug, long id) {
        Article article = article(slug);
        Comment comment = template.<Comment>select(Comment.class,
                        Filters.and(Filters.eq("_id", id), Filters.eq("articleId", article.id())))
                .findFirst()
                .orElseThrow(() -> Refusal.notFound("comment not found"));
        if (!comment.writtenBy(viewerId)) {
            throw Refusal.forbidden("only the author may delete this comment");
        }
        template.delete(Comment.class, Filters.eq("_id", id));
    }

    private Article article(String slug) {
        return queries.bySlug(slug).orElseThrow(() -> Refusal.notFound("article not found"));
    }

    /**
     * Inserts the comment under the counter's next id; an id taken already is skipped for the next one: MongoDB
     * increments the counter atomically, but a counter restored from an older backup than the comments would
     * hand out taken ids.
     */
    private Comment insertUnderNextId(String articleId, long authorId, String body) {
        for (int attempt = 1; ; attempt++) {
            Comment comment = new Comment(nextId(), articleId, authorId, body, System.currentTimeMillis());
            try {
                template.insert(comment);
                return comment;
            } catch (MongoWriteException e) {
                if (!DocumentStore.duplicateKey(e) || attempt == ID_ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    /** Comment ids count up from 1, from one counter document shared by every instance. */
    private long nextId() {
        Document counter = store.database().getCollection(COUNTERS).findOneAndUpdate(
                Filters.eq("_id", Comment.COLLECTION), Updates.inc("seq", 1L),
                new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.AFTER));
        return ((Number) counter.get("seq")).longValue();
    }
}
