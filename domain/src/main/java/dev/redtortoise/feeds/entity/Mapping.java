package dev.redtortoise.feeds.entity;

import dev.redtortoise.articles.entity.Article;
import dev.redtortoise.platform.errors.Refusal;
import org.jsoup.Jsoup;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * A source's mapping rules, checked as a whole, and their application to one item: which source fields
 * give the article's title, description and body; categories renamed, merged or dropped; default tags; a
 * maximum body length. HTML is cleaned to a safe subset (no script, no event handlers, only http, https and
 * mailto links); titles and descriptions are plain text.
 */
public final class Mapping {

    public static final Set<String> ARTICLE_FIELDS = Set.of("title", "description", "body");
    static final Pattern SOURCE_FIELD = Pattern.compile("[A-Za-z_][A-Za-z0-9_:.-]{0,39}");
    static final int DESCRIPTION_FROM_BODY = 200;

    /** Where each article field comes from when no FIELD rule says otherwise: the first one given. */
    static final Map<String, List<String>> DEFAULT_FIELDS = Map.of(
            "title", List.of("title"),
            "description", List.of("description", "summary"),
            "body", List.of("body", "content", "content_html", "content_text", "description", "summary"));

    private static final Pattern LINK_URL = Pattern.compile("(?i)(https?|mailto):.*", Pattern.DOTALL);
    private static final Pattern WEB_URL = Pattern.compile("(?i)https?:.*", Pattern.DOTALL);

    /**
     * The elements and attributes of jsoup's relaxed safelist, through the OWASP sanitiser (a streaming
     * one: it cleaned the bench's bodies in half jsoup's time, which was half the import's CPU). Links
     * only over http, https and mailto, images and quote sources only over http(s): relative URLs mean
     * nothing away from their source and are dropped too; links get rel="nofollow noopener".
     */
    private static final PolicyFactory SAFE_HTML = new HtmlPolicyBuilder()
            .allowElements("a", "b", "blockquote", "br", "caption", "cite", "code", "col", "colgroup", "dd", "div",
                    "dl", "dt", "em", "h1", "h2", "h3", "h4", "h5", "h6", "i", "img", "li", "ol", "p", "pre", "q",
                    "small", "span", "strike", "strong", "sub", "sup", "table", "tbody", "td", "tfoot", "th", "thead",
                    "tr", "u", "ul")
            .allowUrlProtocols("http", "https", "mailto")
            .allowAttributes("href").matching(LINK_URL).onElements("a")
            .allowAttributes("src").matching(WEB_URL).onElements("img")
            .allowAttributes("cite").matching(WEB_URL).onElements("blockquote", "q")
            .allowAttributes("title").onElements("a", "img")
            .allowAttributes("align", "alt", "height", "width").onElements("img")
            .allowAttributes("span", "width").onElements("col", "colgroup")
            .allowAttributes("start", "type").onElements("ol")
            .allowAttributes("type").onElements("ul")
            .allowAttributes("summary", "width").onElements("table")
            .allowAttributes("abbr", "axis", "colspan", "rowspan", "width").onElements("td", "th")
            .allowAttributes("scope").onElements("th")
            .requireRelsOnLinks("nofollow", "noopener")
            .toFactory();

    private final Map<String, String> renames = new HashMap<>();
    private final Set<String> drops = new TreeSet<>();
    private final Set<String> defaults = new TreeSet<>();
    private final Map<String, String> fields = new HashMap<>();
    private int maxBody = Article.BODY_MAX;

    private Mapping() {
    }

    /** The rules as one mapping; refuses (naming each problem) rules that contradict or make no sense. */
    public static Mapping of(List<MappingRule> rules) {
        Mapping mapping = new Mapping();
        List<String> problems = new ArrayList<>();
        boolean maxBodySet = false;
        for (MappingRule rule : rules) {
            String match = rule.match();
            String value = rule.value();
            String key = match.toLowerCase(Locale.ROOT);
            switch (rule.kind()) {
                case RENAME_TAG -> {
                    if (match.isEmpty() || badTag(value)) {
                        problems.add("RENAME_TAG needs a category and a tag of 1 to " + Article.TAG_MAX
                                + " characters, got '" + match + "' → '" + value + "'");
                    } else if (mapping.renames.containsKey(key) && !mapping.renames.get(key).equals(value)) {
                        problems.add("category '" + match + "' is renamed twice, to '" + mapping.renames.get(key)
                                + "' and to '" + value + "'");
                    } else {
                        mapping.renames.put(key, value);
                    }
                }
                case DROP_TAG -> {
                    if (match.isEmpty()) {
                        problems.add("DROP_TAG needs a category");
                    } else {
                        mapping.drops.add(key);
                    }
                }
                case DEFAULT_TAG -> {
                    if (badTag(value)) {
                        problems.add("DEFAULT_TAG needs a tag of 1 to " + Article.TAG_MAX + " characters, got '"
                                + value + "'");
                    } else {
                        mapping.defaults.add(value);
                    }
                }
                case FIELD -> {
                    if (!ARTICLE_FIELDS.contains(match)) {
                        problems.add("FIELD '" + match + "' is not an article field (title, description or body)");
                    } else if (!SOURCE_FIELD.matcher(value).matches()) {
                        problems.add("FIELD " + match + " needs a source field name (letters, digits, _ : . -),"
                                + " got '" + value + "'");
                    } else if (mapping.fields.containsKey(match)) {
                        problems.add("FIELD " + match + " is given twice");
                    } else {
                        mapping.fields.put(match, value);
                    }
                }
                case MAX_BODY -> {
                    if (maxBodySet) {
                        problems.add("MAX_BODY is given twice");
                    }
                    maxBodySet = true;
                    try {
                        mapping.maxBody = Integer.parseInt(value);
                    } catch (NumberFormatException e) {
                        mapping.maxBody = 0;
                    }
                    if (mapping.maxBody < 1 || mapping.maxBody > Article.BODY_MAX) {
                        problems.add("MAX_BODY must be a whole number from 1 to " + Article.BODY_MAX + ", got '"
                                + value + "'");
                    }
                }
            }
        }
        mapping.drops.stream().filter(mapping.renames::containsKey)
                .forEach(category -> problems.add("category '" + category + "' is both renamed and dropped"));
        if (!problems.isEmpty()) {
            throw Refusal.invalid(problems);
        }
        return mapping;
    }

