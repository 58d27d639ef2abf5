package newsflow.processor.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import newsflow.processor.SeedPages;
import org.junit.jupiter.api.Test;

class ReprintIndexTest {
    private final ReprintIndex index = ReprintIndex.withDefaults();
    private final MapStorage storage = new MapStorage();

    @Test
    void theSeedsXinhuaReprintIsANearDuplicateOfTheFirstSeen() {
        ReprintIndex.Verdict first = admit("a-1", SeedPages.rawArticleText("000-1"), storage);
        ReprintIndex.Verdict reprint = admit("b-1", SeedPages.rawArticleText("002-1"), storage);

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
            ReprintIndex.Verdict v = admit(id, SeedPages.rawArticleText(id), storage);
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
        admit("a-3", text, storage);

        ReprintIndex.Verdict again = admit("c-3", text, storage);

        assertTrue(again.exact());
        assertEquals("a-3", again.duplicateOf());
        assertEquals(1.0, again.similarity());
    }

    @Test
    void aResentReprintPointsToTheCanonicalNotToTheReprint() {
        admit("a-1", SeedPages.rawArticleText("000-1"), storage);
        admit("b-1", SeedPages.rawArticleText("002-1"), storage);

        ReprintIndex.Verdict resent = admit("c-1", SeedPages.rawArticleText("002-1"), storage);

        assertTrue(resent.exact());
        assertEquals("a-1", resent.duplicateOf());
    }

    @Test
    void punctuationSpacingAndTraditionalScriptDoNotHideAReprint() {
        admit("a", "长三角区域要发挥人才富集、科技水平高、制造业发达、产业链供应链相对完备和市场潜力大等诸多优势，积极探索形成新发展格局的路径。", storage);

        ReprintIndex.Verdict v = admit("b", "長三角區域要發揮人才富集 科技水平高 製造業發達 產業鏈供應鏈相對完備和市場潛力大等諸多優勢,積極探索形成新發展格局的路徑.", storage);

        assertEquals("a", v.duplicateOf());
    }

    private ReprintIndex.Verdict admit(String id, String text, MapStorage storage) {
        return index.admit(id, 0, index.fingerprint(text), storage);
    }

    @Test
    void storiesOlderThanTheWindowAreForgottenWithTheirBandsAndExactEntries() {
        String text = SeedPages.rawArticleText("000-3");
        index.admit("old", 100, index.fingerprint(text), storage);
        index.admit("reprint-of-old", 101, index.fingerprint(text + "\n编者按：本文有删节。"), storage);
        index.admit("recent", 140, index.fingerprint(SeedPages.rawArticleText("002-4")), storage);

        assertEquals(1, index.expire(140 - index.windowDays(), storage));

        assertEquals(List.of("recent"), List.copyOf(storage.articles.keySet()));
        assertTrue(storage.bands.values().stream().noneMatch(members -> members.contains("old")));
        assertTrue(storage.exact.values().stream().allMatch("recent"::equals), "exact entries of the expired story are gone");
        assertTrue(index.admit("again", 141, index.fingerprint(text), storage).unique(), "a reprint after the window opens a new story");
    }

    /** The index's storage in plain maps: the domain logic needs no Kafka to be tested. */
    static final class MapStorage implements ReprintIndex.Storage {
        private final Map<String, String> exact = new HashMap<>();
        private final Map<String, List<String>> bands = new HashMap<>();
        private final Map<String, ReprintIndex.IndexedArticle> articles = new LinkedHashMap<>();

        @Override
        public String exactOwner(String textHash) {
            return exact.get(textHash);
        }

        @Override
        public void putExactOwner(String textHash, String articleId) {
            exact.put(textHash, articleId);
        }

        @Override
        public List<String> bandMembers(String bandKey) {
            return bands.getOrDefault(bandKey, List.of());
        }

        @Override
        public void putBandMembers(String bandKey, List<String> articleIds) {
            if (articleIds.isEmpty()) {
                bands.remove(bandKey);
            } else {
                bands.put(bandKey, articleIds);
            }
        }

        @Override
        public ReprintIndex.IndexedArticle article(String articleId) {
            return articles.get(articleId);
        }

        @Override
        public void putArticle(ReprintIndex.IndexedArticle article) {
            articles.put(article.id(), article);
        }

        @Override
        public List<ReprintIndex.IndexedArticle> articlesBefore(long day) {
            return articles.values().stream().filter(a -> a.day() < day).toList();
        }

        @Override
        public void removeArticle(String articleId) {
            articles.remove(articleId);
        }

        @Override
        public void removeExactOwners(java.util.Set<String> articleIds) {
            exact.values().removeIf(articleIds::contains);
        }
    }
}
