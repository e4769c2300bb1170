package dev.redtortoise.system;

import dev.redtortoise.system.Conduit.User;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Lists of articles: paging, filters, the feed and favorites. Counts are only ever taken over a tag, author or
 * reader this test made, as the shared stack holds other tests' articles.
 */
class ConduitListingIT {

    @Test
    void pagesAreNewestFirstWithoutOverlapAndCountTheWholeMatch() throws Exception {
        User author = Conduit.register("pager-");
        String tag = "paged-" + Conduit.suffix();
        List<String> newestFirst = createArticles(author, tag, 7);

        List<String> seen = new ArrayList<>();
        for (int offset : new int[] {0, 3, 6}) {
            JsonObject page = list("?tag=" + tag + "&limit=3&offset=" + offset, null);
            assertThat(page.getInt("articlesCount")).as("articlesCount at offset %d", offset).isEqualTo(7);
            assertThat(Conduit.articles(page)).as("list items carry no body")
                    .allSatisfy(article -> assertThat(article.containsKey("body")).isFalse());
            seen.addAll(Conduit.slugs(page));
        }
        JsonObject past = list("?tag=" + tag + "&limit=3&offset=7", null);

        assertThat(seen).containsExactlyElementsOf(newestFirst);
        assertThat(Conduit.slugs(list("?tag=" + tag + "&limit=3&offset=6", null))).hasSize(1);
        assertThat(Conduit.slugs(past)).isEmpty();
        assertThat(past.getInt("articlesCount")).isEqualTo(7);
    }

    @Test
    void theDefaultLimitIs20AndALargerLimitIsServedAsAtMost100() throws Exception {
        User author = Conduit.register("prolific-");
        String tag = "many-" + Conduit.suffix();
        createArticles(author, tag, 101);

        JsonObject page = list("?tag=" + tag, null);
        assertThat(Conduit.slugs(page)).hasSize(20);
        assertThat(page.getInt("articlesCount")).isEqualTo(101);
        for (String limit : new String[] {"100", "101", "500", "99999999999999999999"}) {
            JsonObject capped = list("?tag=" + tag + "&limit=" + limit, null);
            assertThat(Conduit.slugs(capped)).as("limit=" + limit).hasSize(100);
            assertThat(capped.getInt("articlesCount")).as("limit=" + limit).isEqualTo(101);
        }
    }

    @Test
    void aLimitOrOffsetThatIsNotAWholeNumberInRangeIs422() {
        for (String query : new String[] {"limit=0", "limit=abc", "limit=-1", "limit=1.5", "limit=%20"}) {
            assertThat(Conduit.errors(Conduit.get("/articles?" + query, null), 422)).as(query)
                    .anySatisfy(message -> assertThat(message).startsWith("limit"));
        }
        for (String query : new String[] {"offset=-1", "offset=abc"}) {
            assertThat(Conduit.errors(Conduit.get("/articles?" + query, null), 422)).as(query)
                    .anySatisfy(message -> assertThat(message).startsWith("offset"));
        }
    }

    @Test
    void tagAndAuthorFiltersCombine() {
        User first = Conduit.register("first-");
        User second = Conduit.register("second-");
        String tag = "shared-" + Conduit.suffix();
        Conduit.createArticle(first, "One " + tag, tag);
        Conduit.createArticle(first, "Two " + tag, tag, "other-" + Conduit.suffix());
        Conduit.createArticle(first, "Untagged " + tag);
        Conduit.createArticle(second, "Three " + tag, tag);

        assertThat(list("?tag=" + tag, null).getInt("articlesCount")).isEqualTo(3);
        assertThat(list("?author=" + first.username(), null).getInt("articlesCount")).isEqualTo(3);
        JsonObject both = list("?tag=" + tag + "&author=" + first.username(), null);
        assertThat(both.getInt("articlesCount")).isEqualTo(2);
        assertThat(Conduit.articles(both)).allSatisfy(article -> {
            assertThat(article.getJsonObject("author").getString("username")).isEqualTo(first.username());
            assertThat(article.getJsonArray("tagList").toString()).contains("\"" + tag + "\"");
        });
    }

    @Test
    void anUnknownAuthorOrFavoritingUserListsNothing() {
        for (String filter : new String[] {"author", "favorited"}) {
            JsonObject empty = list("?" + filter + "=" + Conduit.unique("nobody-"), null);
            assertThat(empty.getInt("articlesCount")).as(filter).isZero();
            assertThat(Conduit.articles(empty)).as(filter).isEmpty();
        }
    }

