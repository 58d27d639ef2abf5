package newsflow.core.page;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;
import org.jsoup.select.NodeTraversor;

/**
 * Turns an HTML page into the markdown-like text the splitter reads: headings as {@code #} lines, each block on its
 * own paragraph, a figure's caption as a markdown image line {@code ![caption](src)}, and site furniture (navigation,
 * ads, share buttons, related links, comments, footers) left out.
 *
 * <p>Two page shapes are told apart. A news site's article page: the element holding the most paragraph text is the
 * article body, and the article is its nearest ancestor that also holds the page's headline ({@code h1}); the rest
 * of the page (menus, teasers, footer) is dropped. An e-paper page: several article blocks ({@code <article>} or an
 * element whose class names an article or story), each with its own heading and text, written one after the other
 * with the page's own furniture lines (date, page label) kept for the splitter to read and drop.
 *
 * <p>Furniture is known by tag ({@code nav}, {@code aside}, {@code footer}, forms, scripts) and by the words in class
 * and id names ({@code share}, {@code ad}, {@code related}, {@code comments}, {@code breadcrumb}, …), matched as
 * whole words of the name so that "headline" or "shadow" do not count as an ad. Stateless and thread-safe.
 */
public final class HtmlToText {
    private static final String ALWAYS_OUT = "script, style, noscript, template, iframe, svg, canvas, form, button, "
            + "select, input, nav, aside, [role=navigation], [role=banner], [role=contentinfo], [aria-hidden=true], [hidden]";
    /** Words of class or id names that mark site furniture. */
    private static final Set<String> FURNITURE_WORDS = Set.of("nav", "navbar", "navigation", "menu", "breadcrumb",
            "breadcrumbs", "crumbs", "position", "share", "sharing", "social", "sns", "ad", "ads", "advert", "adv",
            "advertisement", "advertising", "sponsor", "sponsored", "promo", "banner", "related", "recommend",
            "recommended", "more", "comment", "comments", "newsletter", "signup", "subscribe", "subscription", "paywall",
            "tags", "tag", "keywords", "hot", "rank", "ranking", "popular", "trending", "toolbar", "footer", "copyright",
            "sidebar", "widget", "cookie", "cookies", "consent", "login", "topbar", "masthead");
    /** Words of class names that mark a story block on an e-paper page. */
    private static final Set<String> ARTICLE_WORDS = Set.of("article", "story", "news-item", "newsitem", "item-article");
    /** Words of class names that mark a head element set as a plain block: kicker above, deck under the headline. */
    private static final Set<String> HEAD_WORDS = Set.of("kicker", "eyebrow", "overline", "yinti", "dek", "deck",
            "standfirst", "subtitle", "subhead", "subheadline", "strapline", "fubiaoti", "futi", "subtitles");
    /** Words of class names of metadata shown inline (byline, source, time), each written on a line of its own. */
    private static final Set<String> META_WORDS = Set.of("byline", "author", "authors", "writer", "reporter", "source",
            "time", "date", "pubtime", "publish", "published", "dateline");
    private static final Set<String> BLOCK_TAGS = Set.of("p", "div", "section", "article", "main", "header", "li",
            "ul", "ol", "dl", "dt", "dd", "table", "tbody", "thead", "tr", "td", "th", "blockquote", "pre", "figure",
            "figcaption", "h1", "h2", "h3", "h4", "h5", "h6", "address", "center", "br", "hr", "body");
    private static final Pattern WORD_SPLIT = Pattern.compile("[\\s_]+|(?<=[a-z])-(?=[a-z])");
    /** A block of an e-paper page is a story when it holds this much text beside its heading. */
    private static final int MIN_STORY_TEXT = 10;
    private static final int MAX_HEAD_BLOCK = 200;

    /**
     * Elements nested deeper than this are unwrapped (their content kept, the element dropped). Real pages nest a few
     * dozen levels; the page analysis below looks at each element's subtree, which a hostile page nested 100,000
     * levels deep would turn quadratic.
     */
    public static final int MAX_DEPTH = 256;

