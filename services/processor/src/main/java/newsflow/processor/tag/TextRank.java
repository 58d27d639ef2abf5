package newsflow.processor.tag;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
        int n = ids.size();
        List<Set<Integer>> links = new ArrayList<>(n);
        for (int v = 0; v < n; v++) {
            links.add(new HashSet<>());
        }
        for (int i = 0; i < seq.length; i++) {
            for (int j = Math.max(0, i - WINDOW + 1); j < i; j++) {
                if (seq[j] != seq[i]) {
                    links.get(seq[i]).add(seq[j]);
                    links.get(seq[j]).add(seq[i]);
                }
            }
        }
        int[][] adj = new int[n][];
        for (int v = 0; v < n; v++) {
            adj[v] = links.get(v).stream().mapToInt(Integer::intValue).toArray();
        }
        float[] score = new float[n];
        float[] next = new float[n];
        java.util.Arrays.fill(score, 1f);
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
}
