package newsflow.core.page;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import newsflow.model.Json;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * What a web page says of its article in its markup, any field null when it says nothing: headline, authors,
 * publication date (ISO-8601 date), site name, language (primary subtag: {@code en}, {@code zh}) and canonical URL.
 *
 * <p>Read, first source first, from schema.org JSON-LD (an {@code Article} or {@code NewsArticle} object, also inside
 * {@code @graph}), Open Graph and article properties ({@code og:title}, {@code og:site_name}, {@code og:url},
 * {@code article:published_time}), the common {@code <meta name>} tags (author, date, Dublin Core, Parse.ly), then
 * {@code <html lang>} and {@code <link rel=canonical>}. Malformed JSON-LD is skipped, never an error.
 */
public record WebMetadata(String headline, String byline, String published, String publication, String language,
                          String canonicalUrl) {

    static final WebMetadata NONE = new WebMetadata(null, null, null, null, null, null);

    private static final Set<String> ARTICLE_TYPES = Set.of("article", "newsarticle", "reportagenewsarticle",
            "analysisnewsarticle", "opinionnewsarticle", "backgroundnewsarticle", "reviewnewsarticle", "blogposting",
            "liveblogposting", "socialmediaposting", "report", "scholarlyarticle", "techarticle");
    private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
    private static final Pattern LANGUAGE = Pattern.compile("^([A-Za-z]{2,3})(?:[-_].*)?$");
    private static final int MAX_JSON_LD = 1 << 20;
    private static final Pattern WRAPPER = Pattern.compile("^\\s*(?://\\s*)?(?:<!\\[CDATA\\[|<!--)|(?://\\s*)?(?:\\]\\]>|-->)\\s*$");
    private static final int MAX_DATE_TEXT = 60;
    private static final String A_DATE = "(\\d{4}\\s*[-/.年]\\s*\\d{1,2}\\s*[-/.月]\\s*\\d{1,2})";
    private static final Pattern LABELLED_DATE = Pattern.compile(
            "(?:发布日期|发布时间|发表时间|发稿时间|發佈日期|發佈時間|發布時間|刊登日期|出版日期)\\s*[:：]?\\s*" + A_DATE);
    private static final Pattern SOURCE_LINE = Pattern.compile(
            "^\\s*" + A_DATE + "[^。，,]{0,20}?(?:来源|來源|作者|记者|記者|编辑|編輯|稿源)\\s*[:：]");
    private static final int MAX_SOURCE_LINE = 100;
    /** ISO 639 codes, two and three letters, as the JDK knows them. */
    private static final Set<String> LANGUAGES = languages();

    private static Set<String> languages() {
        Set<String> codes = new HashSet<>(Set.of(Locale.getISOLanguages()));
        for (String two : Locale.getISOLanguages()) {
            try {
                codes.add(new Locale(two).getISO3Language());
            } catch (MissingResourceException e) {
                // no three-letter code for it
            }
        }
        return Set.copyOf(codes);
    }

    /** Reads the metadata of a parsed page; the document is not changed. */
    static WebMetadata read(Document doc) {
        JsonNode ld = articleObject(doc);
        Map<String, String> meta = metaTags(doc);
        String headline = first(text(ld, "headline"), text(ld, "name"), meta.get("og:title"),
                meta.get("twitter:title"), meta.get("dc.title"));
        String byline = first(authors(ld == null ? null : ld.get("author")), aName(meta.get("author")),
                aName(meta.get("byline")), aName(meta.get("parsely-author")), aName(meta.get("sailthru.author")),
                aName(meta.get("dc.creator")), aName(notUrl(meta.get("article:author"))));
        String published = first(isoDate(text(ld, "datePublished")), isoDate(meta.get("article:published_time")),
                isoDate(meta.get("og:published_time")), isoDate(meta.get("parsely-pub-date")),
                isoDate(meta.get("pubdate")), isoDate(meta.get("publishdate")), isoDate(meta.get("date")),
                isoDate(meta.get("dc.date")), isoDate(meta.get("dc.date.issued")), isoDate(itemprop(doc, "datePublished")),
                shownDate(doc));
        String publication = first(ld == null ? null : text(ld.get("publisher"), "name"), meta.get("og:site_name"),
                meta.get("application-name"));
        String language = first(language(text(ld, "inLanguage")), language(doc.selectFirst("html") == null ? null
                : doc.selectFirst("html").attr("lang")), language(meta.get("og:locale")),
                language(meta.get("content-language")), language(meta.get("dc.language")));
        Element canonical = doc.selectFirst("link[rel=canonical][href]");
        String url = first(canonical == null ? null : canonical.absUrl("href").isEmpty() ? canonical.attr("href")
                : canonical.absUrl("href"), meta.get("og:url"), ld == null ? null : text(ld, "url"));
        return new WebMetadata(headline, byline, published, publication, language, httpUrl(url));
    }

    /** The first JSON-LD object of an article type on the page, or null. */
    private static JsonNode articleObject(Document doc) {
        for (Element script : doc.select("script[type=application/ld+json]")) {
            // a CMS may wrap the JSON in CDATA or comment markers: "<![CDATA[ {…} ]]>"
            String json = WRAPPER.matcher(script.data()).replaceAll("");
            if (json.length() > MAX_JSON_LD) {
                continue;
            }
            try {
                JsonNode found = findArticle(Json.MAPPER.readTree(json), 0);
                if (found != null) {
                    return found;
                }
            } catch (Exception e) {
                // a page's broken JSON-LD says nothing; the other sources still do
            }
        }
        return null;
    }

    private static JsonNode findArticle(JsonNode node, int depth) {
        if (node == null || depth > 4) {
            return null;
        }
        if (node.isArray()) {
            for (JsonNode n : node) {
                JsonNode found = findArticle(n, depth + 1);
                if (found != null) {
                    return found;
                }
            }
            return null;
        }
        if (!node.isObject()) {
            return null;
        }
        JsonNode type = node.get("@type");
        List<String> types = new ArrayList<>();
        if (type != null && type.isArray()) {
            type.forEach(t -> types.add(t.asText()));
        } else if (type != null) {
            types.add(type.asText());
        }
        if (types.stream().anyMatch(t -> ARTICLE_TYPES.contains(t.toLowerCase(Locale.ROOT)))) {
            return node;
        }
        JsonNode graph = node.get("@graph");
        return graph == null ? findArticle(node.get("mainEntity"), depth + 1) : findArticle(graph, depth + 1);
    }

    /** Author names: a string, an object with a name, or a list of either, joined with commas. */
    private static String authors(JsonNode author) {
        if (author == null || author.isNull()) {
            return null;
        }
        List<String> names = new ArrayList<>();
        for (JsonNode a : author.isArray() ? author : List.of(author)) {
            String name = a.isTextual() ? a.asText() : text(a, "name");
            if (name != null && !name.isBlank() && !names.contains(name.strip()) && notUrl(name) != null) {
                names.add(name.strip());
            }
        }
        return names.isEmpty() ? null : String.join(", ", names);
    }

    private static String text(JsonNode node, String field) {
        if (node == null || !node.isObject()) {
            return null;
        }
        JsonNode v = node.get(field);
        if (v != null && v.isArray() && !v.isEmpty()) {
            v = v.get(0);
        }
        if (v == null || !v.isValueNode()) {
            return null;
        }
        String s = v.asText().strip();
        return s.isEmpty() ? null : s;
    }

    /** The page's {@code <meta>} tags: content by property, name or http-equiv (lower case), the first non-empty one. */
    private static Map<String, String> metaTags(Document doc) {
        Map<String, String> out = new HashMap<>();
        for (Element m : doc.select("meta[content]")) {
            String k = m.hasAttr("property") ? m.attr("property") : m.hasAttr("name") ? m.attr("name") : m.attr("http-equiv");
            String v = m.attr("content").strip();
            if (!k.isEmpty() && !v.isEmpty()) {
                out.putIfAbsent(k.toLowerCase(Locale.ROOT), v);
            }
        }
        return out;
    }

    private static String itemprop(Document doc, String prop) {
        Element e = doc.selectFirst("[itemprop=" + prop + "]");
        if (e == null) {
            return null;
        }
        String v = e.hasAttr("content") ? e.attr("content") : e.hasAttr("datetime") ? e.attr("datetime") : e.text();
        return v.isBlank() ? null : v.strip();
    }

    /**
     * The date the page shows with its article: the first {@code <time datetime>}, else the first element whose class
     * names a date ("time", "date", "pubtime") and whose text holds one ("2024-04-20 08:15", "2024年4月20日").
     */
    private static String shownDate(Document doc) {
        Element time = doc.selectFirst("article time[datetime], main time[datetime], time[datetime]");
        if (time != null && isoDate(time.attr("datetime")) != null) {
            return isoDate(time.attr("datetime"));
        }
        for (Element e : doc.select("[class~=(?i)(^|[-_\\s])(time|date|pubtime|pubdate|publish|published|post-date)($|[-_\\s])]")) {
            String text = e.ownText().length() > 0 ? e.ownText() : e.text();
            if (text.length() <= MAX_DATE_TEXT && isoDate(asIso(text)) != null) {
                return isoDate(asIso(text));
            }
        }
        // a date named as the publishing date ("发布日期：2019-03-06"), or opening the source line under the headline
        // ("2019-09-26 12:11 来源：证券时报网 作者：李在山")
        Matcher labelled = LABELLED_DATE.matcher(doc.body() == null ? "" : doc.body().text());
        if (labelled.find() && isoDate(asIso(labelled.group(1))) != null) {
            return isoDate(asIso(labelled.group(1)));
        }
        for (Element e : doc.select("div, p, span, td")) {
            String text = shortText(e);
            if (text != null && SOURCE_LINE.matcher(text).lookingAt() && isoDate(asIso(text)) != null) {
                return isoDate(asIso(text));
            }
        }
        return null;
    }

    /**
     * An element's text when it is a line's worth ({@link #MAX_SOURCE_LINE}), else null: read no further than that, so
     * that asking it of every block of a page costs no more than reading the page once.
     */
    private static String shortText(Element e) {
        StringBuilder text = new StringBuilder();
        NodeFilter.FilterResult end = NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    text.append(t.text()).append(' ');
                }
                return text.length() > MAX_SOURCE_LINE * 2 ? FilterResult.STOP : FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                return FilterResult.CONTINUE;
            }
        }, e);
        String line = text.toString().replaceAll("\\s+", " ").strip();
        return end == NodeFilter.FilterResult.STOP || line.length() > MAX_SOURCE_LINE ? null : line;
    }

    /** A date written 2019/9/6, 2019.9.6 or 2019年9月6日 as 2019-09-06. */
    private static String asIso(String text) {
        return text.replaceAll("(\\d{4})[/.年]\\s*(\\d{1,2})[/.月]\\s*(\\d{1,2})日?", "$1-$2-$3")
                .replaceAll("-(\\d)(?=\\D|$)", "-0$1");
    }

    static String isoDate(String value) {
        if (value == null) {
            return null;
        }
        Matcher m = ISO_DATE.matcher(value);
        if (!m.find()) {
            return null;
        }
        int month = Integer.parseInt(m.group(2));
        int day = Integer.parseInt(m.group(3));
        return month >= 1 && month <= 12 && day >= 1 && day <= 31 ? m.group() : null;
    }

    static String language(String value) {
        if (value == null) {
            return null;
        }
        Matcher m = LANGUAGE.matcher(value.strip());
        String code = m.matches() ? m.group(1).toLowerCase(Locale.ROOT) : null;
        return code != null && LANGUAGES.contains(code) ? code : null;     // "utf-8" set as a page's language is none
    }

    /** A name holds a letter: a CMS's author number ("104363") is none. */
    private static String aName(String value) {
        return value == null || value.codePoints().noneMatch(Character::isLetter) ? null : value;
    }

    private static String notUrl(String value) {
        return value == null || value.startsWith("http://") || value.startsWith("https://") ? null : value;
    }

    private static String httpUrl(String value) {
        return value != null && (value.startsWith("http://") || value.startsWith("https://")) ? value : null;
    }

    private static String first(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return null;
    }
}
