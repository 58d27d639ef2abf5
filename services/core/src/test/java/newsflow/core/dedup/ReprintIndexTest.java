package newsflow.core.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import newsflow.core.SeedPages;
import newsflow.core.dedup.ReprintGather.Verdict;
import newsflow.model.DuplicateKind;
import org.junit.jupiter.api.Test;

class ReprintIndexTest {
    private final ReprintIndex index = ReprintIndex.withDefaults();
    private final MapShardStorage storage = new MapShardStorage();
    private final ReprintDesk desk = ReprintDesk.inOrder(index, 8, storage);

    @Test
    void theSeedsXinhuaReprintIsANearDuplicateOfTheFirstSeen() {
        Verdict first = admit("a-1", SeedPages.rawArticleText("000-1"));
        Verdict reprint = admit("b-1", SeedPages.rawArticleText("002-1"));

        assertTrue(first.unique());
        assertEquals("a-1", reprint.duplicateOf());
        assertFalse(reprint.exact());
        assertEquals(first.storyId(), reprint.storyId());
        assertTrue(reprint.similarity() >= 0.5 && reprint.similarity() < 1.0, "similarity " + reprint.similarity());
    }

    @Test
    void everyOtherSeedArticleIsItsOwnStory() {
        List<String> ids = new ArrayList<>();
        SeedPages.gold().get("pages").forEach(p -> p.get("articles").forEach(a -> ids.add(a.get("id").asText())));
        int unique = 0;
        for (String id : ids) {
            Verdict v = admit(id, SeedPages.rawArticleText(id));
            if (v.unique()) {
                unique++;
            } else {
                assertEquals("002-1", id, "only the Xinhua reprint repeats an earlier article, not " + id);
                assertEquals("000-1", v.duplicateOf());
            }
        }
        assertEquals(ids.size() - 1, unique);
    }

    @Test
    void theSameTextSentAgainIsAnExactDuplicateOfTheCanonical() {
        String text = SeedPages.rawArticleText("000-3");
        admit("a-3", text);

        Verdict again = admit("c-3", text);

        assertTrue(again.exact());
        assertEquals("a-3", again.duplicateOf());
        assertEquals(1.0, again.similarity());
    }

    @Test
    void aResentReprintPointsToTheCanonicalNotToTheReprint() {
        admit("a-1", SeedPages.rawArticleText("000-1"));
        admit("b-1", SeedPages.rawArticleText("002-1"));

        Verdict resent = admit("c-1", SeedPages.rawArticleText("002-1"));

        assertTrue(resent.exact());
        assertEquals("a-1", resent.duplicateOf());
    }

    @Test
    void punctuationSpacingAndTraditionalScriptDoNotHideAReprint() {
        admit("a", "长三角区域要发挥人才富集、科技水平高、制造业发达、产业链供应链相对完备和市场潜力大等诸多优势，积极探索形成新发展格局的路径。");

        Verdict v = admit("b", "長三角區域要發揮人才富集 科技水平高 製造業發達 產業鏈供應鏈相對完備和市場潛力大等諸多優勢,積極探索形成新發展格局的路徑.");

        assertEquals("a", v.duplicateOf());
    }

    /**
     * 13 of 128 positions equal would say that a brief of 150 shingles lies wholly in a story of 3,000; at that length
     * ratio so few equal positions come as easily from a shared phrase and chance (found on the bench corpus: briefs
     * declared reprints of long stories they share a third of their text with).
     */
    @Test
    void aBriefIsNotAReprintOfAStoryTwentyTimesItsLengthOnAFewEqualHashes() {
        long[] story = signature(1, 128);
        long[] brief = sharing(story, 13);

        assertNull(index.judge(text(brief, 150), text(story, 3000)));
        assertNull(index.judge(text(story, 3000), text(brief, 150)), "nor the story of the brief");
    }

    /** A fifth of a story, wholly contained, has a Jaccard similarity of 0.2 with it: 26 of 128 positions. */
    @Test
    void aCutToAFifthOfTheStoryIsStillAReprint() {
        long[] story = signature(1, 128);
        long[] cut = sharing(story, 26);

        assertEquals(DuplicateKind.CONTAINED, index.judge(text(cut, 600), text(story, 3000)).kind());
        assertEquals(DuplicateKind.CONTAINED, index.judge(text(story, 3000), text(cut, 600)).kind());
        assertNull(index.judge(text(sharing(story, 13), 600), text(story, 3000)), "half the cut's positions: half in the story");
    }

    @Test
    void aChineseReportKeepingTheAgencysLeadIsApartWhereALatinCopySharingAsMuchIsLinked() {
        // Given two texts of 100 passages sharing 13 in two runs, and signatures nothing alike
        int[] agency = new int[100];
        int[] report = new int[100];
        for (int i = 0; i < 100; i++) {
            agency[i] = i;
            report[i] = i < 7 ? i : i < 50 ? 1_000 + i : i < 56 ? i : 2_000 + i;
        }
        ReprintIndex.Fingerprint[] chinese = {
                new ReprintIndex.Fingerprint("agency", signature(1, 128), 400, agency, new long[0], true),
                new ReprintIndex.Fingerprint("report", signature(500, 128), 400, report, new long[0], true)};
        ReprintIndex.Fingerprint[] latin = {
                new ReprintIndex.Fingerprint("agency", signature(1, 128), 400, agency, new long[0], false),
                new ReprintIndex.Fingerprint("report", signature(500, 128), 400, report, new long[0], false)};

        // Then between Chinese texts 13 % of the shorter is a lead kept in another outlet's report, not a copy; between
        // Latin ones (OCR copies of 1916 share no more) it is a copy
        assertNull(index.judge(chinese[0], chinese[1]));
        assertEquals(DuplicateKind.PASSAGES, index.judge(latin[0], latin[1]).kind());
        assertEquals(DuplicateKind.PASSAGES, index.judge(chinese[0], latin[1]).kind(), "a text of each script: the Latin share");
    }

