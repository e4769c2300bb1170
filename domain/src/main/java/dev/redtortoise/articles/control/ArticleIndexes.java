package dev.redtortoise.articles.control;

import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import dev.redtortoise.articles.boundary.Tags;
import dev.redtortoise.articles.entity.Comment;
import dev.redtortoise.articles.entity.Favorite;
import dev.redtortoise.platform.documents.DocumentStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The indexes of the articles component, created when a part starts (creating an existing index is a
 * no-op, so every part may do it). A slug is unique; tags are read by popularity; articles are listed newest
 * first, also by author, tag and source.
 */
@ApplicationScoped
public class ArticleIndexes {

    private static final Logger LOG = Logger.getLogger(ArticleIndexes.class.getName());

    @Inject
    DocumentStore store;

    void create(@Observes @Initialized(ApplicationScoped.class) Object started) {
        try {
            store.database().getCollection(Tags.ARTICLES)
                    .createIndex(Indexes.ascending("slug"), new IndexOptions().unique(true).name("slug_unique"));
            store.database().getCollection(Tags.ARTICLES)
                    .createIndex(Indexes.descending("createdAt"), new IndexOptions().name("newest_first"));
            // lists sort by (createdAt, _id) descending, ties broken by the id: each index below holds the whole
            // sort, so a page is read off the index in order. All of them, then an author's, a tag's and a
            // source's articles (the API's lists and moderators' filters; sourceId null: written through the API)
            store.database().getCollection(Tags.ARTICLES).createIndex(
                    Indexes.descending("createdAt", "_id"), new IndexOptions().name("newest_first_by_id"));
            for (String field : new String[] {"authorId", "tagList", "sourceId"}) {
                store.database().getCollection(Tags.ARTICLES).createIndex(
                        Indexes.compoundIndex(Indexes.ascending(field), Indexes.descending("createdAt", "_id")),
                        new IndexOptions().name("by_" + field + "_newest_first"));
            }
            store.database().getCollection(Favorite.COLLECTION)
                    .createIndex(Indexes.ascending("articleId"), new IndexOptions().name("by_article"));
            store.database().getCollection(Comment.COLLECTION)
                    .createIndex(Indexes.ascending("articleId"), new IndexOptions().name("by_article"));
            store.database().getCollection(ArticleTrash.COLLECTION)
                    .createIndex(Indexes.ascending("deletedAt"), new IndexOptions().name("by_deletion"));
            store.database().getCollection(TagCounts.COLLECTION)
                    .createIndex(Indexes.descending("articles"), new IndexOptions().name("by_popularity"));
            LOG.info("document indexes in place");
        } catch (RuntimeException e) {
            // the part still starts; readiness reports the store, and the next start creates the indexes
            LOG.log(Level.WARNING, "document indexes not created: " + e.getMessage(), e);
        }
    }
}
