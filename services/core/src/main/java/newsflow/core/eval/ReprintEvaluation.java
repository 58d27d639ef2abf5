package newsflow.core.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import newsflow.core.dedup.MapShardStorage;
import newsflow.core.dedup.MinHasher;
import newsflow.core.dedup.Passages;
import newsflow.core.dedup.ReprintDesk;
import newsflow.core.dedup.ReprintGather;
import newsflow.core.dedup.ReprintIndex;
import newsflow.core.page.PageReader;
import newsflow.core.split.PageSplitter;
import newsflow.core.split.SplitArticle;
import newsflow.model.Json;
import newsflow.model.StoryGroups;

/**
 * Scores reprint detection on real pages labelled by readers: groups of copies of one story printed by different papers
 * or sites, and hard negatives (a group member and an article on the same event that is another story). Every page of
 * the set is split as the pipeline splits it and every article it gives goes through the reprint index in the order of
 * the pages, as a feed would send them; a labelled article is the one whose body holds its {@code body_starts}.
 *
 * <p>Recall is the share of the pairs within a group whose two articles came out as one story; precision the share of
 * right pairs among the pairs the labels say something about that came out as one story: a pair within a group is
 * right; members of two groups, or a page and the group a reader set it apart from (a hard negative), run into one
 * story (or one body) is wrong; two pages that are no group's members were never compared by a reader and do not count. A labelled article the splitter did not give (no body holds its start) links with
 * nothing. Scored per language and per half of {@code split.json} (group ids); the index sees every page whatever the
 * half, as it would in production.
 *
 * <p>The set is a folder with {@code gold.json}: {@code pages[] = {file, date?, articles[] = {id, title, body_starts,
 * body_ends}}}, {@code groups[] = {id, lang?, members[]}}, {@code hard_negatives[] = {a, b}}, {@code undecided[] =
 * {a, b}} (pairs the readers could not settle, counted neither way), {@code lang} for groups that do not say.
 */
public final class ReprintEvaluation {

    /** A pair of labelled articles and what came of it. */
    public record PairOutcome(String a, String b, boolean linked, String why) {
    }

    /** One language of one half: its group pairs, its hard negatives, and what the pipeline made of them. */
    public record LanguageScore(String lang, int pairs, int linked, int wrongLinks, int hardNegatives, int hardNegativesMerged,
                                int articles, int articlesFound, List<PairOutcome> missed, List<PairOutcome> wrong,
                                int linkedAsRecorded) {
        public double recall() {
            return pairs == 0 ? 0 : (double) linked / pairs;
        }

        public double precision() {
            return linked + wrongLinks == 0 ? 1 : (double) linked / (linked + wrongLinks);
        }

        public String scoreLine() {
            return String.format(Locale.ROOT, "REPRINTS %s: recall %.2f (%d of %d pairs), precision %.2f (%d wrong links), "
                            + "hard negatives merged %d of %d, articles found %d of %d; by the records' own story ids, "
                            + "recall %.2f (%d)",
                    lang, recall(), linked, pairs, precision(), wrongLinks, hardNegativesMerged, hardNegatives,
                    articlesFound, articles, pairs == 0 ? 0 : (double) linkedAsRecorded / pairs, linkedAsRecorded);
        }
    }

