package newsflow.core.page;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.dankito.readability4j.Article;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * Reads a page of HTML. A site's article page is one article: its body is what Mozilla Readability's algorithm keeps
 * (Readability4J, a port of it: navigation, teasers, related links, comments and footers go nowhere), its head and
 * metadata come from the page's markup ({@link WebMetadata}). An e-paper page of several stories, each a block with
 * a heading and text of its own, and a page Readability finds no article in, are written out as text for the
 * splitter ({@link HtmlToText}). Stateless and thread-safe.
 */
public final class WebArticleReader {

    /** What a page holds: one article, or (article null) the text of a page the splitter cuts into its stories. */
    public record Reading(WebArticle article, String text) {
    }

    /** Resolves the page's relative links; Readability wants a base URI. */
    private static final String NO_URL = "http://localhost/";
    private static final Pattern FIGURE = Pattern.compile("^!\\[([^\\]]*)\\]\\([^)]*\\)$");
    private static final Pattern HEADING = Pattern.compile("^#{1,6} +");
    private static final Pattern WORDS = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final int MAX_FURNITURE_TEXT = 300;
    private static final Pattern TITLE_SEPARATOR = Pattern.compile("\\s(?:\\||-|–|—|::|»|·)\\s");
    private static final Pattern DIGITS = Pattern.compile("\\d{2}.*\\d{2}");
    /** A link that asks for a click, not text: short, ending in a double arrow. */
    private static final Pattern LINK_PROMPT = Pattern.compile("^.{1,30}(?:>>|»|＞＞|》》)$");
    /** What the title tag adds after the headline: a separator, then a site or section name. */
    private static final Pattern SITE_SUFFIX = Pattern.compile("^\\s*(?:[_|\\-–—·:：]|\\s).{1,30}$");
    private static final int MIN_SHOWN_HEADLINE = 6;
    private static final Set<String> TITLE_WORDS = Set.of("title", "tit", "headline", "biaoti");
    private static final Pattern DISCLAIMER = Pattern.compile("^(?:免责)?(?:声明|聲明)[:：]|^disclaimer:", Pattern.CASE_INSENSITIVE);
    private static final int MAX_DISCLAIMER = 200;
    private static final Pattern NOTICE_MARK = Pattern.compile("^[★☆※◎]");
    private static final int MAX_NOTICE_LINE = 40;
    /**
     * Class and id words of blocks that are furniture wherever they stand, even inside an article's text: ads,
     * sign-up and sharing boxes. Readability knows navigation, sidebars and comments by itself.
     */
    private static final Set<String> FURNITURE_WORDS = Set.of("ad", "ads", "advert", "adv", "advertisement",
            "advertising", "sponsor", "sponsored", "promo", "newsletter", "signup", "subscribe", "subscription",
            "paywall", "share", "sharing", "social", "sns", "cookie", "cookies", "consent", "related");

    private final HtmlToText htmlToText = new HtmlToText();

    /** Reads a page of HTML sent from {@code url} (null when unknown). */
    public Reading read(String html, String url) {
        String base = url != null && (url.startsWith("http://") || url.startsWith("https://")) ? url : NO_URL;
        Document doc = Jsoup.parse(html == null ? "" : html, base);
        HtmlToText.flattenBelow(doc, HtmlToText.MAX_DEPTH);     // a hostile page's depth, before any walk over it
        if (htmlToText.holdsSeveralStories(doc)) {
            return new Reading(null, htmlToText.text(doc));
        }
        WebMetadata metadata = WebMetadata.read(doc);
        Document page = doc.clone();
        removeWhatIsNoText(page);
        Element h1 = page.selectFirst("h1");
        Heads heads = takeHeads(page, h1);
        Article found = ReaderView.parse(base, page);
        List<String> paragraphs = new ArrayList<>();
        List<String> captions = new ArrayList<>();
        if (found.getArticleContent() != null) {
            for (String block : HtmlToText.markdown(found.getArticleContent()).split("\n\n")) {
                Matcher figure = FIGURE.matcher(block);
                if (figure.matches()) {
                    captions.add(figure.group(1));
                } else if (!block.isBlank()) {
                    paragraphs.add(HEADING.matcher(block).replaceFirst(""));
                }
            }
        }
        if (paragraphs.isEmpty()) {
            return new Reading(null, htmlToText.text(doc));
        }
        String title = withoutSiteName(metadata.headline() != null ? metadata.headline() : blankToNull(found.getTitle()),
                metadata.publication());
        String headline = h1 != null && sameHead(h1.text(), title) ? h1.text().strip() : shownHeadline(doc, title);
        if (headline != null && squashed(paragraphs.get(0)).equals(squashed(headline))) {
            paragraphs.remove(0);     // the headline Readability kept at the top of the text
        }
        dropClosingNotice(paragraphs);
        if (paragraphs.isEmpty()) {
            return new Reading(null, htmlToText.text(doc));
        }
        String byline = metadata.byline() != null ? metadata.byline() : notADate(blankToNull(found.getByline()));
        return new Reading(new WebArticle(headline, heads.kicker(), heads.deck(), byline, String.join("\n", paragraphs),
                List.copyOf(captions), metadata), null);
    }

