package newsflow.bench;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CorpusWordingTest {
    private static final int STORIES = 40;

    @Test
    void unrelatedStoriesInDictionaryWordingShareAFractionOfTheTextThatSeedWordingStoriesShare() {
        // Given unrelated stories of each wording
        double[] seed = pairwiseJaccard(Corpus.Wording.SEED);
        double[] dictionary = pairwiseJaccard(Corpus.Wording.DICTIONARY);

        // Then seed-worded stories share sentence skeletons, and dictionary-worded ones about as little as the seed
        // pages' own unrelated articles (whose 5-character shingle sets overlap by at most 0.013)
        assertTrue(median(seed) > 5 * median(dictionary),
                "median Jaccard seed " + median(seed) + ", dictionary " + median(dictionary));
        assertTrue(percentile(dictionary, 0.9) < 0.01, "90th percentile, dictionary: " + percentile(dictionary, 0.9));
        assertTrue(median(seed) > 0.01, "median, seed: " + median(seed));
    }

    private static double[] pairwiseJaccard(Corpus.Wording wording) {
        Corpus corpus = Corpus.fromSources(Corpus.defaultSources(), wording);
        Random rnd = new Random(11);
        List<Set<String>> shingles = new ArrayList<>();
        for (int i = 0; i < STORIES; i++) {
            shingles.add(shingles(Corpus.text(corpus.story(rnd))));
        }
        double[] out = new double[STORIES * (STORIES - 1) / 2];
        int k = 0;
        for (int i = 0; i < STORIES; i++) {
            for (int j = i + 1; j < STORIES; j++) {
                Set<String> common = new HashSet<>(shingles.get(i));
                common.retainAll(shingles.get(j));
                out[k++] = common.size() / (double) (shingles.get(i).size() + shingles.get(j).size() - common.size());
            }
        }
        Arrays.sort(out);
        return out;
    }

    private static Set<String> shingles(String text) {
        String t = text.replaceAll("\\s+", "");
        Set<String> out = new HashSet<>();
        for (int i = 0; i + 5 <= t.length(); i++) {
            out.add(t.substring(i, i + 5));
        }
        return out;
    }

    private static double median(double[] sorted) {
        return percentile(sorted, 0.5);
    }

    private static double percentile(double[] sorted, double p) {
        return sorted[(int) (p * (sorted.length - 1))];
    }
}
