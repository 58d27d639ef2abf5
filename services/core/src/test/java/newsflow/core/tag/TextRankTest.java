package newsflow.core.tag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TextRankTest {

    @Test
    void givenNoTerms_whenRanked_thenNothing() {
        assertTrue(TextRank.rank(List.of()).isEmpty());
    }

    @Test
    void givenATermBesideEveryOther_whenRanked_thenItRanksFirst() {
        Map<String, Float> rank = TextRank.rank(List.of("港口", "码头", "港口", "航运", "港口", "集装箱", "港口", "货运", "港口"));

        assertEquals(List.of("港口", "码头", "航运", "集装箱", "货运"), List.copyOf(rank.keySet()));
        assertTrue(rank.get("港口") > rank.get("码头"), rank::toString);
        assertEquals(rank.get("码头"), rank.get("货运"), 1e-4f);
    }

    @Test
    void givenTermsThatMeetOftenAndOnce_whenRanked_thenEachLinkCountsOnce() {
        // a and b meet four times, c meets each once: still a triangle, where every term ranks alike
        Map<String, Float> rank = TextRank.rank(List.of("a", "b", "a", "b", "c"));

        assertEquals(rank.get("c"), rank.get("a"), 1e-4f);
        assertEquals(rank.get("c"), rank.get("b"), 1e-4f);
    }

    @Test
    void givenATermRepeatedAlone_whenRanked_thenItLinksToNothing() {
        Map<String, Float> rank = TextRank.rank(List.of("雨", "雨", "雨"));

        assertEquals(List.of("雨"), List.copyOf(rank.keySet()));
        assertEquals(1 - 0.85f, rank.get("雨"), 1e-6f);     // only the teleport share
    }

    @Test
    void givenTermsFurtherApartThanTheWindow_whenRanked_thenTheyAreNotLinked() {
        // x and y stand five apart: no link between them, so each keeps the weight of its own neighbours only
        Map<String, Float> rank = TextRank.rank(List.of("x", "p", "q", "r", "s", "y"));

        assertEquals(rank.get("x"), rank.get("y"), 1e-4f);
        assertTrue(rank.get("x") < rank.get("p"), rank::toString);
    }
}
