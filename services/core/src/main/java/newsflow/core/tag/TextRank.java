package newsflow.core.tag;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small TextRank over an already filtered sequence of terms: terms co-occurring within a window are linked, and
 * PageRank is run on that graph. Works on the terms of the single segmentation pass; stateless and thread-safe.
 */
final class TextRank {
    private static final float DAMPING = 0.85f;
    private static final int WINDOW = 5;
    private static final int MAX_ITER = 50;
    private static final float MIN_DIFF = 0.0005f;

    private TextRank() {
    }

    /** Rank of each distinct term of {@code terms} (in first-seen order); empty for an empty input. */
    static Map<String, Float> rank(List<String> terms) {
        Map<String, Integer> ids = new LinkedHashMap<>();
        int[] seq = new int[terms.size()];
        for (int i = 0; i < seq.length; i++) {
            seq[i] = ids.computeIfAbsent(terms.get(i), k -> ids.size());
        }
        int[][] adj = neighbours(seq, ids.size());
        int n = adj.length;
        float[] score = new float[n];
        float[] next = new float[n];
        Arrays.fill(score, 1f);
        for (int it = 0; it < MAX_ITER; it++) {
            float maxDiff = 0;
            for (int v = 0; v < n; v++) {
                float s = 1 - DAMPING;
                for (int u : adj[v]) {
                    s += DAMPING * score[u] / adj[u].length;
                }
                next[v] = s;
                maxDiff = Math.max(maxDiff, Math.abs(s - score[v]));
            }
            float[] t = score;
            score = next;
            next = t;
            if (maxDiff <= MIN_DIFF) {
                break;
            }
        }
        Map<String, Float> ordered = new LinkedHashMap<>();
        for (Map.Entry<String, Integer> e : ids.entrySet()) {
            ordered.put(e.getKey(), score[e.getValue()]);
        }
        return ordered;
    }

    /**
     * Each term's distinct neighbours within the window, ascending: counted, filled, then sorted and deduplicated in
     * place (boxed sets per term had cost as much as the ranking itself).
     */
    private static int[][] neighbours(int[] seq, int n) {
        int[] degree = new int[n];
        forEachLink(seq, (a, b) -> {
            degree[a]++;
            degree[b]++;
        });
        int[][] adj = new int[n][];
        for (int v = 0; v < n; v++) {
            adj[v] = new int[degree[v]];
        }
        int[] filled = new int[n];
        forEachLink(seq, (a, b) -> {
            adj[a][filled[a]++] = b;
            adj[b][filled[b]++] = a;
        });
        for (int v = 0; v < n; v++) {
            int[] all = adj[v];
            Arrays.sort(all);
            int distinct = 0;
            for (int i = 0; i < all.length; i++) {
                if (i == 0 || all[i] != all[i - 1]) {
                    all[distinct++] = all[i];
                }
            }
            adj[v] = distinct == all.length ? all : Arrays.copyOf(all, distinct);
        }
        return adj;
    }

    private interface Link {
        void accept(int term, int other);
    }

    /** Every pair of different terms within the window of each other, once per co-occurrence. */
    private static void forEachLink(int[] seq, Link link) {
        for (int i = 0; i < seq.length; i++) {
            for (int j = Math.max(0, i - WINDOW + 1); j < i; j++) {
                if (seq[j] != seq[i]) {
                    link.accept(seq[i], seq[j]);
                }
            }
        }
    }
}
