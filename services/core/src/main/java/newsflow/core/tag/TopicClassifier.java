package newsflow.core.tag;

import com.hankcs.hanlp.collection.AhoCorasick.AhoCorasickDoubleArrayTrie;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import newsflow.core.text.HanScript;
import newsflow.model.Topic;

/**
 * Scores IPTC Media Topics (top level) from a hand-written lexicon, {@code /tag/topics.txt}.
 *
 * <p>The lexicon has one section per topic, opened by {@code @medtop:NNNNNNNN|label}, then one term a line with an
 * optional weight ({@code 股市 3}; default 1). Terms are Chinese words or lower-case English words or phrases. A term
 * may be listed under several topics, and a topic may be opened again further down. A line {@code ~regex weight} is a
 * cue matched as a regular expression over the text (a match score such as 108-99 for sport).
 *
 * <p>Scoring runs over the terms of the article's one segmentation pass. A term is looked up whole, and so is a run of
 * adjacent Latin-letter and digit terms (a product code the segmenter cut: PS3 → PS + 3); a Chinese term of
 * two or more characters not in the lexicon, and runs of such terms the segmenter cut differently, are searched
 * for the Chinese lexicon words they contain (longest first, not overlapping) at {@value #PART_FACTOR} of their
 * weight, so 基金经理 still counts 基金. Each lexicon term contributes
 * {@code weight × (3 × (headline occurrences + }{@value #LEAD_BONUS}{@code  × lead) + log2(1 + body occurrences))}:
 * the headline counts most, and a word repeated through a long body saturates. The lead of a headline occurrence is
 * the share of the headline that follows it (1 at the start, near 0 at the end): a Chinese headline names its subject
 * first and the circumstances after it (a star's divorce case, a game's launch price), so a topic word near the start
 * outweighs one near the end, and a tie between two topics goes to the one named first. Topics come back best
 * first: those scoring at least {@value #RELATIVE_THRESHOLD} of the best and at least {@value #MIN_SCORE}, at most {@value #MAX_TOPICS}.
 * Immutable after construction and thread-safe.
 */
public final class TopicClassifier {
    static final double PART_FACTOR = 0.6;
    static final double HEADLINE_WEIGHT = 3.0;
    static final double LEAD_BONUS = 0.4;
    static final double RELATIVE_THRESHOLD = 0.4;
    static final double MIN_SCORE = 1.0;
    static final int MAX_TOPICS = 3;
    /** Slots of a term's counts: headline occurrences, body occurrences, headline lead. */
    private static final int HEADLINE = 0;
    private static final int BODY = 1;
    private static final int LEAD = 2;

    private final List<Topic> topics = new ArrayList<>();
    /** term → weight per topic index (0 where the term does not belong to the topic). */
    private final Map<String, double[]> lexicon = new HashMap<>();
    /** The Chinese lexicon terms (Han first and last character), searched for inside unmatched text in one pass. */
    private final AhoCorasickDoubleArrayTrie<String> chineseTerms = new AhoCorasickDoubleArrayTrie<>();
    /** Cues written as regular expressions ({@code ~regex weight}), counted over the text: a match score 2-1. */
    private final List<Pattern> cuePatterns = new ArrayList<>();
    private final List<double[]> cueWeights = new ArrayList<>();

    public TopicClassifier() {
        this("topics.txt");
    }