    /**
     * The headline as the page shows it, where the title tag adds the site or section after it ("午间公告：…_证券时报网",
     * "…调研工作 东区办事处_中山网"): a heading, or a block whose class names a title, whose text the title starts with,
     * followed by a separator. Otherwise the title as it is.
     */
    static String shownHeadline(Document doc, String title) {
        if (title == null) {
            return null;
        }
        for (Element e : doc.select("h1, h2, h3, [class]")) {
            if (!e.normalName().matches("h[123]") && !HtmlToText.hasWord(e, TITLE_WORDS)) {
                continue;
            }
            String text = e.text().strip();
            if (text.length() >= MIN_SHOWN_HEADLINE && text.length() < title.length() && title.startsWith(text)
                    && SITE_SUFFIX.matcher(title.substring(text.length())).matches()) {
                return text;
            }
        }
        return title;
    }

    /**
     * Drops what a site prints after every article: a disclaimer ("声明：…", "Disclaimer: …"), or a notice of short
     * lines opened by a mark ("★中時電子報關心您：再給自己一次機會" and its hotline numbers).
     */
    static void dropClosingNotice(List<String> paragraphs) {
        if (!paragraphs.isEmpty() && DISCLAIMER.matcher(paragraphs.get(paragraphs.size() - 1)).lookingAt()
                && paragraphs.get(paragraphs.size() - 1).length() <= MAX_DISCLAIMER) {
            paragraphs.remove(paragraphs.size() - 1);
        }
        for (int i = paragraphs.size() - 1; i > 0 && paragraphs.get(i).length() <= MAX_NOTICE_LINE; i--) {
            if (NOTICE_MARK.matcher(paragraphs.get(i)).lookingAt()) {
                paragraphs.subList(i, paragraphs.size()).clear();
                return;
            }
        }
    }

    /** A kicker above the headline and a deck under it, either null. */
    private record Heads(String kicker, String deck) {
    }

    /**
     * Takes out what a reader never sees, navigation and asides (as Readability.js drops them), and short blocks of
     * site furniture inside the article (an ad's label, a sign-up box); a long block keeps its text whatever its class
     * says, since a page's main wrapper may be named anything.
     */
    private static void removeWhatIsNoText(Document page) {
        page.select("script, style, noscript, template, aside, nav, [role=navigation], [role=banner], [role=contentinfo], "
                + "[hidden], [style~=(?i)display\\s*:\\s*none]").remove();
        List<Element> furniture = new ArrayList<>();
        for (Element e : page.body().getAllElements()) {
            if (HtmlToText.hasWord(e, FURNITURE_WORDS) && e.text().length() <= MAX_FURNITURE_TEXT) {
                furniture.add(e);
            }
        }
        furniture.forEach(Element::remove);
        page.select("a").stream().filter(a -> LINK_PROMPT.matcher(a.text().strip()).matches()).toList()
                .forEach(Element::remove);
    }

    /** The blocks set as a kicker or deck by their class names, taken out of the page so that no paragraph repeats them. */
    private static Heads takeHeads(Document page, Element h1) {
        if (h1 == null) {
            return new Heads(null, null);
        }
        Elements all = page.getAllElements();
        int headline = all.indexOf(h1);
        List<Element> heads = new ArrayList<>();
        for (Element e : all) {
            if (HtmlToText.isHeadBlock(e) && e != h1 && !h1.parents().contains(e)
                    && heads.stream().noneMatch(h -> e.parents().contains(h))) {
                heads.add(e);
            }
        }
        String kicker = null;
        String deck = null;
        for (Element head : heads) {
            boolean above = all.indexOf(head) < headline;
            if (above && kicker == null) {
                kicker = head.text().strip();
            } else if (!above && deck == null) {
                deck = head.text().strip();
            }
            head.remove();
        }
        return new Heads(kicker, deck);
    }

    /**
     * Whether the page's h1 is the headline the title tag or metadata names, in full: at least half the words of each
     * are the other's ("Harbor Tunnel Opens to Traffic After Six Years" under "Harbor Tunnel Opens | Bayside Post");
     * a site's logo set as h1 is not.
     */
    static boolean sameHead(String h1, String title) {
        if (h1 == null || h1.isBlank()) {
            return false;
        }
        if (title == null) {
            return true;
        }
        List<String> a = words(h1);
        List<String> b = words(title);
        long shared = a.stream().filter(b::contains).count();
        return !a.isEmpty() && shared * 2 >= a.size() && shared * 2 >= b.size();
    }

    private static List<String> words(String s) {
        List<String> out = new ArrayList<>();
        Matcher m = WORDS.matcher(s.toLowerCase(Locale.ROOT));
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    /** A title without the site's name a page adds after a separator: "Headline | Site", "Headline - Site". */
    static String withoutSiteName(String title, String site) {
        if (title == null || site == null) {
            return title;
        }
        Matcher m = TITLE_SEPARATOR.matcher(title);
        int cut = -1;
        while (m.find()) {
            cut = m.start();
        }
        if (cut <= 0) {
            return title;
        }
        String tail = title.substring(cut).replaceFirst("^\\s*\\S+\\s*", "").strip();
        String name = site.strip();
        boolean named = !tail.isEmpty() && (name.startsWith(tail) || tail.startsWith(name) || tail.contains(name));
        return named ? title.substring(0, cut).strip() : title;
    }

    /** Readability takes a dateline for a byline on some pages ("21.dez.2018 às 10h55"): a name holds no such digits. */
    private static String notADate(String byline) {
        return byline == null || DIGITS.matcher(byline).find() ? null : byline;
    }

    private static String squashed(String s) {
        return s.replaceAll("\\s+", "");
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