    /** A text of that signature and size, with no passages: the signature alone decides. */
    private static ReprintIndex.Fingerprint text(long[] signature, int shingles) {
        return new ReprintIndex.Fingerprint("text " + signature[0] + "/" + shingles, signature, shingles, new int[0], new long[0], false);
    }

    /** Hash values that no other signature of these tests holds. */
    private static long[] signature(long from, int hashes) {
        long[] s = new long[hashes];
        for (int i = 0; i < hashes; i++) {
            s[i] = from * 1_000 + i;
        }
        return s;
    }

    private static long[] sharing(long[] signature, int equalPositions) {
        long[] s = signature(2, signature.length);
        System.arraycopy(signature, 0, s, 0, equalPositions);
        return s;
    }

    private Verdict admit(String id, String text) {
        return desk.admit(id, 0, text);
    }

    @Test
    void aPageSentTwiceGivesAnExactDuplicateWithItsOwnId() {
        String text = SeedPages.rawArticleText("002-3");
        admit("p-3", text);

        Verdict again = admit("p-3", text);

        assertTrue(again.exact());
        assertEquals("p-3", again.duplicateOf());
    }

    @Test
    void storiesOlderThanTheWindowAreForgottenWithTheirBands() {
        String text = SeedPages.rawArticleText("000-3");
        desk.admit("old", 100, text);
        desk.admit("reprint-of-old", 101, text + "\n编者按：本文有删节。");
        desk.admit("recent", 140, SeedPages.rawArticleText("002-4"));

        assertEquals(2, desk.expire(140 - index.windowDays()), "the story and its reprint");

        assertEquals(List.of("recent"), storage.members.values().stream().map(m -> m.arrival().articleId()).toList());
        assertTrue(storage.bands.values().stream().flatMap(List::stream).allMatch(id -> id.startsWith("recent#")));
        assertTrue(desk.admit("again", 141, text).unique(), "a reprint after the window opens a new story");
    }

    @Test
    void bandsRebuiltFromTheMembersAloneAreTheBandsTheProbesWrote() {
        SeedPages.gold().get("pages").forEach(p -> p.get("articles").forEach(a -> {
            String id = a.get("id").asText();
            if (!id.equals("002-1")) {
                admit(id, SeedPages.rawArticleText(id));
            }
        }));
        Map<String, List<String>> written = new HashMap<>(storage.bands);
        storage.bands.put("0:stale", List.of("gone#99"));

        int members = new ReprintShard(index, 8).rebuild(List.of(0, 1, 2, 3, 4, 5, 6, 7), storage);

        assertEquals(storage.members.size(), members);
        assertEquals(written, storage.bands, "the same bands, and nothing that no member gives");
        assertEquals("000-1", admit("002-1", SeedPages.rawArticleText("002-1")).duplicateOf(), "the reprint is found in the rebuilt bands");
    }

    @Test
    void aRebuildFillsOnlyTheBandsOfTheShardsTheStoreHolds() {
        admit("a-1", SeedPages.rawArticleText("000-1"));

        new ReprintShard(index, 8).rebuild(List.of(2, 5), storage);

        assertEquals(16, storage.bands.size(), "8 of the 64 bands in each of the two shards");
        assertTrue(storage.bands.keySet().stream().map(k -> Integer.parseInt(k.substring(0, k.indexOf(':'))) % 8)
                .allMatch(shard -> shard == 2 || shard == 5));
    }

    @Test
    void anIndexSetToNearEvidenceKeepsCopiesToldByPassagesApart() {
        // a copy with a rewritten lead and a dropped paragraph: only its passages tell it
        String wire = "The harbor board voted today to close the north channel for dredging through the spring, after "
                + "pilots reported two groundings in a week. The work will cost the city forty thousand dollars and open "
                + "the channel to ships of deeper draft by June. Shipping agents said the closing would send traffic "
                + "through the south channel, where the tide runs hard at the turn. The board's chairman said the vote "
                + "was the hardest of his twelve years on it.";
        String copy = "Ships will have to use the south channel this spring. The work will cost the city forty thousand "
                + "dollars and open the channel to ships of deeper draft by June, according to the harbor board. Shipping "
                + "agents said the closing would send traffic through the south channel, where the tide runs hard at the turn.";
        ReprintIndex index = ReprintIndex.withDefaults();
        ReprintIndex.Judgement j = index.judge(index.fingerprint(wire), index.fingerprint(copy));
        assertEquals(DuplicateKind.PASSAGES, j == null ? null : j.kind());
        ReprintIndex strict = index.withWeakestEvidence(DuplicateKind.NEAR);
        assertNull(strict.judge(strict.fingerprint(wire), strict.fingerprint(copy)));
    }
}
