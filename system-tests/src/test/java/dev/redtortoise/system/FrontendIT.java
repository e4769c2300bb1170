package dev.redtortoise.system;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The SPA in a real browser, end to end: articles in MongoDB, counted by the aggregate job that the
 * orchestration timer starts, served by the API, shown as the popular tags.
 */
class FrontendIT {

    @Test
    void aTagOfStoredArticlesAppearsAmongThePopularTags() throws Exception {
        String tag = "it-" + UUID.randomUUID().toString().substring(0, 8);
        try (MongoClient mongo = MongoClients.create(System.getenv("RT_MONGO_URL"))) {
            MongoCollection<Document> articles = mongo.getDatabase("redtortoise").getCollection("articles");
            articles.insertOne(new Document("slug", tag).append("tagList", List.of(tag)));
            try {
                Stack.awaitBody("/api/tags", body -> body.contains("\"" + tag + "\""), Duration.ofSeconds(60));
                WebDriver browser = Browser.start();
                try {
                    browser.get(Stack.url("/"));
                    Browser.waitFor(browser, 30).until(driver ->
                            !driver.findElements(By.cssSelector(".sidebar .tag-list a.tag-pill")).isEmpty());
                    List<String> pills = browser.findElements(By.cssSelector(".sidebar .tag-list a.tag-pill")).stream()
                            .map(pill -> pill.getText()).toList();
                    assertThat(pills).contains(tag);
                    assertThat(browser.findElement(By.cssSelector(".sidebar a.tag-pill[href='#/?tag=" + tag + "']"))
                            .isDisplayed()).isTrue();
                } finally {
                    browser.quit();
                }
            } finally {
                articles.deleteMany(Filters.eq("slug", tag));
            }
        }
    }
}
