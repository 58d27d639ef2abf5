package newsflow.core.page;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.dankito.readability4j.Article;
import net.dankito.readability4j.Readability4J;
import net.dankito.readability4j.model.ArticleGrabberOptions;
import net.dankito.readability4j.model.ReadabilityObject;
import net.dankito.readability4j.model.ReadabilityOptions;
import net.dankito.readability4j.processor.ArticleGrabber;
import net.dankito.readability4j.processor.MetadataParser;
import net.dankito.readability4j.processor.Postprocessor;
import net.dankito.readability4j.processor.Preprocessor;
import net.dankito.readability4j.util.RegExUtil;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Mozilla Readability's algorithm as Readability4J 1.0.8 ports it, brought up to the rules Readability.js has changed
 * since that port: the class-name patterns of today's Readability.js (ad slots as {@code -ad-}, consent boxes as
 * {@code gdpr}; "content" may hold an article; a "footnote" or "tool" class no longer counts against a block), and a
 * paragraph's commas counted in the scripts that write other commas than ",": the Chinese and Arabic ones, so that
 * a Chinese article's paragraphs weigh what an English one's do.
 */
final class ReaderView {

    private static final RegExUtil TODAYS_PATTERNS = new RegExUtil(
            "-ad-|ai2html|banner|breadcrumbs|combx|comment|community|cover-wrap|disqus|extra|footer|gdpr|header|legends|"
                    + "menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|supplemental|ad-break|"
                    + "agegate|pagination|pager|popup|yom-remote",
            "and|article|body|column|content|main|shadow",
            RegExUtil.PositiveDefaultPattern,
            "-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|footer|gdpr|masthead|media|meta|"
                    + "outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|widget",
            RegExUtil.ExtraneousDefaultPattern,
            RegExUtil.BylineDefaultPattern,
            RegExUtil.ReplaceFontsDefaultPattern,
            RegExUtil.NormalizeDefaultPattern,
            RegExUtil.VideosDefaultPattern,
            RegExUtil.NextLinkDefaultPattern,
            RegExUtil.PrevLinkDefaultPattern,
            RegExUtil.WhitespaceDefaultPattern,
            RegExUtil.HasContentDefaultPattern);

    /** Elements of phrasing content (HTML's inline elements), as Readability.js lists them. */
    private static final Set<String> PHRASING = Set.of("a", "abbr", "audio", "b", "bdo", "br", "button", "cite", "code",
            "data", "datalist", "dfn", "em", "embed", "i", "img", "input", "kbd", "label", "mark", "math", "meter",
            "noscript", "object", "output", "progress", "q", "ruby", "samp", "script", "select", "small", "span", "strong",
            "sub", "sup", "textarea", "time", "var", "wbr", "font", "u", "s", "del", "ins");
    /** Commas other than ",", as Readability.js counts them: Arabic, small and vertical forms, and the full-width one. */
    private static final Pattern OTHER_COMMAS = Pattern.compile("[\u060C\uFE50\uFE10\uFE11\u2E41\u2E34\u2E32\uFF0C]");
    /** Readability scores no paragraph shorter than this. */
    private static final int MIN_SCORED_TEXT = 25;

    private ReaderView() {
    }

    /**
     * Readability takes an article of fewer characters than this for a failure and tries again with its rules off
     * (unlikely blocks kept, classes not weighed), and a page's comment rules and menus come in with the text. 500 is
     * a short English story; a Chinese one says as much in about 200 characters, and many news items are that short.
     */
    private static final int HAN_CHAR_THRESHOLD = 100;

    /** The article Readability finds in a page; {@code page} is changed. */
    static Article parse(String base, Document page) {
        int threshold = mostlyHan(page.body() == null ? "" : page.body().text())
                ? HAN_CHAR_THRESHOLD : ReadabilityOptions.DEFAULT_WORD_THRESHOLD;
        ReadabilityOptions options = new ReadabilityOptions(ReadabilityOptions.DEFAULT_MAX_ELEMS_TO_PARSE,
                ReadabilityOptions.DEFAULT_N_TOP_CANDIDATES, threshold, List.of());
        wrapLooseText(page);
        return new Readability4J(base, page, options, TODAYS_PATTERNS, new Preprocessor(TODAYS_PATTERNS),
                new MetadataParser(TODAYS_PATTERNS), new Grabber(options), new Postprocessor()).parse();
    }

    /**
     * Puts the text a {@code div} holds beside its blocks into paragraphs, as Readability.js does today ("phrasing
     * content into paragraphs"): a story set as bare text in a {@code div} that also holds a block (an empty
     * {@code <p>} will do) is otherwise lost, since the port wraps it in a paragraph its later steps drop.
     */
    static void wrapLooseText(Document page) {
        for (Element div : page.select("div")) {
            List<Node> children = new ArrayList<>(div.childNodes());
            if (children.stream().noneMatch(n -> n instanceof Element e && !PHRASING.contains(e.normalName()))) {
                continue; // a div of phrasing content only is read as a paragraph by the port itself
            }
            List<Node> run = new ArrayList<>();
            for (Node child : children) {
                if (child instanceof TextNode || child instanceof Element e && PHRASING.contains(e.normalName())) {
                    run.add(child);
                } else {
                    wrap(run);
                    run.clear();
                }
            }
            wrap(run);
        }
    }

    private static void wrap(List<Node> run) {
        boolean text = run.stream().anyMatch(n -> n instanceof TextNode t ? !t.isBlank() : !((Element) n).text().isBlank());
        if (!text) {
            return;
        }
        Element p = new Element("p");
        run.get(0).before(p);
        run.forEach(p::appendChild);
    }

    /** Whether most of a text's letters are Han characters. */
    static boolean mostlyHan(String text) {
        int letters = 0;
        int han = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
                    han++;
                }
            }
        }
        return han * 2 > letters;
    }

    /** Readability4J's grabber, scoring the commas it leaves out. */
    private static final class Grabber extends ArticleGrabber {
        Grabber(ReadabilityOptions options) {
            super(options, TODAYS_PATTERNS);
        }

        /**
         * Adds to each scored block's ancestors a point per comma of the other scripts, shared out over the ancestors as
         * Readability shares the rest of a paragraph's score (parent whole, grandparent half, above that a third of the
         * level); the score is a sum, so adding after the port has scored is scoring them in.
         */
        @Override
        protected List<Element> scoreElements(List<? extends Element> elementsToScore, ArticleGrabberOptions options) {
            List<Element> candidates = super.scoreElements(elementsToScore, options);
            for (Element e : elementsToScore) {
                if (e.parentNode() == null) {
                    continue;
                }
                String text = getInnerText(e, getRegEx(), true);
                if (text.length() < MIN_SCORED_TEXT) {
                    continue;
                }
                int commas = 0;
                for (Matcher m = OTHER_COMMAS.matcher(text); m.find(); ) {
                    commas++;
                }
                if (commas == 0) {
                    continue;
                }
                List<Element> ancestors = getNodeAncestors(e, 3);
                for (int level = 0; level < ancestors.size(); level++) {
                    ReadabilityObject score = getReadabilityObject(ancestors.get(level));
                    if (score != null) {
                        score.setContentScore(score.getContentScore() + commas / (double) (level == 0 ? 1 : level == 1 ? 2 : level * 3));
                    }
                }
            }
            return candidates;
        }
    }
}
