package dev.redtortoise.articles.boundary;

import com.mongodb.client.model.Accumulators;
import com.mongodb.client.model.Aggregates;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
import dev.redtortoise.articles.entity.Article;
import dev.redtortoise.platform.documents.DocumentStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.bson.Document;

import java.util.List;

/**
 * The aggregate collections the aggregate job computes with MongoDB aggregation pipelines, each written
 * whole with {@code $out}: {@code trending} (the articles with the most favorites, weighted by recency: a
 * favorite counts less the older the article, as favorites / (age in hours + 2)^1.5) and
 * {@code author_stats} (per author: articles, favorites received, last publication).
 */
@ApplicationScoped
public class ArticleAggregates {

    public static final String TRENDING = "trending";
    public static final String AUTHOR_STATS = "author_stats";
    static final int TRENDING_MAX = 100;
    static final double GRAVITY = 1.5;

    @Inject
    DocumentStore store;

    /** Recomputes {@code trending}; returns how many articles it holds. */
    public long trending() {
        long now = System.currentTimeMillis();
        Document ageHours = new Document("$divide", List.of(new Document("$subtract", List.of(now, "$createdAt")), 3_600_000));
        Document score = new Document("$divide", List.of("$favoritesCount",
                new Document("$pow", List.of(new Document("$add", List.of(ageHours, 2)), GRAVITY))));
        store.database().getCollection(Article.COLLECTION).aggregate(List.of(
                Aggregates.match(Filters.gt("favoritesCount", 0)),
                Aggregates.project(Projections.fields(Projections.include("slug", "title", "authorId", "favoritesCount",
                        "createdAt"), Projections.computed("score", score))),
                Aggregates.sort(Sorts.descending("score")),
                Aggregates.limit(TRENDING_MAX),
                Aggregates.out(TRENDING))).toCollection();
        return store.database().getCollection(TRENDING).countDocuments();
    }

    /** Recomputes {@code author_stats}; returns how many authors it holds. */
    public long authorStatistics() {
        store.database().getCollection(Article.COLLECTION).aggregate(List.of(
                Aggregates.group("$authorId",
                        Accumulators.sum("articles", 1),
                        Accumulators.sum("favorites", "$favoritesCount"),
                        Accumulators.max("lastPublishedAt", "$createdAt")),
                Aggregates.out(AUTHOR_STATS))).toCollection();
        return store.database().getCollection(AUTHOR_STATS).countDocuments();
    }
}