    @Test
    void theFeedHoldsOnlyFollowedAuthorsNewestFirstUntilUnfollowed() throws Exception {
        User reader = Conduit.register("reader-");
        User followed = Conduit.register("star-");
        User ignored = Conduit.register("unknown-");
        List<String> newestFirst = createArticles(followed, "feed-" + Conduit.suffix(), 2);
        Conduit.createArticle(ignored, "Not in the feed " + Conduit.suffix());
        Conduit.errors(Conduit.get("/articles/feed", null), 401);
        assertThat(Conduit.post("/profiles/" + followed.username() + "/follow", reader.token(), null).statusCode())
                .isEqualTo(200);

        JsonObject feed = list("/feed", reader.token());

        assertThat(Conduit.slugs(feed)).containsExactlyElementsOf(newestFirst);
        assertThat(feed.getInt("articlesCount")).isEqualTo(2);
        assertThat(Conduit.articles(feed)).allSatisfy(article ->
                assertThat(article.getJsonObject("author").getBoolean("following")).isTrue());

        assertThat(Conduit.delete("/profiles/" + followed.username() + "/follow", reader.token()).statusCode())
                .isEqualTo(200);
        JsonObject after = list("/feed", reader.token());
        assertThat(Conduit.slugs(after)).isEmpty();
        assertThat(after.getInt("articlesCount")).isZero();
    }

    @Test
    void favoritingIsIdempotentCountedAndListedByTheFavoritingUser() {
        User author = Conduit.register("loved-");
        User fan = Conduit.register("fan-");
        User otherFan = Conduit.register("fan-");
        String slug = Conduit.createArticle(author, "Lovely " + Conduit.suffix()).getString("slug");
        String path = "/articles/" + slug + "/favorite";

        for (int time = 1; time <= 2; time++) {
            JsonObject favorited = article(Conduit.post(path, fan.token(), null));
            assertThat(favorited.getBoolean("favorited")).as("favorite number %d", time).isTrue();
            assertThat(favorited.getInt("favoritesCount")).as("count after favorite number %d", time).isEqualTo(1);
        }
        assertThat(article(Conduit.post(path, otherFan.token(), null)).getInt("favoritesCount")).isEqualTo(2);
        JsonObject asFan = article(Conduit.get("/articles/" + slug, fan.token()));
        assertThat(asFan.getBoolean("favorited")).isTrue();
        assertThat(asFan.getInt("favoritesCount")).isEqualTo(2);
        assertThat(article(Conduit.get("/articles/" + slug, author.token())).getBoolean("favorited")).isFalse();
        JsonObject listed = list("?favorited=" + fan.username(), null);
        assertThat(Conduit.slugs(listed)).containsExactly(slug);
        assertThat(listed.getInt("articlesCount")).isEqualTo(1);

        JsonObject unfavorited = article(Conduit.delete(path, fan.token()));
        assertThat(unfavorited.getBoolean("favorited")).isFalse();
        assertThat(unfavorited.getInt("favoritesCount")).isEqualTo(1);
        assertThat(list("?favorited=" + fan.username(), null).getInt("articlesCount")).isZero();
        Conduit.errors(Conduit.post("/articles/no-such-" + Conduit.suffix() + "/favorite", fan.token(), null), 404);
        Conduit.errors(Conduit.post(path, null, null), 401);
    }

    @Test
    void aNewTagIsAmongTheTagsAtOnceMostUsedFirst() {
        User author = Conduit.register("tag-counter-");
        String popular = "popular-" + Conduit.suffix();
        String rare = "rare-" + Conduit.suffix();
        Conduit.createArticle(author, "Popular one " + popular, popular, rare);
        Conduit.createArticle(author, "Popular two " + popular, popular);
        Conduit.createArticle(author, "Popular three " + popular, popular);

        HttpResponse<String> response = Conduit.get("/tags", null);

        assertThat(response.statusCode()).isEqualTo(200);
        List<String> tags = Conduit.json(response).getJsonArray("tags").getValuesAs(JsonString.class)
                .stream().map(JsonString::getString).toList();
        assertThat(tags).contains(popular, rare);
        assertThat(tags.indexOf(popular)).as("a tag used 3 times comes before one used once")
                .isLessThan(tags.indexOf(rare));
    }

    /** Creates count articles with the tag, a little apart so their order is certain; returns slugs newest first. */
    private static List<String> createArticles(User author, String tag, int count) throws InterruptedException {
        List<String> slugs = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            slugs.add(0, Conduit.createArticle(author, "Article " + i + " " + tag, tag).getString("slug"));
            Thread.sleep(15);
        }
        return slugs;
    }

    private static JsonObject list(String query, String token) {
        HttpResponse<String> response = Conduit.get("/articles" + query, token);
        assertThat(response.statusCode()).as("GET /articles%s: %s", query, response.body()).isEqualTo(200);
        return Conduit.json(response);
    }

    private static JsonObject article(HttpResponse<String> response) {
        assertThat(response.statusCode()).as("%s %s: %s", response.request().method(), response.request().uri(),
                response.body()).isEqualTo(200);
        return Conduit.json(response).getJsonObject("article");
    }
}
