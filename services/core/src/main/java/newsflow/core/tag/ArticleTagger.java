package newsflow.core.tag;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.collection.trie.bintrie.BinTrie;
import com.hankcs.hanlp.corpus.tag.Nature;
import com.hankcs.hanlp.dictionary.CustomDictionary;
import com.hankcs.hanlp.dictionary.DynamicCustomDictionary;
import com.hankcs.hanlp.dictionary.stopword.CoreStopWordDictionary;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import newsflow.core.text.HanLpT2s;
import newsflow.core.text.HanScript;
import newsflow.model.Topic;

/**
 * Tags one article with its language, keywords, people, places, organisations and IPTC Media Topics.
 *
 * <p><b>Threads.</b> One instance is meant to be shared by all stream threads: it is immutable after construction
 * and {@link #tag} keeps its state on the stack. HanLP's analysis calls are thread-safe once the segmenter is
 * configured (its maintainer's statement: analysis interfaces keep intermediate results on the stack; only the
 * configuration methods mutate), and this class configures its segmenter and its own custom dictionary in the
 * constructor and never again. Construction is costly (it loads HanLP's dictionaries the first time, ~1 s, and the
 * tagger's lexicons): build one at start-up, not per record.
 *
 * <p><b>Chinese.</b> Traditional text is converted to simplified for analysis; entities and keywords come out as
 * the article prints them (traditional for a traditional-script article). Headline and body are segmented once, together, by a Viterbi
 * segmenter with person, place and organisation recognition and the tagger's custom dictionary
 * ({@code tag/custom-dictionary.txt}, kept separate from HanLP's global one). Entities come from that pass through
 * {@link ChineseEntities}' rules; keywords are a TextRank over the pass's content words; topics are scored over its
 * terms by {@link TopicClassifier}.
 *
 * <p><b>English.</b> {@link EnglishAnalyzer}: OpenNLP sentences, tokens and part of speech; keywords are a TextRank over
 * nouns and proper nouns; entities are proper-noun chunks typed by gazetteer and context cues.
 */
public final class ArticleTagger {
    static final int MAX_KEYWORDS = 10;

    private final Segment segment;
    private final DynamicCustomDictionary dictionary;
    private final Set<String> customTerms = new HashSet<>();
    /** The nature our dictionary gives a term, over HanLP's (长三角 is nz in HanLP's core dictionary, a place here). */
    private final Map<String, Nature> customNature = new HashMap<>();
    private final ChineseEntities entities;
    private final TopicClassifier topics;
    private final HeadlineDesk desk;
    private final EnglishAnalyzer english;
    private final Set<String> stopwordsZh;

    public ArticleTagger() {
        // our own dictionary layer over HanLP's default one: HanLP's global CustomDictionary is left untouched
        this.dictionary = new DynamicCustomDictionary(CustomDictionary.DEFAULT.dat, new BinTrie<>(), CustomDictionary.DEFAULT.path);
        for (String line : Resources.lines("custom-dictionary.txt")) {
            String[] p = line.split("\\s+", 2);
            String attr = p.length > 1 ? p[1] : "n 1000";
            dictionary.insert(p[0], attr);
            customTerms.add(p[0]);
            customNature.put(p[0], Nature.create(attr.split("\\s+")[0]));   // created here, once, not per call
        }
        this.segment = HanLP.newSegment()
                .enableNameRecognize(true)
                .enablePlaceRecognize(true)
                .enableOrganizationRecognize(true)
                .enableCustomDictionary(dictionary)
                .enableOffset(true);
        this.entities = new ChineseEntities(dictionary);
        this.topics = new TopicClassifier();
        this.desk = new HeadlineDesk();
        // ours and HanLP's core list in one hash set: HanLP's is a word graph (MDAG), walked a character at a time
        Set<String> stopwords = new HashSet<>(Resources.words("stopwords-zh.txt"));
        stopwords.addAll(CoreStopWordDictionary.dictionary);
        this.stopwordsZh = Set.copyOf(stopwords);
        this.english = new EnglishAnalyzer(Resources.words("stopwords-en.txt"), Resources.words("places.txt"));
        segment.seg("预热");            // load HanLP's lazily built models now, not on the first record
    }

    /**
     * Tags an article; {@code null} texts count as empty. Never throws on odd input; empty text gives {@code und}.
     * A body longer than {@link #MAX_ANALYSED_CHARS} is tagged on its beginning (see there).
     */
    public Tags tag(String headline, String body) {
        String h = headline == null ? "" : headline;
        String b = analysedPart(body == null ? "" : body);
        String language = LanguageDetector.detect(h + "\n" + b);
        return switch (language) {
            case "zh" -> tagChinese(h, b);
            case "en" -> tagEnglish(h, b);
            default -> new Tags("und", List.of(), List.of(), List.of(), List.of(), List.of());
        };
    }