    public String convert(String html) {
        return text(Jsoup.parse(html == null ? "" : html));
    }

    /** The text of a parsed page; the document is changed (furniture removed). */
    String text(Document doc) {
        Element body = cleaned(doc);
        List<Element> stories = storyBlocks(body);
        return markdown(stories.size() >= 2 ? body : stories.size() == 1 ? stories.get(0) : articleRoot(body));
    }

    /** A block set apart as a head: a kicker above the headline or a deck under it, by its class name. */
    static boolean isHeadBlock(Element e) {
        return hasWord(e, HEAD_WORDS) && !e.text().isBlank() && e.text().length() <= MAX_HEAD_BLOCK;
    }

    /**
     * Whether a parsed page is an e-paper page of several stories: at least two blocks, each with a heading and text
     * of its own and at least a quarter of the text of the longest. A blog or site page whose post comes with short
     * teaser cards of other posts is one article's page.
     */
    boolean holdsSeveralStories(Document doc) {
        List<Element> blocks = storyBlocks(cleaned(doc.clone()));
        int longest = blocks.stream().mapToInt(HtmlToText::paragraphText).max().orElse(0);
        return blocks.stream().filter(b -> paragraphText(b) * 4 >= longest).count() >= 2;
    }

    /** Leaves out of a page what never is story text: scripts, forms, navigation, hidden elements, site furniture. */
    private static Element cleaned(Document doc) {
        doc.select(ALWAYS_OUT).remove();
        Element body = doc.body();
        flattenBelow(body, MAX_DEPTH);
        removeFurniture(body);
        return body;
    }

    /** An element's blocks as the splitter reads them: {@code #} headings, figure lines, one paragraph each. */
    static String markdown(Element root) {
        StringBuilder out = new StringBuilder();
        write(root, out);
        return out.toString().replaceAll("\n{3,}", "\n\n").strip();
    }

    /** Unwraps every element more than {@code maxDepth} levels below {@code root}, keeping its text in place. */
    static void flattenBelow(Element root, int maxDepth) {
        List<Element> deep = new ArrayList<>();
        NodeTraversor.traverse((node, depth) -> {          // iterative: no stack overflow however deep the page
            if (depth > maxDepth && node instanceof Element e) {
                deep.add(e);
            }
        }, root);
        deep.forEach(Element::unwrap);                     // outermost first: each moves its children up one level
    }

    /** The article blocks of an e-paper page: not nested in one another, each with a heading and text of its own. */
    private static List<Element> storyBlocks(Element body) {
        List<Element> blocks = new ArrayList<>();
        for (Element e : body.getAllElements()) {
            boolean named = e.tagName().equals("article") || hasWord(e, ARTICLE_WORDS);
            if (!named || e == body || isFurniture(e) || e.select("h1, h2, h3, h4").isEmpty()) {
                continue;
            }
            if (paragraphText(e) < MIN_STORY_TEXT) {
                continue;
            }
            if (blocks.stream().anyMatch(b -> e.parents().contains(b))) {
                continue; // inside a block already taken: "article-body" within "article"
            }
            blocks.add(e);
        }
        if (blocks.size() >= 2) {
            // a site page with teaser cards: one block holds the page's headline and most of the text
            Elements h1 = body.select("h1");
            if (h1.size() == 1) {
                int total = blocks.stream().mapToInt(HtmlToText::paragraphText).sum();
                for (Element b : blocks) {
                    if (b.select("h1").size() == 1 && paragraphText(b) * 2 >= total) {
                        return List.of(b);
                    }
                }
            }
        }
        return blocks;
    }

