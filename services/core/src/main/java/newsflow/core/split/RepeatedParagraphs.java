package newsflow.core.split;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Drops a paragraph that a layout slip printed twice in one article, keeping the later copy. */
final class RepeatedParagraphs {

    /** Short lines ("(完)", a repeated intertitle) recur legitimately; only real paragraphs count as repeats. */
    private static final int MIN_REPEAT_LENGTH = 10;

    private RepeatedParagraphs() {
    }

    static List<Paragraph> keepLast(List<Paragraph> paragraphs) {
        Map<String, Integer> lastSeen = new HashMap<>();
        List<String> keys = new ArrayList<>(paragraphs.size());
        for (int i = 0; i < paragraphs.size(); i++) {
            Paragraph p = paragraphs.get(i);
            String key = p.isText() ? TextShape.squash(p.text()) : "";
            keys.add(key);
            if (key.length() >= MIN_REPEAT_LENGTH) {
                lastSeen.put(key, i);
            }
        }
        List<Paragraph> out = new ArrayList<>(paragraphs.size());
        for (int i = 0; i < paragraphs.size(); i++) {
            Integer last = lastSeen.get(keys.get(i));
            if (last == null || last == i) {
                out.add(paragraphs.get(i));
            }
        }
        return out;
    }
}
