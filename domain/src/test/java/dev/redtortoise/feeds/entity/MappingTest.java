package dev.redtortoise.feeds.entity;

import dev.redtortoise.articles.entity.Article;
import dev.redtortoise.platform.errors.Refusal;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static dev.redtortoise.feeds.entity.RuleKind.DEFAULT_TAG;
import static dev.redtortoise.feeds.entity.RuleKind.DROP_TAG;
import static dev.redtortoise.feeds.entity.RuleKind.FIELD;
import static dev.redtortoise.feeds.entity.RuleKind.MAX_BODY;
import static dev.redtortoise.feeds.entity.RuleKind.RENAME_TAG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class MappingTest {

    static final Mapping DEFAULTS = Mapping.of(List.of());

    static RawItem item(Map<String, String> fields, String... categories) {
        return new RawItem(7, "item-7", fields, List.of(categories), 1_700_000_000_000L, "raw item 7");
    }

    static MappingRule rule(RuleKind kind, String match, String value) {
        return new MappingRule(kind, match, value);
    }

    static Refusal refusal(List<MappingRule> rules) {
        Refusal refusal = catchThrowableOfType(Refusal.class, () -> Mapping.of(rules));
        assertThat(refusal).as("refusal of " + rules.size() + " rules").isNotNull();
        assertThat(refusal.kind()).isEqualTo(Refusal.Kind.INVALID);
        return refusal;
    }

    static RejectedItem rejection(Mapping mapping, RawItem item) {
        RejectedItem rejected = catchThrowableOfType(RejectedItem.class, () -> mapping.apply(item));
        assertThat(rejected).as("rejection").isNotNull();
        return rejected;
    }

    // --- defaults ---------------------------------------------------------------------------------

    @Test
    void withoutRulesTheSourcesOwnFieldNamesGiveTitleDescriptionAndBody() {
        MappedItem mapped = DEFAULTS.apply(item(Map.of("title", "  Slow\n  news ", "description", "<p>Short &amp; plain</p>",
                "content", "<p>The <b>whole</b> story.</p>"), "News"));

        assertThat(mapped.itemId()).isEqualTo("item-7");
        assertThat(mapped.title()).as("one line of text").isEqualTo("Slow news");
        assertThat(mapped.description()).as("plain text").isEqualTo("Short & plain");
        assertThat(mapped.body()).isEqualTo("<p>The <b>whole</b> story.</p>");
        assertThat(mapped.tags()).containsExactly("News");
        assertThat(mapped.publishedAt()).isEqualTo(1_700_000_000_000L);
    }

    @Test
    void atomSummaryAndJsonFeedContentAreFoundByDefault() {
        MappedItem atom = DEFAULTS.apply(item(Map.of("title", "A", "summary", "The summary.")));
        MappedItem json = DEFAULTS.apply(item(Map.of("title", "J", "content_html", "<p>Html</p>",
                "content_text", "Text")));

        assertThat(atom.description()).isEqualTo("The summary.");
        assertThat(atom.body()).as("the summary is the body when there is nothing else").isEqualTo("The summary.");
        assertThat(json.body()).as("content_html before content_text").isEqualTo("<p>Html</p>");
    }

    @Test
    void withoutADescriptionTheStartOfTheBodyTextIsUsed() {
        String words = "word ".repeat(100);
        MappedItem shortBody = DEFAULTS.apply(item(Map.of("title", "T", "body", "<p>Just <i>this</i>.</p>")));
        MappedItem longBody = DEFAULTS.apply(item(Map.of("title", "T", "body", "<p>" + words + "</p>")));
        MappedItem imageOnly = DEFAULTS.apply(item(Map.of("title", "Picture",
                "body", "<img src=\"https://example.org/a.png\">")));

        assertThat(shortBody.description()).isEqualTo("Just this.");
        assertThat(longBody.description()).endsWith("…").hasSize(Mapping.DESCRIPTION_FROM_BODY);
        assertThat(imageOnly.description()).as("the title when the body has no text").isEqualTo("Picture");
    }

    @Test
    void titleAndDescriptionAreCutToTheArticleLimits() {
        MappedItem mapped = DEFAULTS.apply(item(Map.of("title", "t".repeat(Article.TITLE_MAX + 50),
                "description", "d".repeat(Article.DESCRIPTION_MAX + 50), "body", "<p>b</p>")));

        assertThat(mapped.title()).hasSize(Article.TITLE_MAX);
        assertThat(mapped.description()).hasSize(Article.DESCRIPTION_MAX);
    }

    // --- FIELD rules ------------------------------------------------------------------------------

    @Test
    void fieldRulesChooseWhichSourceFieldsFillTheArticle() {
        Mapping mapping = Mapping.of(List.of(rule(FIELD, "title", "headline"), rule(FIELD, "description", "teaser"),
                rule(FIELD, "body", "dc:text")));

        MappedItem mapped = mapping.apply(item(Map.of("title", "ignored", "headline", "The headline",
                "teaser", "The teaser", "description", "ignored", "dc:text", "<p>Body text</p>")));

        assertThat(mapped.title()).isEqualTo("The headline");
        assertThat(mapped.description()).isEqualTo("The teaser");
        assertThat(mapped.body()).isEqualTo("<p>Body text</p>");
    }

    @Test
    void aFieldRuleDoesNotFallBackToTheDefaultsWhenItsFieldIsMissing() {
        Mapping mapping = Mapping.of(List.of(rule(FIELD, "title", "headline")));

        RejectedItem rejected = rejection(mapping, item(Map.of("title", "There, but not chosen", "body", "<p>b</p>")));

        assertThat(rejected.reason()).isEqualTo("missing title");
    }

    // --- tags ---------------------------------------------------------------------------------------

    @Test
    void categoriesAreRenamedMergedAndDroppedIgnoringCase() {
        Mapping mapping = Mapping.of(List.of(rule(RENAME_TAG, "JavaScript", "js"), rule(RENAME_TAG, "ECMAScript", "js"),
                rule(DROP_TAG, "Uncategorized", ""), rule(RENAME_TAG, "Jakarta EE", "jakartaee")));

        List<String> tags = mapping.tags(List.of("javascript", "ECMASCRIPT", "uncategorized", "UNCATEGORIZED",
                "jakarta ee", "Payara", " ", ""));

        assertThat(tags).containsExactly("Payara", "jakartaee", "js");
    }

    @Test
    void defaultTagsAreAddedToEveryItemOnce() {
        Mapping mapping = Mapping.of(List.of(rule(DEFAULT_TAG, "", "imported"), rule(DEFAULT_TAG, "", "imported"),
                rule(DEFAULT_TAG, "", "gazette")));

        assertThat(mapping.apply(item(Map.of("title", "T", "body", "b"))).tags()).containsExactly("gazette", "imported");
        assertThat(mapping.tags(List.of("imported", "news"))).containsExactly("gazette", "imported", "news");
    }

    @Test
    void categoriesTooLongOrTooManyAreCutRatherThanRejectingTheItem() {
        List<String> many = java.util.stream.IntStream.rangeClosed(1, Article.TAGS_MAX + 5)
                .mapToObj(i -> "tag" + i).toList();

        assertThat(DEFAULTS.tags(many)).hasSize(Article.TAGS_MAX);
        assertThat(DEFAULTS.tags(List.of("x".repeat(Article.TAG_MAX + 10)))).containsExactly("x".repeat(Article.TAG_MAX));
    }

    // --- MAX_BODY -----------------------------------------------------------------------------------

    @Test
    void maxBodyCutsTheBodyAndTheResultIsStillWellFormed() {
        Mapping mapping = Mapping.of(List.of(rule(MAX_BODY, "", "40")));

        MappedItem mapped = mapping.apply(item(Map.of("title", "T",
                "body", "<p>" + "abcdefghij".repeat(10) + "</p>")));

        assertThat(mapping.maxBody()).isEqualTo(40);
        assertThat(mapped.body()).startsWith("<p>abcdefghij").endsWith("</p>").hasSizeLessThanOrEqualTo(40);
    }

    @Test
    void maxBodyHoldsEvenWhenCleaningAddsToTheHtml() {
        // Cleaning adds rel="nofollow noopener" to each link, so a body cut to the limit can grow past it.
        Mapping mapping = Mapping.of(List.of(rule(MAX_BODY, "", "120")));
        String links = "<a href=\"https://example.org/a\">a</a> ".repeat(10);

        MappedItem mapped = mapping.apply(item(Map.of("title", "T", "body", links)));

        assertThat(mapped.body()).hasSizeLessThanOrEqualTo(120).contains("https://example.org/a");
    }

    @Test
    void withoutAMaxBodyRuleTheArticleLimitApplies() {
        assertThat(DEFAULTS.maxBody()).isEqualTo(Article.BODY_MAX);
        MappedItem mapped = DEFAULTS.apply(item(Map.of("title", "T", "body", "x".repeat(Article.BODY_MAX + 10))));
        assertThat(mapped.body()).hasSize(Article.BODY_MAX);
    }

    // --- invalid rule sets --------------------------------------------------------------------------

    @Test
    void aRuleSetWithProblemsIsRefusedNamingEveryProblem() {
        Refusal refusal = refusal(List.of(
                rule(RENAME_TAG, "", "x"),
                rule(RENAME_TAG, "java", ""),
                rule(RENAME_TAG, "Go", "golang"),
                rule(RENAME_TAG, "go", "go-lang"),
                rule(DROP_TAG, " ", ""),
                rule(DEFAULT_TAG, "", "t".repeat(Article.TAG_MAX + 1)),
                rule(FIELD, "author", "creator"),
                rule(FIELD, "title", "bad field name!"),
                rule(FIELD, "body", "content"),
                rule(FIELD, "body", "content_html"),
                rule(MAX_BODY, "", "lots"),
                rule(MAX_BODY, "", "0")));

        assertThat(refusal.messages()).containsExactly(
                "RENAME_TAG needs a category and a tag of 1 to 40 characters, got '' → 'x'",
                "RENAME_TAG needs a category and a tag of 1 to 40 characters, got 'java' → ''",
                "category 'go' is renamed twice, to 'golang' and to 'go-lang'",
                "DROP_TAG needs a category",
                "DEFAULT_TAG needs a tag of 1 to 40 characters, got '" + "t".repeat(Article.TAG_MAX + 1) + "'",
                "FIELD 'author' is not an article field (title, description or body)",
                "FIELD title needs a source field name (letters, digits, _ : . -), got 'bad field name!'",
                "FIELD body is given twice",
                "MAX_BODY must be a whole number from 1 to 100000, got 'lots'",
                "MAX_BODY is given twice",
                "MAX_BODY must be a whole number from 1 to 100000, got '0'");
    }

    @Test
    void aCategoryBothRenamedAndDroppedIsRefused() {
        Refusal refusal = refusal(List.of(rule(RENAME_TAG, "News", "news"), rule(DROP_TAG, "NEWS", "")));

        assertThat(refusal.messages()).containsExactly("category 'news' is both renamed and dropped");
    }

    @Test
    void theSameRenameTwiceIsNotAContradiction() {
        Mapping mapping = Mapping.of(List.of(rule(RENAME_TAG, "Go", "golang"), rule(RENAME_TAG, "GO", "golang")));

        assertThat(mapping.tags(List.of("go"))).containsExactly("golang");
    }

    @Test
    void aMaxBodyAboveTheArticleLimitIsRefused() {
        Refusal refusal = refusal(List.of(rule(MAX_BODY, "", String.valueOf(Article.BODY_MAX + 1))));

        assertThat(refusal.messages()).singleElement().asString().startsWith("MAX_BODY must be a whole number");
    }

    @Test
    void aSourceRefusesAnInvalidRuleSetAndKeepsItsRules() {
        FeedSource source = new FeedSource("Gazette", "https://gazette.example.org/feed.xml", 1, true,
                Duration.ofMinutes(15), 10);
        source.rules(List.of(rule(DEFAULT_TAG, "", "gazette")));

        Refusal refusal = catchThrowableOfType(Refusal.class,
                () -> source.rules(List.of(rule(FIELD, "summary", "teaser"))));

        assertThat(refusal.messages()).containsExactly(
                "FIELD 'summary' is not an article field (title, description or body)");
        assertThat(source.rules()).extracting(MappingRule::value).containsExactly("gazette");
    }

    // --- sanitising ---------------------------------------------------------------------------------

    @Test
    void cleaningRemovesScriptsEventHandlersAndJavascriptLinks() {
        String clean = Mapping.clean("<p onclick=\"steal()\">Hi<script>alert('x')</script></p>"
                + "<img src=\"https://example.org/a.png\" onerror=\"alert(1)\">"
                + "<a href=\"javascript:alert(2)\">js</a><a href=\"JaVaScRiPt:alert(3)\">js2</a>"
                + "<iframe src=\"https://evil.example\"></iframe><style>body{}</style>"
                + "<a href=\"data:text/html;base64,PHNjcmlwdD4=\">data</a>");

        assertThat(clean.toLowerCase()).doesNotContain("script").doesNotContain("onclick").doesNotContain("onerror")
                .doesNotContain("javascript:").doesNotContain("alert").doesNotContain("iframe")
                .doesNotContain("style").doesNotContain("data:");
        assertThat(clean).startsWith("<p>Hi</p>");
        Element image = Jsoup.parseBodyFragment(clean).selectFirst("img");
        assertThat(image).isNotNull();
        assertThat(image.attributes().asList()).extracting(Attribute::getKey).containsExactly("src");
        assertThat(image.attr("src")).isEqualTo("https://example.org/a.png");
    }

    @Test
    void cleaningSeesThroughEncodedAndSpacedSchemes() {
        String clean = Mapping.clean("<a href=\"&#106;avascript:alert(1)\">entity</a>"
                + "<a href=\"java&#x09;script:alert(2)\">tab</a><a href=\"jav&#x0A;ascript:alert(3)\">newline</a>"
                + "<a href=\"&#x6A;&#x61;&#x76;&#x61;&#x73;&#x63;&#x72;&#x69;&#x70;&#x74;&#x3A;alert(4)\">hex</a>"
                + "<img src=\"javascript:alert(5)\"><a href=\"HTTPS://example.org/up\">upper</a>");

        assertThat(clean.toLowerCase()).doesNotContain("script").doesNotContain("alert").doesNotContain("<img");
        assertThat(Jsoup.parseBodyFragment(clean).select("a")).extracting(link -> link.attr("href"))
                .containsExactly("HTTPS://example.org/up");
    }

    @Test
    void cleaningKeepsSafeFormattingAndHttpLinksMarkedNofollow() {
        String clean = Mapping.clean("<h2>Head</h2><p><b>bold</b> <strong>strong</strong> <em>em</em> <i>i</i>"
                + " <code>code</code></p><ul><li>one</li></ul><blockquote>quote</blockquote><pre>pre</pre>"
                + "<a href=\"https://example.org/x\">https</a><a href=\"http://example.org/y\" rel=\"me\">http</a>"
                + "<a href=\"mailto:a@example.org\">mail</a>");

        assertThat(clean).startsWith("<h2>Head</h2><p><b>bold</b> <strong>strong</strong> <em>em</em> <i>i</i>"
                + " <code>code</code></p><ul><li>one</li></ul><blockquote>quote</blockquote><pre>pre</pre>");
        Document document = Jsoup.parseBodyFragment(clean);
        assertThat(document.select("a")).extracting(link -> link.attr("href"))
                .containsExactly("https://example.org/x", "http://example.org/y", "mailto:a@example.org");
        for (Element link : document.select("a")) {
            assertThat(link.attr("rel")).as("rel of " + link.attr("href")).contains("nofollow");
        }
    }

    @Test
    void onlyHttpHttpsAndMailtoLinksSurvive() {
        String clean = Mapping.clean("<a href=\"ftp://files.example.org/x\">ftp</a><a href=\"/relative\">rel</a>"
                + "<a href=\"file:///etc/passwd\">file</a><img src=\"ftp://files.example.org/a.png\">");

        // the text of a link whose address is dropped stays, as text
        assertThat(clean).doesNotContain("ftp:").doesNotContain("/relative").doesNotContain("file:")
                .doesNotContain("<a").doesNotContain("<img").isEqualTo("ftprelfile");
    }

    @Test
    void aMappedRssItemCarriesNoActiveContent() {
        MappedItem mapped = DEFAULTS.apply(item(Map.of("title", "<b>Bold</b> title<script>alert(1)</script>",
                "description", "<p onclick=\"x()\">Teaser</p>",
                "body", "<p>Safe</p><script>alert(1)</script><a href=\"javascript:alert(2)\">x</a>")));

        assertThat(mapped.title()).isEqualTo("Bold title");
        assertThat(mapped.description()).isEqualTo("Teaser");
        assertThat(mapped.body()).doesNotContain("script").doesNotContain("javascript").startsWith("<p>Safe</p>");
    }

    // --- rejections ---------------------------------------------------------------------------------

    @Test
    void itemsWithoutTitleIdOrBodyAreRejectedWithTheReasonAndPosition() {
        RejectedItem noTitle = rejection(DEFAULTS, item(Map.of("title", "   ", "body", "<p>b</p>")));
        RejectedItem htmlOnlyTitle = rejection(DEFAULTS, item(Map.of("title", "<script>x()</script>", "body", "b")));
        RejectedItem noBody = rejection(DEFAULTS, item(Map.of("title", "T", "link", "https://example.org")));
        RejectedItem emptyBody = rejection(DEFAULTS, item(Map.of("title", "T", "body", "<script>alert(1)</script>")));
        RejectedItem noId = rejection(DEFAULTS, new RawItem(3, " ", Map.of("title", "T", "body", "b"), List.of(), null,
                "raw 3"));
        RejectedItem longId = rejection(DEFAULTS, new RawItem(4, "i".repeat(501), Map.of("title", "T", "body", "b"),
                List.of(), null, "raw 4"));

        assertThat(noTitle.reason()).isEqualTo("missing title");
        assertThat(htmlOnlyTitle.reason()).isEqualTo("missing title");
        assertThat(noBody.reason()).isEqualTo("missing body");
        assertThat(emptyBody.reason()).isEqualTo("body is empty once cleaned");
        assertThat(noId.reason()).isEqualTo("missing item id");
        assertThat(longId.reason()).isEqualTo("item id is longer than 500 characters");
        assertThat(List.of(noTitle, noBody, emptyBody)).allSatisfy(rejected -> {
            assertThat(rejected.position()).isEqualTo(7);
            assertThat(rejected.excerpt()).isEqualTo("raw item 7");
        });
        assertThat(noId.position()).isEqualTo(3);
    }

    @Test
    void aRejectKeepsOnlyAnExcerptOfALongRawItem() {
        RejectedItem rejected = rejection(DEFAULTS, new RawItem(1, "x", new HashMap<>(), List.of(), null,
                "r".repeat(5_000)));

        assertThat(rejected.excerpt()).hasSize(RejectedItem.EXCERPT_MAX + 1).endsWith("…");
    }

    @Test
    void whiteSpaceRunsBecomeOneSpaceAsTheRegularExpressionSaysForAnyText() {
        Random random = new Random(11);
        String chars = "ab \t\n\u000B\f\r\u00A0é";
        for (int n = 0; n < 20_000; n++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(40);
            for (int i = 0; i < length; i++) {
                text.append(chars.charAt(random.nextInt(chars.length())));
            }
            assertThat(Mapping.oneLine(text.toString())).as("'%s'", text).isEqualTo(text.toString().replaceAll("\\s+", " "));
        }
        assertThat(Mapping.text("  Two\t\tlines\n here  ")).isEqualTo("Two lines here");
    }
}
