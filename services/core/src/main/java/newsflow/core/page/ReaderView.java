package newsflow.core.page;

import java.util.List;
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

    /** Commas other than ",", as Readability.js counts them: Arabic, small and vertical forms, and the full-width one. */
    private static final Pattern OTHER_COMMAS = Pattern.compile("[\u060C\uFE50\uFE10\uFE11\u2E41\u2E34\u2E32\uFF0C]");
    /** Readability scores no paragraph shorter than this. */
    private static final int MIN_SCORED_TEXT = 25;

    private ReaderView() {
    }

    /** The article Readability finds in a page; {@code page} is changed. */
    static Article parse(String base, Document page) {
        ReadabilityOptions options = new ReadabilityOptions();
        return new Readability4J(base, page, options, TODAYS_PATTERNS, new Preprocessor(TODAYS_PATTERNS),
                new MetadataParser(TODAYS_PATTERNS), new Grabber(options), new Postprocessor()).parse();
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
