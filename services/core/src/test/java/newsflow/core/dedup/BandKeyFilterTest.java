package newsflow.core.dedup;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class BandKeyFilterTest {
    private static final int KEYS = 200_000;

    /** Keys shaped like the index's: band number, colon, a 64-bit band hash in hex. */
    private static String bandKey(SplittableRandom random) {
        return random.nextInt(64) + ":" + Long.toHexString(random.nextLong());
    }

    /** A filter at its capacity, holding the first {@link #KEYS} keys {@code random} gives. */
    private static BandKeyFilter filledFrom(SplittableRandom random) {
        BandKeyFilter filter = new BandKeyFilter(KEYS);
        for (int i = 0; i < KEYS; i++) {
            filter.add(bandKey(random));
        }
        return filter;
    }

    @Test
    void givenKeysAdded_whenAskedForThem_thenEachMayBeThere() {
        BandKeyFilter filter = filledFrom(new SplittableRandom(1));

        SplittableRandom again = new SplittableRandom(1);
        for (int i = 0; i < KEYS; i++) {
            String key = bandKey(again);
            assertTrue(filter.mightContain(key), "a key added is never absent: " + key);
        }
    }

    @Test
    void givenAFilterAtItsCapacity_whenAskedForKeysNeverAdded_thenFewArePresent() {
        SplittableRandom random = new SplittableRandom(2);
        BandKeyFilter filter = filledFrom(random);

        int present = 0;
        for (int i = 0; i < KEYS; i++) {
            present += filter.mightContain(bandKey(random)) ? 1 : 0;
        }
        assertTrue(present < KEYS * 0.03, present + " of " + KEYS + " keys never added were present");
    }

    @Test
    void givenTheSameKeysAddedAgain_whenCounted_thenOnlyMoreDistinctKeysOverfillIt() {
        BandKeyFilter filter = new BandKeyFilter(1_000);
        for (int round = 0; round < 5; round++) {
            for (int i = 0; i < 1_000; i++) {
                filter.add(i % 64 + ":" + Integer.toHexString(i * 7919));
            }
        }
        assertFalse(filter.overfilled(), "a band's key is written again at each join: counted once");

        SplittableRandom random = new SplittableRandom(3);
        for (int i = 0; i < 100; i++) {
            filter.add(bandKey(random));
        }
        assertTrue(filter.overfilled());
    }
}
