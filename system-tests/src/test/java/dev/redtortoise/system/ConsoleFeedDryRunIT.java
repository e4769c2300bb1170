package dev.redtortoise.system;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A feed source's dry run in the console: the feed's first items under the rules as edited in the form, not
 * yet saved, with their tags; nothing written (no article, and the saved rule unchanged).
 */
class ConsoleFeedDryRunIT {

    @RegisterExtension
    final ConsoleBrowser console = new ConsoleBrowser();

    @Test
    void aDryRunShowsTheItemsUnderTheUnsavedRuleAndWritesNothing() throws Exception {
        Conduit.User owner = Conduit.register("dryrunowner");
        String name = Conduit.unique("Dry run ");
        String tag = "dry" + Conduit.suffix();
        long source = Operations.addSource(name, ConsoleFeedsIT.FEED, owner.username(), 10,
                "[{\"kind\":\"RENAME_TAG\",\"match\":\"Science\",\"value\":\"saved-science\"}]").getJsonNumber("id").longValue();
        int articlesBefore = articlesBy(owner);

        WebDriver browser = console.driver();
        Console.signIn(browser, Console.OPERATOR);
        Console.open(browser, "feeds");
        Console.clickCell(browser, "sources-grid", name);
        Console.type(browser, "rule-value-0", tag);
        Console.click(browser, "source-dry-run");

        Browser.waitFor(browser, 30).until(driver -> Console.gridText(driver, "dry-run-grid").contains(tag));
        String items = Console.gridText(browser, "dry-run-grid");
        assertThat(items).contains("Shells are harder than they look", "Lettuce prices fall", "A study of keratin plates.")
                .doesNotContain("saved-science", "<script");
        assertThat(browser.findElement(By.id("dry-run-summary")).getText())
                .startsWith("5 items in the feed").contains("Nothing was written");

        assertThat(articlesBy(owner)).isEqualTo(articlesBefore);
        JsonObject saved = Operations.json(Operations.admin("GET", "/sources/" + source, null), 200);
        assertThat(saved.getJsonArray("rules").getJsonObject(0).getString("value")).isEqualTo("saved-science");

        JsonObject byOperations = Operations.json(Operations.admin("POST", "/sources/dry-run", "{\"location\":\""
                + ConsoleFeedsIT.FEED + "\",\"limit\":2,\"rules\":[{\"kind\":\"FIELD\",\"match\":\"title\","
                + "\"value\":\"no_such_field\"}]}"), 200);
        assertThat(byOperations.getInt("itemsInFeed")).isEqualTo(5);
        assertThat(byOperations.getJsonArray("items").getValuesAs(JsonObject.class))
                .hasSize(2).allSatisfy(item -> assertThat(item.getString("reason")).isEqualTo("missing title"));
        assertThat(articlesBy(owner)).isEqualTo(articlesBefore);
    }

    static int articlesBy(Conduit.User author) {
        return Conduit.json(Conduit.get("/articles?author=" + author.username(), null)).getInt("articlesCount");
    }
}
