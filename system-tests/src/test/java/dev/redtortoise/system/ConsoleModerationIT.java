package dev.redtortoise.system;

import com.mongodb.client.model.Filters;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Content moderation in the console: an operator finds articles by author and tag (exactly those), reads an
 * imported article's provenance, deletes an article with a reason (none is refused) so the API answers 404,
 * deletes a comment with a reason, finds the article in the trash with its reason and restores it, each
 * recorded in the audit log; a viewer reads the articles but cannot delete one, even by a forged click.
 */
class ConsoleModerationIT {

    @RegisterExtension
    final ConsoleBrowser console = new ConsoleBrowser();

    @Test
    void anOperatorFiltersReadsProvenanceDeletesWithAReasonAndRestoresFromTheTrash() throws Exception {
        String suffix = Conduit.suffix();
        Conduit.User alice = Conduit.register("mod-alice-");
        Conduit.User bob = Conduit.register("mod-bob-");
        String shared = "modtag-" + suffix;
        String alpha = "Moderated alpha " + suffix;
        String beta = "Moderated beta " + suffix;
        String gamma = "Moderated gamma " + suffix;
        String alphaSlug = Conduit.createArticle(alice, alpha, shared).getString("slug");
        String betaSlug = Conduit.createArticle(alice, beta, "other-" + suffix).getString("slug");
        String gammaSlug = Conduit.createArticle(bob, gamma, shared).getString("slug");
        JsonObject comment = Conduit.json(Conduit.post("/articles/" + betaSlug + "/comments", bob.token(),
                Conduit.wrapped("comment", Json.createObjectBuilder().add("body", "Buy cheap pills " + suffix))))
                .getJsonObject("comment");
        long commentId = comment.getJsonNumber("id").longValue();
        String alphaId = Conduit.mongo().getCollection("articles").find(Filters.eq("slug", alphaSlug)).first().getString("_id");

        // one imported article: a one-line bulk import under a source of its own
        String sourceName = "Moderated feed " + suffix;
        String importedTitle = "Imported for moderation " + suffix;
        Path file = Files.createTempFile("moderation-it", ".ndjson");
        Files.write(file, List.of("{\"id\":\"mod-item-1\",\"title\":\"" + importedTitle + "\",\"body\":\"<p>i</p>\"}"));
        long source = Operations.addSource(sourceName, "/bulk/moderation.ndjson", bob.username(), 10, "[]")
                .getJsonNumber("id").longValue();
        long execution = Operations.start("bulk-import", "{\"source\":\"" + source + "\",\"file\":\"" + file + "\"}");
        assertThat(Operations.awaitEnd(execution, PipelineIT.RUN).getString("status")).isEqualTo("COMPLETED");

        // the operations endpoint finds them through the same boundary
        JsonObject found = Operations.json(Operations.admin("GET", "/articles?author=" + alice.username() + "&tag=" + shared,
                null), 200);
        assertThat(found.getInt("articlesCount")).isOne();
        assertThat(found.getJsonArray("articles").getJsonObject(0).getString("title")).isEqualTo(alpha);
        JsonObject provenance = Operations.json(Operations.admin("GET", "/articles?source=" + source, null), 200)
                .getJsonArray("articles").getJsonObject(0).getJsonObject("provenance");
        assertThat(provenance.getString("itemId")).isEqualTo("mod-item-1");
        assertThat(provenance.getJsonNumber("executionId").longValue()).isEqualTo(execution);

        WebDriver browser = console.driver();
        Console.signInAt(browser, Stack.url(""), "moderation", Console.OPERATOR, Stack.ADMIN_PASSWORD);
        assertThat(Console.shown(browser, "nav-moderation")).isTrue();

        Console.type(browser, "moderation-author", alice.username());
        awaitListed(browser, "2 articles", List.of(alpha, beta), List.of(gamma));
        Console.type(browser, "moderation-tag", shared);
        awaitListed(browser, "1 article", List.of(alpha), List.of(beta, gamma));
        Console.type(browser, "moderation-author", "");
        awaitListed(browser, "2 articles", List.of(alpha, gamma), List.of(beta));

        Console.type(browser, "moderation-tag", "");
        Console.choose(browser, "moderation-source", sourceName + " (#" + source + ")");
        awaitListed(browser, "1 article", List.of(importedTitle), List.of(alpha));
        clickRow(browser, "moderation-grid", importedTitle);
        Browser.waitFor(browser, 15).until(driver -> Console.shown(driver, "article-provenance"));
        assertThat(browser.findElement(By.id("article-provenance")).getText())
                .contains("Imported from " + sourceName + " (source #" + source + ")")
                .contains("Item id in the source: mod-item-1")
                .contains("job execution " + execution);
        screenshot(browser, "moderation-provenance");

        // delete with a reason: none is refused beside the field, and nothing is deleted
        Console.choose(browser, "moderation-source", "Any source");
        Console.type(browser, "moderation-search", alpha.toUpperCase());
        awaitListed(browser, "1 article", List.of(alpha), List.of(beta));
        clickRow(browser, "moderation-grid", alpha);
        Console.click(browser, "delete-article");
        Console.click(browser, "confirm-action");
        Browser.waitFor(browser, 15).until(driver -> "true".equals(
                driver.findElement(By.id("action-reason")).getAttribute("invalid")));
        assertThat(browser.findElement(By.id("action-reason")).getText()).contains("reason can't be blank");
        assertThat(Conduit.get("/articles/" + alphaSlug, null).statusCode()).as("not deleted without a reason").isEqualTo(200);
        Console.typeArea(browser, "action-reason", "spam from a bot " + suffix);
        Console.click(browser, "confirm-action");
        awaitListed(browser, "0 articles", List.of(), List.of(alpha));
        assertThat(Conduit.get("/articles/" + alphaSlug, null).statusCode()).as("the deleted article").isEqualTo(404);

        // a comment, deleted for good with a reason
        Console.type(browser, "moderation-search", beta);
        clickRow(browser, "moderation-grid", beta);
        Browser.waitFor(browser, 15).until(driver -> rowsText(driver, "comments-grid").contains("Buy cheap pills"));
        Console.click(browser, "delete-comment-" + commentId);
        Console.typeArea(browser, "action-reason", "advertising");
        Console.click(browser, "confirm-action");
        Browser.waitFor(browser, 15).until(driver -> !rowsText(driver, "comments-grid").contains("Buy cheap pills"));
        assertThat(Conduit.json(Conduit.get("/articles/" + betaSlug + "/comments", null)).getJsonArray("comments")).isEmpty();

        // the trash shows who deleted it and why; restoring puts it back
        Console.click(browser, "nav-trash");
        Browser.waitFor(browser, 15).until(driver -> Console.gridText(driver, "trash-grid").contains("spam from a bot " + suffix));
        assertThat(Console.gridText(browser, "trash-grid")).contains("console-operator (console)");
        Console.click(browser, "restore-" + alphaId);
        assertThat(Conduit.get("/articles/" + alphaSlug, null).statusCode()).as("the restored article").isEqualTo(200);

        // and deletes one with a reason, as the console does
        String gammaId = Conduit.mongo().getCollection("articles").find(Filters.eq("slug", gammaSlug)).first().getString("_id");
        assertThat(Conduit.errors(Operations.admin("POST", "/articles/" + gammaId + "/delete", "{}"), 422))
                .containsExactly("reason can't be blank");
        assertThat(Operations.admin("POST", "/articles/" + gammaId + "/delete", "{\"reason\":\"duplicate\"}").statusCode()).isEqualTo(204);
        assertThat(Conduit.get("/articles/" + gammaSlug, null).statusCode()).isEqualTo(404);
        assertThat(ConsoleAccountsIT.audited("article:" + gammaId)).singleElement().asString()
                .startsWith("article.delete|admin|OPERATIONS|duplicate|");

        List<String> audited = ConsoleAccountsIT.audited("article:" + alphaId);
        System.out.println("audit entries of article " + alphaId + ": " + audited);
        assertThat(audited).hasSize(2);
        assertThat(audited.get(0)).startsWith("article.delete|console-operator|CONSOLE|spam from a bot " + suffix + "|")
                .contains("\"state\": \"published\"").contains("\"state\": \"deleted\"").contains(alice.username());
        assertThat(audited.get(1)).startsWith("article.restore|console-operator|CONSOLE|");
        assertThat(ConsoleAccountsIT.audited("comment:" + commentId)).singleElement().asString()
                .startsWith("comment.delete|console-operator|CONSOLE|advertising|").contains("Buy cheap pills " + suffix);
    }