    private static boolean badTag(String tag) {
        return tag.isBlank() || tag.length() > Article.TAG_MAX;
    }

    /** The article this item becomes, or a {@link RejectedItem} saying why it cannot become one. */
    public MappedItem apply(RawItem item) {
        String raw = item.raw();
        if (item.itemId() == null || item.itemId().isBlank()) {
            throw new RejectedItem(item.position(), "missing item id", raw);
        }
        if (item.itemId().length() > 500) {
            throw new RejectedItem(item.position(), "item id is longer than 500 characters", raw);
        }
        String title = oneLine(text(field(item, "title")));
        if (title == null || title.isBlank()) {
            throw new RejectedItem(item.position(), "missing title", raw);
        }
        if (title.length() > Article.TITLE_MAX) {
            title = title.substring(0, Article.TITLE_MAX).trim();
        }
        String html = field(item, "body");
        if (html == null) {
            throw new RejectedItem(item.position(), "missing body", raw);
        }
        int cut = Math.min(html.length(), maxBody);
        String body = clean(html.substring(0, cut));
        // Cleaning can lengthen what it keeps (closing tags, rel on links, escaped characters): cut the
        // source shorter, in proportion, until the cleaned body fits.
        while (body.length() > maxBody) {
            cut = Math.min(cut - 1, (int) ((long) cut * maxBody / body.length()));
            body = clean(html.substring(0, cut));
        }
        if (body.isBlank()) {
            throw new RejectedItem(item.position(), "body is empty once cleaned", raw);
        }
        String description = text(field(item, "description"));
        if (description == null || description.isBlank()) {
            String bodyText = text(body);
            description = bodyText.length() > DESCRIPTION_FROM_BODY
                    ? bodyText.substring(0, DESCRIPTION_FROM_BODY).trim() + "…" : bodyText;
        }
        if (description.length() > Article.DESCRIPTION_MAX) {
            description = description.substring(0, Article.DESCRIPTION_MAX).trim();
        }
        return new MappedItem(item.itemId(), title, description.isBlank() ? title : description, body,
                tags(item.categories()), item.publishedAt());
    }

    private String field(RawItem item, String articleField) {
        String chosen = fields.get(articleField);
        if (chosen != null) {
            return item.field(chosen);
        }
        for (String name : DEFAULT_FIELDS.get(articleField)) {
            String value = item.field(name);
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    List<String> tags(List<String> categories) {
        Set<String> tags = new LinkedHashSet<>();
        for (String category : categories) {
            String name = category == null ? "" : category.trim();
            String key = name.toLowerCase(Locale.ROOT);
            if (name.isEmpty() || drops.contains(key)) {
                continue;
            }
            String tag = renames.getOrDefault(key, name);
            tags.add(tag.length() > Article.TAG_MAX ? tag.substring(0, Article.TAG_MAX).trim() : tag);
        }
        tags.addAll(defaults);
        return Article.tags(tags.stream().limit(Article.TAGS_MAX).toList());
    }

    /** HTML cut down to a safe subset; links and images only over http(s), links marked nofollow. */
    public static String clean(String html) {
        return SAFE_HTML.sanitize(html).trim();
    }

    /** The text of some HTML, white space collapsed; text without markup or entities needs no parser. */
    static String text(String html) {
        if (html == null) {
            return null;
        }
        if (html.indexOf('<') < 0 && html.indexOf('&') < 0) {
            return oneLine(html.strip());
        }
        return Jsoup.parse(html).text().trim();
    }

    /** Each run of white space (what the regular expression {@code \s} matches) as one space. */
    static String oneLine(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder line = new StringBuilder(text.length());
        boolean space = false;
        boolean changed = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r') {
                changed |= space || c != ' ';
                if (!space) {
                    line.append(' ');
                }
                space = true;
            } else {
                line.append(c);
                space = false;
            }
        }
        return changed ? line.toString() : text;
    }

    public int maxBody() {
        return maxBody;
    }
}
