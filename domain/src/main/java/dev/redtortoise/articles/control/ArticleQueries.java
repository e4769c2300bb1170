package dev.redtortoise.articles.control;

import com.mongodb.client.model.Aggregates;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
import dev.redtortoise.articles.entity.Article;
import dev.redtortoise.articles.entity.Favorite;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.bson.conversions.Bson;
import org.eclipse.jnosql.databases.mongodb.mapping.MongoDBTemplate;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Finds articles. Every filter value goes into the query as a BSON value through the driver's
 * {@link Filters}, never as query text, so a value such as {@code {"$gt": ""}} is only ever a string.
 */
@ApplicationScoped
public class ArticleQueries {

    /** Articles of a list page (without bodies: lists do not show them) and the total. */
    public record Listing(List<Article> articles, long total) {
        public static final Listing EMPTY = new Listing(List.of(), 0);
    }

    @Inject
    MongoDBTemplate template;

    /** The filter for tag, author and favorited-by (any may be null); empty when it can match nothing. */
    public Optional<Bson> filter(String tag, Long authorId, Long favoritedById) {
        Bson filter = Filters.empty();
        if (tag != null) {
            filter = Filters.and(filter, Filters.eq("tagList", tag));
        }
        if (authorId != null) {
            filter = Filters.and(filter, Filters.eq("authorId", authorId));
        }
        if (favoritedById != null) {
            List<String> ids = template.<Favorite>select(Favorite.class, Filters.eq("userId", favoritedById))
                    .map(Favorite::articleId).toList();
            if (ids.isEmpty()) {
                return Optional.empty();
            }
            filter = Filters.and(filter, Filters.in("_id", ids));
        }
        return Optional.of(filter);
    }

    public Listing list(Bson filter, int offset, int limit) {
        List<Article> articles = template.<Article>aggregate(Article.class, List.of(
                        Aggregates.match(filter),
                        Aggregates.sort(Sorts.descending("createdAt", "_id")),
                        Aggregates.skip(offset),
                        Aggregates.limit(limit),
                        Aggregates.project(Projections.exclude("body"))))
                .toList();
        return new Listing(articles, template.count(Article.class, filter));
    }

    public Optional<Article> bySlug(String slug) {
        return template.<Article>select(Article.class, Filters.eq("slug", slug)).findFirst();
    }

    public Set<String> favoritedAmong(long userId, Collection<String> articleIds) {
        if (articleIds.isEmpty()) {
            return Set.of();
        }
        return template.<Favorite>select(Favorite.class, Filters.and(Filters.eq("userId", userId),
                        Filters.in("articleId", Set.copyOf(articleIds))))
                .map(Favorite::articleId)
                .collect(Collectors.toSet());
    }

    public long favoritesOf(String articleId) {
        return template.count(Favorite.class, Filters.eq("articleId", articleId));
    }
}