    @Test
    void aViewerReadsArticlesButCannotDeleteOneEvenByAForgedClick() {
        Conduit.User author = Conduit.register("mod-viewed-");
        String title = Conduit.unique("Viewed only ");
        String slug = Conduit.createArticle(author, title).getString("slug");

        WebDriver browser = console.driver();
        Console.signInAt(browser, Stack.url(""), "moderation", Console.VIEWER, Stack.ADMIN_PASSWORD);
        assertThat(Console.shown(browser, "nav-moderation")).isTrue();
        Console.type(browser, "moderation-author", author.username());
        awaitListed(browser, "1 article", List.of(title), List.of());
        clickRow(browser, "moderation-grid", title);
        Browser.waitFor(browser, 15).until(driver -> Console.shown(driver, "article-provenance"));
        assertThat(Console.shown(browser, "delete-article")).as("no delete for a viewer").isFalse();

        // the hidden button clicked by script: the server ignores it, nothing opens and nothing is deleted
        ((JavascriptExecutor) browser).executeScript("const b = document.getElementById('delete-article'); if (b) b.click();");
        Browser.waitFor(browser, 15).until(Browser::vaadinIdle);
        assertThat(browser.findElements(By.id("action-reason"))).isEmpty();
        assertThat(Conduit.get("/articles/" + slug, null).statusCode()).isEqualTo(200);
    }

