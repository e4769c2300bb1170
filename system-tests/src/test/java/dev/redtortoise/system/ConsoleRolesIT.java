package dev.redtortoise.system;

import com.mongodb.client.model.Filters;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What each console role may open and do, checked on the server: a viewer reads feed sources but gets the
 * access-denied view (inside the layout, not the login page) on an operator's view and no action; an
 * operator restores a deleted article from the trash.
 */
class ConsoleRolesIT {

    @RegisterExtension
    final ConsoleBrowser console = new ConsoleBrowser();

    @Test
    void aViewerGetsTheAccessDeniedViewOnAnOperatorsViewAndNoActionOnFeedSources() {
        WebDriver browser = console.driver();
        Console.signIn(browser, Console.VIEWER);
        assertThat(Console.shown(browser, "nav-feeds")).isTrue();
        assertThat(Console.shown(browser, "nav-trash")).as("no trash in a viewer's navigation").isFalse();

        Console.open(browser, "trash");
        Browser.waitFor(browser, 15).until(ExpectedConditions.presenceOfElementLocated(By.id("access-denied")));
        assertThat(browser.findElement(By.id("access-denied")).getText()).contains("Access denied");
        assertThat(browser.getCurrentUrl()).as("not sent to the login page").contains("/admin/trash");
        assertThat(Console.shown(browser, "sign-out")).as("inside the layout").isTrue();
        assertThat(browser.findElements(By.id("trash-grid"))).isEmpty();

        Console.open(browser, "feeds");
        Browser.waitFor(browser, 15).until(ExpectedConditions.presenceOfElementLocated(By.id("sources-grid")));
        assertThat(Console.shown(browser, "new-source")).as("no 'new source' for a viewer").isFalse();
    }

    @Test
    void anOperatorRestoresADeletedArticleFromTheTrash() {
        WebDriver browser = console.driver();
        Conduit.User author = Conduit.register("trashed");
        String restored = deleted(author, "Console restored ");
        String kept = deleted(author, "Console kept ");

        Console.signIn(browser, Console.OPERATOR);
        Console.click(browser, "nav-trash");
        Console.click(browser, "restore-" + restored);

        String slug = Conduit.mongo().getCollection("articles").find(Filters.eq("_id", restored)).first().getString("slug");
        assertThat(Conduit.get("/articles/" + slug, null).statusCode()).isEqualTo(200);
        // a fresh view of the trash: the article still deleted is listed, the restored one is not
        Console.open(browser, "trash");
        Browser.waitFor(browser, 15).until(ExpectedConditions.presenceOfElementLocated(By.id("restore-" + kept)));
        assertThat(browser.findElements(By.id("restore-" + restored))).as("the restored article left the trash").isEmpty();
    }

    /** A new article, deleted by its author; returns its id. */
    private static String deleted(Conduit.User author, String title) {
        String slug = Conduit.createArticle(author, Conduit.unique(title)).getString("slug");
        String id = Conduit.mongo().getCollection("articles").find(Filters.eq("slug", slug)).first().getString("_id");
        assertThat(Conduit.delete("/articles/" + slug, author.token()).statusCode()).isEqualTo(204);
        return id;
    }
}