    private static final Pattern DATE = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})");
    private static final Pattern BROKEN_WORD_AT_END = Pattern.compile("\\s+\\S*\\p{L}-\\s*$");
    private static final int SHARDS = 8;
    /** A start matched without its dateline keeps at least this many words. */
    private static final int MIN_WORDS_KEPT = 3;

    private final PageReader reader = new PageReader(PageReader.DEFAULT_MAX_BYTES);
    private final PageSplitter splitter;
    private final ReprintIndex index;

    public ReprintEvaluation(PageSplitter splitter, ReprintIndex index) {
        this.splitter = splitter;
        this.index = index;
    }

    /** Scores the groups of one half ({@code train} or {@code heldout}) of the set in {@code dir}, one score per language. */
    public List<LanguageScore> evaluate(Path dir, String half) throws IOException {
        JsonNode gold = Json.MAPPER.readTree(Files.readString(dir.resolve("gold.json"), StandardCharsets.UTF_8));
        JsonNode split = Json.MAPPER.readTree(Files.readString(dir.resolve("split.json"), StandardCharsets.UTF_8));
        if (!split.path(half).isArray()) {
            throw new IOException(dir.resolve("split.json") + ": no half \"" + half + "\"");
        }
        Set<String> groupsOfHalf = new HashSet<>();
        split.get(half).forEach(g -> groupsOfHalf.add(g.asText()));

        // every article of every page through the index, page after page; a labelled article is the one holding its start
        ReprintDesk desk = ReprintDesk.inOrder(index, SHARDS, new MapShardStorage());
        Map<String, String> storyOf = new HashMap<>();          // labelled article id -> story id
        Map<String, String> textOf = new HashMap<>();           // labelled article id -> the text fingerprinted
        StoryGroups union = new StoryGroups();                     // stories an arrival showed to be one
        int arrival = 0;
        for (JsonNode page : gold.path("pages")) {
            String file = page.path("file").asText();
            long day = day(page, file);
            List<SplitArticle> found = GoldEvaluation.splitPage(reader, splitter, dir.resolve(file)).articles();
            List<String> stories = new ArrayList<>();
            for (SplitArticle a : found) {
                String text = (a.headline() == null ? "" : a.headline()) + "\n" + (a.body() == null ? "" : a.body());
                ReprintGather.Verdict v = desk.admit("a" + arrival++, day, text);
                stories.add(v.storyId());
                v.sameStories().forEach(other -> union.join(v.storyId(), other));
            }
            List<String> bodies = found.stream().map(a -> GoldEvaluation.squash(a.body())).toList();   // squashed once a page
            for (JsonNode labelled : page.path("articles")) {
                // a start that ends in a word broken at the line's end ("The mightiest pre-") is matched without it:
                // the splitter mends the word, so the broken half is in no body
                int i = articleHolding(BROKEN_WORD_AT_END.matcher(labelled.path("body_starts").asText()).replaceFirst(""), bodies);
                if (i >= 0) {
                    String id = labelled.path("id").asText();
                    storyOf.put(id, stories.get(i));
                    textOf.put(id, (found.get(i).headline() == null ? "" : found.get(i).headline()) + "\n" + found.get(i).body());
                }
            }
        }

        Map<String, String> recordedStoryOf = new HashMap<>(storyOf);   // as the records say, before readers fold ties
        storyOf.replaceAll((id, story) -> union.find(story));

        // the half's labelled articles and their language: a group's members, and the other side of its hard negatives
        String setLang = gold.path("lang").asText("und");
        Map<String, String> groupOf = new HashMap<>();
        Map<String, String> langOf = new LinkedHashMap<>();
        Map<String, List<String>> membersOfGroup = new LinkedHashMap<>();
        for (JsonNode g : gold.path("groups")) {
            String id = g.path("id").asText();
            List<String> members = new ArrayList<>();
            g.path("members").forEach(m -> members.add(m.asText()));
            members.forEach(m -> groupOf.put(m, id));
            if (groupsOfHalf.contains(id)) {
                membersOfGroup.put(id, members);
                members.forEach(m -> langOf.put(m, g.path("lang").asText(setLang)));
            }
        }
        Set<String> undecided = new HashSet<>();             // pairs the readers could not settle: counted neither way
        for (JsonNode n : gold.path("undecided")) {
            undecided.add(n.path("a").asText() + " " + n.path("b").asText());
            undecided.add(n.path("b").asText() + " " + n.path("a").asText());
        }
        List<String[]> negatives = new ArrayList<>();
        Map<String, Set<String>> apartFrom = new HashMap<>();    // a page -> the groups whose story it is not
        for (JsonNode n : gold.path("hard_negatives")) {
            for (String[] side : List.of(new String[] {n.path("a").asText(), n.path("b").asText()},
                    new String[] {n.path("b").asText(), n.path("a").asText()})) {
                if (groupOf.get(side[0]) != null) {
                    apartFrom.computeIfAbsent(side[1], k -> new HashSet<>()).add(groupOf.get(side[0]));
                }
            }
            String a = n.path("a").asText();
            String b = n.path("b").asText();
            String member = langOf.containsKey(a) ? a : langOf.containsKey(b) ? b : null;   // the readers write either way round
            if (member != null) {
                negatives.add(new String[] {a, b});
                langOf.putIfAbsent(member.equals(a) ? b : a, langOf.get(member));
            }
        }

        Map<String, ReprintIndex.Fingerprint> fingerprints = new HashMap<>();   // an article's, once however many pairs
        Function<String, ReprintIndex.Fingerprint> fingerprintOf =
                id -> fingerprints.computeIfAbsent(id, k -> index.fingerprint(textOf.get(k)));
        Map<String, LanguageScore> byLang = new TreeMap<>();
        for (String lang : new HashSet<>(langOf.values())) {
            List<String> ids = langOf.entrySet().stream().filter(e -> e.getValue().equals(lang)).map(Map.Entry::getKey).toList();
            List<PairOutcome> missed = new ArrayList<>();
            List<PairOutcome> wrong = new ArrayList<>();
            int pairs = 0;
            int linked = 0;
            int linkedAsRecorded = 0;
            for (List<String> members : membersOfGroup.values()) {
                if (!lang.equals(langOf.get(members.get(0)))) {
                    continue;
                }
                for (int i = 0; i < members.size(); i++) {
                    for (int j = i + 1; j < members.size(); j++) {
                        pairs++;
                        PairOutcome o = outcome(members.get(i), members.get(j), storyOf, fingerprintOf);
                        String recorded = recordedStoryOf.get(members.get(i));
                        linkedAsRecorded += recorded != null && recorded.equals(recordedStoryOf.get(members.get(j))) ? 1 : 0;
                        if (o.linked()) {
                            linked++;
                        } else {
                            missed.add(o);
                        }
                    }
                }
            }
            int wrongLinks = 0;
            for (int i = 0; i < ids.size(); i++) {
                for (int j = i + 1; j < ids.size(); j++) {
                    String a = ids.get(i);
                    String b = ids.get(j);
                    // apart by the labels: members of two groups, or a hard negative; two pages that are no group's
                    // members were never compared by a reader, and a link between them says nothing either way
                    boolean apart = groupOf.get(a) != null && groupOf.get(b) != null && !groupOf.get(a).equals(groupOf.get(b))
                            || groupOf.get(a) != null && apartFrom.getOrDefault(b, Set.of()).contains(groupOf.get(a))
                            || groupOf.get(b) != null && apartFrom.getOrDefault(a, Set.of()).contains(groupOf.get(b));
                    if (apart && !undecided.contains(a + " " + b) && storyOf.get(a) != null && storyOf.get(a).equals(storyOf.get(b))) {
                        wrongLinks++;
                        wrong.add(outcome(a, b, storyOf, fingerprintOf));
                    }
                }
            }
            int hard = 0;
            int merged = 0;
            for (String[] n : negatives) {
                if (lang.equals(langOf.get(n[0]))) {
                    hard++;
                    if (storyOf.get(n[0]) != null && storyOf.get(n[0]).equals(storyOf.get(n[1]))) {
                        merged++;
                    }
                }
            }
            int found = (int) ids.stream().filter(storyOf::containsKey).count();
            byLang.put(lang, new LanguageScore(lang, pairs, linked, wrongLinks, hard, merged, ids.size(), found,
                    List.copyOf(missed), List.copyOf(wrong), linkedAsRecorded));
        }
        return List.copyOf(byLang.values());
    }

    /**
     * The article whose body ({@code bodies}, squashed) holds a labelled start; else the one whose body begins with the start less its first few
     * words (three or more kept): a dateline on a line of its own ("BERLIN, Germany, March 10."), which the reader
     * wrote as the body's start, is the article's dateline to the splitter, not its text. -1 when none.
     */
    private static int articleHolding(String start, List<String> bodies) {
        String whole = GoldEvaluation.squash(start);
        for (int i = 0; i < bodies.size(); i++) {
            if (bodies.get(i).contains(whole)) {
                return i;
            }
        }
        String[] words = start.strip().split("\\s+");
        for (int from = 1; from <= words.length - MIN_WORDS_KEPT; from++) {
            String rest = GoldEvaluation.squash(String.join(" ", List.of(words).subList(from, words.length)));
            for (int i = 0; i < bodies.size(); i++) {
                if (bodies.get(i).startsWith(rest)) {
                    return i;
                }
            }
        }
        return -1;
    }

    /** Whether two labelled articles came out as one story, and if not, why: not found, or how alike the index saw them. */
    private PairOutcome outcome(String a, String b, Map<String, String> storyOf,
                                Function<String, ReprintIndex.Fingerprint> fingerprintOf) {
        if (!storyOf.containsKey(a) || !storyOf.containsKey(b)) {
            return new PairOutcome(a, b, false, "not split out: " + (storyOf.containsKey(a) ? b : a));
        }
        boolean linked = storyOf.get(a).equals(storyOf.get(b));
        ReprintIndex.Fingerprint x = fingerprintOf.apply(a);
        ReprintIndex.Fingerprint y = fingerprintOf.apply(b);
        Passages.Overlap o = Passages.overlap(x.passages(), y.passages());
        ReprintIndex.Judgement j = index.judge(x, y);
        // told for a wrong link as for a missed one: what the index saw of the pair
        return new PairOutcome(a, b, linked, String.format(Locale.ROOT,
                "%s (Jaccard %.2f; %d passages shared in %d runs, %.2f of the shorter; the pair alone: %s)",
                linked ? "one story" : "apart", MinHasher.similarity(x.signature(), y.signature()), o.shared(), o.runs(),
                o.contained(), j == null ? "different" : j.kind().wireName()));
    }

    /** The page's day (epoch day): its {@code date}, else a date in its path, else day 0. */
    private static long day(JsonNode page, String file) {
        Matcher m = DATE.matcher(page.path("date").asText(file));
        return m.find() ? LocalDate.parse(m.group(1)).toEpochDay() : 0;
    }
}