    /**
     * The head an article is tagged on: its headline and the decks under it, which name who and where as the headline
     * does ("华总理会见…" under an archive's headline, "AMERICANS KILLED IN ATTACK ON COLUMBUS").
     */
    public static String headWithDecks(String headline, String subheadline) {
        if (subheadline == null || subheadline.isBlank()) {
            return headline;
        }
        return headline == null || headline.isBlank() ? subheadline : headline + "\n" + subheadline;
    }

    /**
     * How much of a body is analysed. A news article states its subjects early, while segmentation and tagging cost
     * grow faster than the text (a 1 MB line without punctuation took minutes): a longer body is cut at the last
     * paragraph or sentence end before this length.
     */
    static final int MAX_ANALYSED_CHARS = 20_000;

    static String analysedPart(String body) {
        if (body.length() <= MAX_ANALYSED_CHARS) {
            return body;
        }
        String head = body.substring(0, MAX_ANALYSED_CHARS);
        int cut = Math.max(head.lastIndexOf('\n'), Math.max(head.lastIndexOf('。'), head.lastIndexOf(". ")));
        return cut > MAX_ANALYSED_CHARS / 2 ? head.substring(0, cut + 1) : head;
    }

    /** The topics the lexicon knows, in lexicon order. */
    public List<Topic> knownTopics() {
        return topics.allTopics();
    }

    // ------------------------------------------------------------------------------------------------ Chinese

    private Tags tagChinese(String headline, String body) {
        String h = simplified(headline);
        String b = simplified(body);
        String text = h + "\n" + b;
        List<Term> terms = segment.seg(text);
        for (Term t : terms) {
            Nature n = customNature.get(t.word);
            if (n != null) {
                t.nature = n;
            }
        }
        int headlineEnd = h.length();

        ChineseEntities.Result found = entities.extract(terms, text);
        Set<String> entityWords = new HashSet<>();
        entityWords.addAll(found.people());
        entityWords.addAll(found.places());
        entityWords.addAll(found.organizations());

        List<String> headTerms = new ArrayList<>(), bodyTerms = new ArrayList<>(), content = new ArrayList<>();
        Set<String> inHeadline = new HashSet<>();
        for (Term t : terms) {
            boolean inHead = t.offset < headlineEnd;
            (inHead ? headTerms : bodyTerms).add(t.word);
            if (isKeywordCandidate(t, entityWords, found.rejected())) {
                content.add(t.word);
                if (inHead) {
                    inHeadline.add(t.word);
                }
            }
        }
        List<String> keywords = keywords(content, inHeadline);
        List<Topic> ranked = topics.classify(headTerms, bodyTerms);
        if (b.isBlank()) {
            List<String> named = new ArrayList<>(found.people());
            entities.headlineSubjects(terms).stream().filter(n -> !named.contains(n)).forEach(named::add);
            boolean namesAthlete = named.stream().anyMatch(n -> topics.lists(n, HeadlineDesk.SPORT));
            ranked = desk.file(ranked, terms, named, namesAthlete);   // a headline alone: the desk's topic first (HeadlineDesk)
        }
        // names and keywords as the article prints them: a traditional-script article is tagged in its own script
        String printed = headline + "\n" + body;
        return new Tags("zh", asPrinted(keywords, text, printed), asPrinted(found.people(), text, printed),
                asPrinted(found.places(), text, printed), asPrinted(found.organizations(), text, printed),
                List.copyOf(ranked));
    }

    /**
     * Each word as the original text prints it where the analysed (simplified) text holds it at the same place: the
     * conversion maps character for character, so a span of one is the span of the other. A word found nowhere, or a
     * text whose conversion changed its length, keeps the analysed form.
     */
    private static List<String> asPrinted(List<String> words, String analysed, String printed) {
        if (analysed.equals(printed) || analysed.length() != printed.length()) {
            return words;
        }
        List<String> out = new ArrayList<>(words.size());
        for (String w : words) {
            int at = analysed.indexOf(w);
            String original = at < 0 ? w : printed.substring(at, at + w.length());
            if (!out.contains(original)) {
                out.add(original);
            }
        }
        return List.copyOf(out);
    }

