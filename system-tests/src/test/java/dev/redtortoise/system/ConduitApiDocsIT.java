package dev.redtortoise.system;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The browsable API reference at /api/docs/: Swagger UI, served by the API itself, over the served contract. */
class ConduitApiDocsIT {

    @Test
    void theReferenceListsEveryContractOperationInARealBrowser() throws Exception {
        WebDriver browser = Browser.start();
        try {
            browser.get(Stack.url("/api/docs"));
            Browser.waitFor(browser, 30).until(driver ->
                    driver.findElements(By.cssSelector(".opblock-summary-path")).size() >= ConduitOpenApiIT.CONTRACT.size());
            List<String> operations = browser.findElements(By.cssSelector(".opblock")).stream()
                    .map(ConduitApiDocsIT::operation).toList();
            assertThat(operations).containsExactlyInAnyOrderElementsOf(ConduitOpenApiIT.CONTRACT);
            assertThat(browser.getCurrentUrl()).endsWith("/api/docs/");
        } finally {
            browser.quit();
        }
    }

    @Test
    void onlyTheReferencesOwnFilesAreServedAndNothingElseBelowDocs() {
        HttpResponse<String> bundle = Stack.get("/api/docs/swagger-ui-bundle.js");
        assertThat(bundle.statusCode()).isEqualTo(200);
        assertThat(bundle.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/javascript"));

        for (String path : new String[] {"/api/docs/index.js", "/api/docs/..%2F..%2FWEB-INF%2Fbeans.xml",
                "/api/docs/swagger-initializer.js", "/api/docs/META-INF"}) {
            HttpResponse<String> response = Conduit.send(HttpRequest.newBuilder(URI.create(Stack.url(path))).GET().build());
            assertThat(response.statusCode()).as(path).isEqualTo(404);
            assertThat(response.body()).as(path).doesNotContain("<beans").doesNotContain("petstore");
        }
    }

    /** "METHOD /path" as Swagger UI shows an operation. */
    private static String operation(WebElement block) {
        String method = block.findElement(By.cssSelector(".opblock-summary-method")).getText();
        String path = block.findElement(By.cssSelector(".opblock-summary-path")).getAttribute("data-path");
        return method + " " + path;
    }
}
