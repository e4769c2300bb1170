package dev.redtortoise.articles.boundary;

import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import dev.redtortoise.articles.control.ArticleQueries;
import dev.redtortoise.articles.control.ArticleTrash;
import dev.redtortoise.articles.control.ImportedArticleStore;
import dev.redtortoise.articles.control.ArticleQueries.Listing;
import dev.redtortoise.articles.control.ReadCache;
import dev.redtortoise.articles.control.SlugMaker;
import dev.redtortoise.articles.entity.Article;
import dev.redtortoise.articles.entity.Favorite;
import dev.redtortoise.platform.documents.ContentChanges;
import dev.redtortoise.platform.documents.DocumentStore;
import dev.redtortoise.platform.errors.Refusal;
import dev.redtortoise.profiles.boundary.ProfileView;
import dev.redtortoise.profiles.boundary.Profiles;
import dev.redtortoise.profiles.entity.Profile;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.bson.Document;
import org.eclipse.jnosql.databases.mongodb.mapping.MongoDBTemplate;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The one path for articles, whoever writes them (the API, the import pipeline): create, edit, delete,
 * favorite, and read them one by one, as filtered lists and as a follower's feed. A slug is unique:
 * the title's words, with a random suffix when taken. Deleting an article removes its comments and
 * favorites with it, kept for restoring until the purge job removes them; favoriting is idempotent and the
 * count is recounted, never incremented. Staff find, delete and restore articles through {@link Moderation}.
 */
@ApplicationScoped
public class Articles {

    public static final int LIMIT_DEFAULT = 20;
    public static final int LIMIT_MAX = 100;
    private static final String ANONYMOUS = "anonymous\u0000";

    @Inject
    MongoDBTemplate template;

    @Inject
    DocumentStore store;

    @Inject
    ArticleQueries queries;

    @Inject
    Profiles profiles;

    @Inject
    Tags tags;

    @Inject
    ReadCache cache;

    @Inject
    ContentChanges changes;

    @Inject
    ImportedArticleStore imports;

    @Inject
    SlugMaker slugs;

    @Inject
    ArticleTrash trash;

    public ArticleView create(long authorId, String title, String description, String body, List<String> tagList) {
        Article article = new Article(authorId, title, description, body, tagList, System.currentTimeMillis());
        storeWithUniqueSlug(article, written -> articles().insertOne(written.document()));
        tags.recount(article.tagList());
        changes.changed();
        return view(article, authorId);
    }

    /**
     * The import pipeline's write: new articles are added, changed ones updated, unchanged ones left
     * alone (see {@link ImportedArticleStore}), and the tag counts moved by what the batch changed, so they
     * are exact when the import ends without recounting the store. A failure between the articles' write and
     * their count leaves a count short; a restarted import recounts (a batch written again changes nothing).
     */
    public ImportedArticleStore.Written importAll(List<Article> batch) {
        ImportedArticleStore.Written written = imports.write(batch);
        tags.change(written.tagChanges());
        if (written.inserted() + written.updated() > 0) {
            changes.changed();
        }
        return written;
    }

    /** Maintenance: see {@link ImportedArticleStore#forgetRunsBefore}. */
    public long forgetImportRunsBefore(Instant cutoff) {
        return imports.forgetRunsBefore(cutoff.toEpochMilli());
    }

    public ArticleView get(String slug, Long viewerId) {
        return view(find(slug), viewerId);
    }

    public ArticleView edit(long viewerId, String slug, String title, String description, String body) {
        Article article = ownedBy(viewerId, find(slug));
        if (article.edit(title, description, body, System.currentTimeMillis())) {
            storeWithUniqueSlug(article, this::replace);
        } else {
            replace(article);
        }
        changes.changed();
        return view(article, viewerId);
    }

    public void delete(long viewerId, String slug) {
        Article article = ownedBy(viewerId, find(slug));
        trash.delete(article.id(), viewerId);
        tags.recount(article.tagList());
        changes.changed();
    }

    /**
     * How many articles there are (deleted ones are in the trash, not counted): the collection's own count,
     * which MongoDB keeps without reading the documents, so it is cheap at any size.
     */
    public long count() {
        return articles().estimatedDocumentCount();
    }

    /** Maintenance: removes for good the articles deleted before the cutoff. */
    public long purgeDeletedBefore(Instant cutoff) {
        return trash.purgeBefore(cutoff);
    }

    public ArticleView favorite(long viewerId, String slug) {
        Article article = find(slug);
        try {
            template.insert(new Favorite(article.id(), viewerId, System.currentTimeMillis()));
        } catch (MongoWriteException e) {
            if (!DocumentStore.duplicateKey(e)) {
                throw e;
            }
        }
        return recountFavorites(article, viewerId);
    }

    public ArticleView unfavorite(long viewerId, String slug) {
        Article article = find(slug);
        template.delete(Favorite.class, Filters.eq("_id", Favorite.idOf(article.id(), viewerId)));
        return recountFavorites(article, viewerId);
    }