    /** Keeps what the page shows now in target/screenshots, to look at as a person would. */
    private static void screenshot(WebDriver browser, String name) throws java.io.IOException {
        Path target = Path.of("target/screenshots");
        Files.createDirectories(target);
        Files.write(target.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }

    /** Waits until the grid's count says this and its rows show these titles and none of those. */
    private static void awaitListed(WebDriver browser, String count, List<String> listed, List<String> notListed) {
        Browser.waitFor(browser, 20).withMessage("the moderation grid listing " + listed + " as '" + count + "'").until(driver -> {
            String text = rowsText(driver, "moderation-grid");
            return driver.findElement(By.id("moderation-count")).getText().equals(count)
                    && listed.stream().allMatch(text::contains) && notListed.stream().noneMatch(text::contains);
        });
    }

    /**
     * The text of the cells of a grid's shown rows, separated by '|': when a grid shrinks, the rows past its
     * end are hidden with their cells' old text still in the page.
     */
    static String rowsText(WebDriver browser, String gridId) {
        return String.valueOf(((JavascriptExecutor) browser).executeScript(ROWS + "return rows(arguments[0])"
                + ".map(cell => cell.textContent).join('|');", gridId));
    }

    /** Clicks the cell of a shown row whose text is exactly this (selecting the row). */
    static void clickRow(WebDriver browser, String gridId, String text) {
        Browser.waitFor(browser, 20).until(driver -> rowsText(driver, gridId).contains(text));
        ((JavascriptExecutor) browser).executeScript(ROWS + "rows(arguments[0]).find(cell => "
                + "cell.textContent.trim() === arguments[1]).click();", gridId, text);
        Browser.waitFor(browser, 15).until(Browser::vaadinIdle);
    }

    /** The cell contents of a grid's body rows that are shown, found through the slots they are assigned to. */
    private static final String ROWS = """
            const rows = id => Array.from(document.querySelectorAll('#' + id + ' vaadin-grid-cell-content'))
                .filter(cell => { const row = cell.assignedSlot && cell.assignedSlot.closest('tr');
                    return !!row && !row.hidden && row.parentElement && row.parentElement.id === 'items'; });
            """;
}
