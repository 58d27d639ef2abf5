package newsflow.core.dedup;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Passages of a text and what two texts' passages have in common. */
class PassagesTest {
    private final TextNormalizer normalizer = new TextNormalizer();

    private int[] passages(String text) {
        return Passages.of(normalizer.simplified(text));
    }

    @Test
    void aLatinPassageIsFiveWordsWhateverThePunctuationAndCase() {
        // nine words: five passages of five; spacing, case and punctuation do not count
        assertEquals(5, passages("The harbor board voted today to close the channel").length);
        assertArrayEquals(passages("The harbor board voted today to close the channel"),
                passages("THE HARBOR BOARD -- voted today, to close the channel."));
        assertEquals(1, passages("Three short words").length, "a text shorter than a passage is one");
        assertEquals(0, passages(" .,;").length);
    }

    @Test
    void aChinesePassageIsTenCharactersInEitherScript() {
        // eighteen characters: nine passages of ten; the traditional copy has the same ones
        assertEquals(9, passages("国家统计局今天发布第七次全国人口普查").length);
        assertArrayEquals(passages("国家统计局11日宣布第七次全国人口普查主要数据"), passages("國家統計局11日宣布第七次全國人口普查主要數據"));
    }

    @Test
    void aCopyInsideALongerTextSharesItsPassagesInOneRun() {
        String lead = "Intensifying its fight against high inflation, the Federal Reserve raised its key interest rate "
                + "by a substantial three-quarters of a point for a third straight time.";
        String story = "WASHINGTON (AP) — " + lead + " The Fed's move boosted its benchmark short-term rate to a range "
                + "of 3% to 3.25%, the highest level since early 2008.";
        Passages.Overlap o = Passages.overlap(passages(lead), passages(story));
        assertEquals(passages(lead).length, o.shared(), "every passage of the cut copy");
        assertEquals(1.0, o.contained());
        assertEquals(1, o.runs());
    }

    @Test
    void twoStoriesOnOneEventShareNamesNotPassages() {
        String ap = "The Federal Reserve raised its key interest rate by three-quarters of a point on Wednesday, its "
                + "third straight increase of that size, and signaled more large hikes to come.";
        String other = "Stocks fell after the Federal Reserve announced on Wednesday another large increase in its key "
                + "interest rate, with investors worried that the central bank could tip the economy into recession.";
        Passages.Overlap o = Passages.overlap(passages(ap), passages(other));
        assertTrue(o.shared() <= 1, "shared " + o.shared());
    }

    @Test
    void aLongTextKeepsItsFirstPassagesOnly() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 3000; i++) {
            text.append("word").append(i).append(' ');
        }
        assertEquals(Passages.MAX_PASSAGES, passages(text.toString()).length);
    }

    @Test
    void aLookupMarksThePassagesTwoTextsShareOnEitherText() {
        int[] story = passages("The harbor board voted today to close the channel to all shipping until spring");
        int[] lead = passages("The harbor board voted today to close the channel");          // the story's first 5 passages
        Passages.Lookup lookup = new Passages.Lookup(story);

        long[] onStory = lookup.sharedWith(lead);
        long[] onLead = lookup.sharedIn(lead);

        assertEquals(0b11111L, onStory[0], "the story's first five passages, bit by place");
        assertEquals(0b11111L, onLead[0], "every passage of the lead");
        assertEquals(0, new Passages.Lookup(story).sharedWith(passages("Stocks fell sharply on Wall street this week"))[0]);
        assertEquals(5, Passages.common(onStory, lookup.sharedWith(story)));
    }
}