    /**
     * Newest first, filtered by tag, author and favorited-by (any may be null). Anonymous readers all see
     * the same page, so it is cached whole: the same object until the content changes.
     */
    public ArticlePage list(String tag, String author, String favoritedBy, int offset, int limit, Long viewerId) {
        String key = key(tag, author, favoritedBy, offset, limit);
        Supplier<Found> found = () -> cache.get("list\u0000" + key, () -> find(tag, author, favoritedBy, offset, limit));
        if (viewerId == null) {
            return cache.get(ANONYMOUS + key, () -> page(found.get(), null));
        }
        return page(found.get(), viewerId);
    }

    /**
     * The unfiltered page {@link #list} would hand an anonymous reader now, if it is at hand without
     * reading the store.
     */
    public Optional<ArticlePage> listIfCached(int offset, int limit) {
        return cache.ifFresh(ANONYMOUS + key(null, null, null, offset, limit));
    }

    private static String key(String tag, String author, String favoritedBy, int offset, int limit) {
        return tag + "\u0000" + author + "\u0000" + favoritedBy + "\u0000" + offset + "\u0000" + limit;
    }

    /** Articles by the authors the viewer follows, newest first. */
    public ArticlePage feed(long viewerId, int offset, int limit) {
        List<Long> followed = profiles.followed(viewerId);
        if (followed.isEmpty()) {
            return new ArticlePage(List.of(), 0);
        }
        return page(withAuthors(queries.list(Filters.in("authorId", followed), offset, limit)), viewerId);
    }

    /** A page of articles with their authors' profiles. */
    private record Found(Listing listing, Map<Long, Profile> authors) {
    }

    private Found find(String tag, String author, String favoritedBy, int offset, int limit) {
        Optional<Profile> authorProfile = author == null ? Optional.empty() : profiles.byUsername(author);
        Optional<Profile> favoritingProfile = favoritedBy == null ? Optional.empty() : profiles.byUsername(favoritedBy);
        if ((author != null && authorProfile.isEmpty()) || (favoritedBy != null && favoritingProfile.isEmpty())) {
            return new Found(Listing.EMPTY, Map.of());
        }
        return queries.filter(tag, authorProfile.map(Profile::id).orElse(null),
                        favoritingProfile.map(Profile::id).orElse(null))
                .map(filter -> withAuthors(queries.list(filter, offset, limit)))
                .orElse(new Found(Listing.EMPTY, Map.of()));
    }

    private Found withAuthors(Listing listing) {
        return new Found(listing, profiles.byIds(listing.articles().stream().map(Article::authorId).toList()));
    }

    Article find(String slug) {
        return queries.bySlug(slug).orElseThrow(() -> Refusal.notFound("article not found"));
    }

    private static Article ownedBy(long viewerId, Article article) {
        if (!article.writtenBy(viewerId)) {
            throw Refusal.forbidden("only the author may change this article");
        }
        return article;
    }

    private void storeWithUniqueSlug(Article article, Consumer<Article> write) {
        slugs.writeWithFreeSlug(Article.slugBase(article.title()), slug -> {
            article.slug(slug);
            write.accept(article);
        });
    }

    private MongoCollection<Document> articles() {
        return store.database().getCollection(Article.COLLECTION);
    }

    private void replace(Article article) {
        articles().replaceOne(Filters.eq("_id", article.id()), article.document());
    }

    private ArticleView recountFavorites(Article article, long viewerId) {
        long count = queries.favoritesOf(article.id());
        articles().updateOne(Filters.eq("_id", article.id()), Updates.set("favoritesCount", count));
        article.favoritesCount(count);
        changes.changed();
        return view(article, viewerId);
    }

    private ArticleView view(Article article, Long viewerId) {
        Profile author = profiles.byId(article.authorId()).orElseGet(() -> missingAuthor(article.authorId()));
        boolean following = viewerId != null && viewerId != article.authorId()
                && profiles.follows(viewerId, article.authorId());
        boolean favorited = viewerId != null && !queries.favoritedAmong(viewerId, List.of(article.id())).isEmpty();
        return new ArticleView(article, new ProfileView(author, following), favorited);
    }

    private ArticlePage page(Found found, Long viewerId) {
        Listing listing = found.listing();
        Map<Long, Profile> authors = found.authors();
        Set<String> favorited = viewerId == null ? Set.of()
                : queries.favoritedAmong(viewerId, listing.articles().stream().map(Article::id).toList());
        Set<Long> followed = viewerId == null ? Set.of() : profiles.followedAmong(viewerId, authors.keySet());
        return new ArticlePage(listing.articles().stream()
                .map(article -> new ArticleView(article,
                        new ProfileView(Optional.ofNullable(authors.get(article.authorId()))
                                .orElseGet(() -> missingAuthor(article.authorId())),
                                followed.contains(article.authorId())),
                        favorited.contains(article.id())))
                .toList(), listing.total());
    }

    /** An author whose profile is not (yet) in the store: its projection is pending repair. */
    private static Profile missingAuthor(long id) {
        return new Profile(id, "account-" + id, "", "", 0);
    }
}