    private boolean isKeywordCandidate(Term t, Set<String> entityWords, Set<String> rejected) {
        String w = t.word;
        if (w.length() < 2 || rejected.contains(w) || stopwordsZh.contains(w)) {
            return false;
        }
        boolean letter = false;
        for (char c : w.toCharArray()) {
            letter |= Character.isLetter(c);
        }
        if (!letter) {
            return false;
        }
        String n = t.nature.toString();
        if (n.startsWith("nr") || n.startsWith("ns") || n.startsWith("nt")) {
            return entityWords.contains(w) || customTerms.contains(w);
        }
        if (customTerms.contains(w)) {
            return true;
        }
        if (!ChineseEntities.allHan(w)) {
            return n.equals("nx") && w.length() >= 2;     // 5G, AI, iPhone
        }
        return (n.startsWith("n") && !n.equals("nnt") && !n.equals("nis") && !n.equals("nx"))
                || n.equals("vn") || n.startsWith("g") || n.equals("j");
    }

    private static List<String> keywords(List<String> content, Set<String> inHeadline) {
        Map<String, Float> rank = TextRank.rank(content);
        Map<String, Float> boosted = new LinkedHashMap<>();
        for (Map.Entry<String, Float> e : rank.entrySet()) {
            boosted.put(e.getKey(), e.getValue() * (inHeadline.contains(e.getKey()) ? 1.5f : 1f));
        }
        return boosted.entrySet().stream()
                .sorted((x, y) -> Float.compare(y.getValue(), x.getValue()))
                .limit(MAX_KEYWORDS)
                .map(Map.Entry::getKey)
                .toList();
    }

    /**
     * Traditional characters: those that HanLP's t2s dictionary maps, on their own, to another character (國, 說).
     * A text holding none is not converted at all. The dictionary's phrase entries are left out on purpose: they
     * rewrite regional vocabulary written with simplified characters (程式 → 程序), which a simplified text keeps.
     */
    private static final BitSet TRADITIONAL = traditionalCharacters();

    private static BitSet traditionalCharacters() {
        BitSet out = new BitSet(Character.MAX_VALUE + 1);
        HanLpT2s.entries().forEach((key, value) -> {
            if (!key.isEmpty() && key.codePointCount(0, key.length()) == 1 && !key.equals(value)) {
                key.chars().forEach(out::set);     // both halves of a surrogate pair: a superset is safe
            }
        });
        return out;
    }

    /** Whether the text holds a traditional character (most Chinese news holds none and is not converted). */
    static boolean holdsTraditional(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (TRADITIONAL.get(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Variant forms HanLP's t2s table leaves as they are, each with its simplified character: 衞 is Hong Kong's form of
     * 衛 (衞生署, 防衞), 敍 of 敘 (敍利亞). Unconverted, the segmenter cuts the words they are in apart.
     */
    private static final String VARIANTS = "衞敍鬭鬪廻槪衹淸靑粧";
    private static final String VARIANTS_SIMPLIFIED = "卫叙斗斗回概只清青妆";

    /** Simplified Chinese for analysis: converted only when the text holds traditional characters. */
    static String simplified(String text) {
        String s = withoutVariants(text);
        if (!holdsTraditional(s)) {
            return s;
        }
        String converted = HanLP.convertToSimplifiedChinese(s);
        if (converted.length() != s.length()) {
            return converted;
        }
        int changed = 0, han = 0;
        for (int i = 0; i < s.length(); i++) {
            if (HanScript.isHan(s.charAt(i))) {
                han++;
                if (s.charAt(i) != converted.charAt(i)) {
                    changed++;
                }
            }
        }
        // simplified text converts to itself but for a rare ambiguous character: keep it as it is
        return changed >= 2 || (changed == 1 && han <= 12) ? converted : s;
    }

    private static String withoutVariants(String s) {
        char[] out = null;
        for (int i = 0; i < s.length(); i++) {
            int at = VARIANTS.indexOf(s.charAt(i));
            if (at >= 0) {
                out = out == null ? s.toCharArray() : out;
                out[i] = VARIANTS_SIMPLIFIED.charAt(at);
            }
        }
        return out == null ? s : new String(out);
    }

    // ------------------------------------------------------------------------------------------------ English

    private Tags tagEnglish(String headline, String body) {
        EnglishAnalyzer.Analysis a = english.analyse(headline, body);
        Set<String> inHeadline = new HashSet<>(a.headlineKeywordCandidates());
        return new Tags("en", keywords(a.keywordCandidates(), inHeadline), a.people(), a.places(), a.organizations(),
                List.copyOf(topics.classify(withBigrams(a.headlineWords()), withBigrams(a.bodyWords()))));
    }

    /** Words and adjacent word pairs, so that lexicon phrases such as "stock market" match. */
    private static List<String> withBigrams(List<String> words) {
        List<String> out = new ArrayList<>(words);
        for (int i = 0; i + 1 < words.size(); i++) {
            out.add(words.get(i) + " " + words.get(i + 1));
        }
        return out;
    }
}