    /** A site's article page: the ancestor of the richest text container that also holds the headline. */
    private static Element articleRoot(Element body) {
        Element best = null;
        int bestText = 0;
        for (Element e : body.getAllElements()) {
            if (isFurniture(e)) {
                continue;
            }
            int text = 0;
            for (Element child : e.children()) {
                if (child.tagName().equals("p") || child.tagName().equals("br")) {
                    text += child.text().length();
                }
            }
            for (TextNode t : e.textNodes()) {
                text += t.text().strip().length();
            }
            if (text > bestText) {
                bestText = text;
                best = e;
            }
        }
        if (best == null) {
            return body;
        }
        for (Element e = best; e != null && e != body; e = e.parent()) {
            if (!e.select("h1").isEmpty()) {
                return e;
            }
        }
        return best;
    }

    private static void removeFurniture(Element root) {
        List<Element> out = new ArrayList<>();
        for (Element e : root.getAllElements()) {
            if (e != root && (isFurniture(e) || e.tagName().equals("footer")
                    || e.tagName().equals("header") && e.select("h1, h2, h3").isEmpty())) {
                out.add(e);
            }
        }
        out.forEach(Element::remove);
    }

    private static boolean isFurniture(Element e) {
        return !hasWord(e, HEAD_WORDS) && !hasWord(e, META_WORDS) && hasWord(e, FURNITURE_WORDS);
    }

    static boolean hasWord(Element e, Set<String> words) {
        String names = (e.className() + " " + e.id()).toLowerCase(Locale.ROOT);
        if (names.isBlank()) {
            return false;
        }
        if (words.contains(names.strip())) {
            return true;
        }
        for (String w : WORD_SPLIT.split(names)) {
            if (!w.isEmpty() && words.contains(w)) {
                return true;
            }
        }
        for (String w : names.split("\\s+")) {
            if (words.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** The text an element holds beside its headings. */
    private static int paragraphText(Element e) {
        int n = e.text().length();
        for (Element h : e.select("h1, h2, h3, h4, h5, h6")) {
            n -= h.text().length();
        }
        return n;
    }

    /** Writes an element's blocks, one paragraph each, in document order. */
    private static void write(Element root, StringBuilder out) {
        StringBuilder inline = new StringBuilder();
        walk(root, out, inline);
        flush(out, inline);
    }

    private static void walk(Element e, StringBuilder out, StringBuilder inline) {
        String tag = e.tagName();
        if (tag.matches("h[1-6]")) {
            flush(out, inline);
            heading(out, Math.min(3, tag.charAt(1) - '0'), e.text());
            return;
        }
        if (tag.equals("figure")) {
            flush(out, inline);
            Element caption = e.selectFirst("figcaption");
            Element img = e.selectFirst("img");
            String text = caption != null ? caption.text().strip() : img != null ? img.attr("alt").strip() : "";
            if (!text.isEmpty()) {
                out.append("![").append(text.replace("]", ")")).append("](")
                        .append(img == null ? "" : img.attr("src").replace(")", "")).append(")\n\n");
            }
            return;
        }
        if (isHeadBlock(e)) {
            flush(out, inline);
            heading(out, 3, e.text());
            return;
        }
        boolean block = BLOCK_TAGS.contains(tag) || tag.equals("time") || hasWord(e, META_WORDS);
        if (block) {
            flush(out, inline);
        }
        for (Node child : e.childNodes()) {
            if (child instanceof TextNode t) {
                inline.append(t.text());
            } else if (child instanceof Element c) {
                walk(c, out, inline);
            }
        }
        if (block) {
            flush(out, inline);
        }
    }

    private static void heading(StringBuilder out, int level, String text) {
        String t = text.strip();
        if (!t.isEmpty()) {
            out.append("#".repeat(level)).append(' ').append(t).append("\n\n");
        }
    }

    private static void flush(StringBuilder out, StringBuilder inline) {
        String t = inline.toString().replaceAll("[\\s\\u00A0]+", " ").strip();
        inline.setLength(0);
        if (!t.isEmpty()) {
            out.append(t).append("\n\n");
        }
    }
}