    TopicClassifier(String resource) {
        List<String[]> entries = new ArrayList<>();
        int current = -1;
        for (String line : Resources.lines(resource)) {
            if (line.startsWith("@")) {
                String[] p = line.substring(1).split("\\|", 2);
                Topic topic = new Topic(p[0].strip(), p[1].strip());
                current = topics.indexOf(topic);          // a topic may be opened again further down
                if (current < 0) {
                    topics.add(topic);
                    current = topics.size() - 1;
                }
                continue;
            }
            if (current < 0) {
                throw new IllegalStateException("topic lexicon: term before any @topic line: " + line);
            }
            if (line.startsWith("~")) {
                int sp = line.lastIndexOf(' ');
                double[] ws = new double[64];
                ws[current] = Double.parseDouble(line.substring(sp + 1));
                cuePatterns.add(Pattern.compile(line.substring(1, sp).stripTrailing()));
                cueWeights.add(ws);
                continue;
            }
            // a term may hold spaces (English phrases): the weight is the last token when numeric
            String term = line;
            double w = 1;
            int sp = line.lastIndexOf(' ');
            if (sp > 0) {
                try {
                    w = Double.parseDouble(line.substring(sp + 1));
                    term = line.substring(0, sp).strip();
                } catch (NumberFormatException notAWeight) {
                    // the whole line is the term
                }
            }
            entries.add(new String[] {term.toLowerCase(Locale.ROOT), Integer.toString(current), Double.toString(w)});
        }
        TreeMap<String, String> chinese = new TreeMap<>();
        for (String[] e : entries) {
            double[] ws = lexicon.computeIfAbsent(e[0], k -> new double[topics.size()]);
            ws[Integer.parseInt(e[1])] = Double.parseDouble(e[2]);
            if (e[0].length() >= 2 && HanScript.isHan(e[0].charAt(0)) && HanScript.isHan(e[0].charAt(e[0].length() - 1))) {
                chinese.put(e[0], e[0]);
            }
        }
        chineseTerms.build(chinese);
    }

    public List<Topic> allTopics() {
        return Collections.unmodifiableList(topics);
    }

    /** Whether the lexicon lists a term under a topic (a star athlete's name under sport). */
    public boolean lists(String term, Topic topic) {
        double[] ws = lexicon.get(term.toLowerCase(Locale.ROOT));
        int t = topics.indexOf(topic);
        return ws != null && t >= 0 && ws[t] > 0;
    }

    /** Topics of an article given its headline terms and body terms (as segmented), best first. */
    public List<Topic> classify(List<String> headlineTerms, List<String> bodyTerms) {
        return ranked(scores(headlineTerms, bodyTerms, null));
    }

    /** Scores per topic (lexicon order); when {@code why} is given, each lexicon term's contribution per topic. */
    double[] scores(List<String> headlineTerms, List<String> bodyTerms, Map<String, double[]> why) {
        Map<String, double[]> counts = counts(headlineTerms, bodyTerms);
        double[] score = new double[topics.size()];
        String headline = String.join("", headlineTerms);
        String body = String.join("", bodyTerms);
        for (int c = 0; c < cuePatterns.size(); c++) {
            double f = HEADLINE_WEIGHT * matches(cuePatterns.get(c), headline) + log2(1 + matches(cuePatterns.get(c), body));
            for (int t = 0; t < score.length; t++) {
                score[t] += cueWeights.get(c)[t] * f;
            }
        }
        for (Map.Entry<String, double[]> e : counts.entrySet()) {
            double[] ws = lexicon.get(e.getKey());
            double[] n = e.getValue();
            double f = HEADLINE_WEIGHT * (n[0] + LEAD_BONUS * n[2]) + log2(1 + n[1]);
            for (int t = 0; t < ws.length; t++) {
                score[t] += ws[t] * f;
            }
            if (why != null) {
                double[] c = new double[ws.length];
                for (int t = 0; t < ws.length; t++) {
                    c[t] = ws[t] * f;
                }
                why.put(e.getKey(), c);
            }
        }
        return score;
    }

    private List<Topic> ranked(double[] score) {
        List<Integer> order = new ArrayList<>();
        for (int t = 0; t < score.length; t++) {
            if (score[t] > 0) {
                order.add(t);
            }
        }
        order.sort((a, b) -> Double.compare(score[b], score[a]));
        List<Topic> out = new ArrayList<>();
        if (order.isEmpty()) {
            return out;
        }
        double best = score[order.get(0)];
        for (int t : order) {
            if (out.size() >= MAX_TOPICS || score[t] < MIN_SCORE || score[t] < RELATIVE_THRESHOLD * best) {
                break;
            }
            out.add(topics.get(t));
        }
        return out;
    }

    /**
     * Lexicon term → {headline count, body count, headline lead}: whole terms count 1, words found inside other text
     * {@value #PART_FACTOR}; the lead sums, over the headline occurrences, their count times the share of the
     * headline after their start.
     */
    Map<String, double[]> counts(List<String> headlineTerms, List<String> bodyTerms) {
        Map<String, double[]> counts = new HashMap<>();
        count(headlineTerms, HEADLINE, counts);
        count(bodyTerms, BODY, counts);
        return counts;
    }

    private void count(List<String> terms, int slot, Map<String, double[]> counts) {
        // the text left once whole terms have matched, each whole term kept as as many '|' as it has characters,
        // so that an offset in it is an offset in the text
        StringBuilder rest = new StringBuilder();
        StringBuilder latinRun = new StringBuilder();  // adjacent Latin letter and digit terms, joined
        int runTerms = 0;
        int length = 0;
        for (String raw : terms) {
            length += raw.length();
        }
        for (String raw : terms) {
            String term = raw.toLowerCase(Locale.ROOT);
            if (isLatinOrDigits(term)) {
                latinRun.append(term);
                runTerms++;
            } else {
                countLatinRun(latinRun, runTerms, slot, counts, rest.length(), length);
                runTerms = 0;
            }
            if (lexicon.containsKey(term)) {
                add(counts, term, slot, 1, rest.length(), length);
                for (int k = 0; k < term.length(); k++) {
                    rest.append('|');
                }
            } else {
                rest.append(term);
            }
        }
        countLatinRun(latinRun, runTerms, slot, counts, rest.length(), length);
        // lexicon words the segmentation cut through or buried in a longer word (基金经理 → 基金), longest first,
        // not overlapping, at a reduced weight; one automaton pass finds every candidate, then the longest at each
        // position wins, left to right
        String text = rest.toString();
        if (text.isEmpty()) {
            return;
        }
        int[] longestAt = new int[text.length()];
        chineseTerms.parseText(text, (begin, end, term) -> longestAt[begin] = Math.max(longestAt[begin], end - begin));
        int i = 0;
        while (i < text.length()) {
            int len = longestAt[i];
            if (len > 0) {
                add(counts, text.substring(i, i + len), slot, PART_FACTOR, i, length);
                i += len;
            } else {
                i++;
            }
        }
    }

    /** Counts an occurrence at {@code offset} of a text of {@code length} characters; in a headline, its lead too. */
    private static void add(Map<String, double[]> counts, String term, int slot, double count, int offset, int length) {
        double[] n = counts.computeIfAbsent(term, k -> new double[3]);
        n[slot] += count;
        if (slot == HEADLINE) {
            n[LEAD] += count * (1 - offset / (double) length);
        }
    }

    /**
     * A product code the segmenter cut into letters and digits (PS3 → PS + 3, Xbox360 → Xbox + 360) counts as the
     * whole code when the lexicon lists it; the run is cleared for the next one. It ended at {@code end} of a text of
     * {@code length} characters.
     */
    private void countLatinRun(StringBuilder run, int runTerms, int slot, Map<String, double[]> counts, int end, int length) {
        if (runTerms >= 2 && lexicon.containsKey(run.toString())) {
            add(counts, run.toString(), slot, 1, end - run.length(), length);
        }
        run.setLength(0);
    }

    private static boolean isLatinOrDigits(String term) {
        for (int i = 0; i < term.length(); i++) {
            char c = term.charAt(i);
            if (!(c >= 'a' && c <= 'z') && !(c >= '0' && c <= '9')) {
                return false;
            }
        }
        return !term.isEmpty();
    }

    private static int matches(Pattern p, String text) {
        Matcher m = p.matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }
}
