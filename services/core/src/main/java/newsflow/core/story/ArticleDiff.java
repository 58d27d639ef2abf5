package newsflow.core.story;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Chunk;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import newsflow.model.Story.Edit;
import newsflow.model.Story.Edits;

/**
 * What a reprint changed against the canonical text: the bodies are compared sentence by sentence (java-diff-utils'
 * Myers diff), and within a changed sentence character by character, so a one-word edit (集中力量 → 集中精力) shows as
 * just that word rather than as a whole new sentence.
 */
public final class ArticleDiff {
    private static final Pattern SENTENCE = Pattern.compile("[^。！？!?；;\\n]+[。！？!?；;]*[”’」』)）]*|\\n");
    private static final int MAX_EXAMPLES = 8;
    private static final int MAX_EXAMPLE_CHARS = 80;
    private static final int MERGE_GAP = 2;

    public Edits between(String canonical, String carrier) {
        List<String> from = sentences(canonical);
        List<String> to = sentences(carrier);
        int changed = 0;
        int inserted = 0;
        int deleted = 0;
        List<Edit> examples = new ArrayList<>();
        for (AbstractDelta<String> delta : DiffUtils.diff(from, to).getDeltas()) {
            List<String> source = delta.getSource().getLines();
            List<String> target = delta.getTarget().getLines();
            int paired = Math.min(source.size(), target.size());
            changed += paired;
            deleted += source.size() - paired;
            inserted += target.size() - paired;
            for (int i = 0; i < paired; i++) {
                wordEdits(source.get(i), target.get(i), examples);
            }
            for (int i = paired; i < source.size(); i++) {
                example(examples, new Edit("delete", clip(source.get(i)), null));
            }
            for (int i = paired; i < target.size(); i++) {
                example(examples, new Edit("insert", null, clip(target.get(i))));
            }
        }
        return changed + inserted + deleted == 0 ? Edits.NONE : new Edits(changed, inserted, deleted, List.copyOf(examples));
    }

    /**
     * Character edits within one changed sentence, with edits at most {@link #MERGE_GAP} characters apart merged into
     * one span: 集中力量 → 集中精力 is one change 力量 → 精力, not an insertion of 精 and a deletion of 量.
     */
    private static void wordEdits(String from, String to, List<Edit> examples) {
        if (examples.size() >= MAX_EXAMPLES) {
            return;     // all examples taken: a character diff now would be thrown away
        }
        List<String> a = from.codePoints().mapToObj(Character::toString).toList();
        List<String> b = to.codePoints().mapToObj(Character::toString).toList();
        List<AbstractDelta<String>> deltas = DiffUtils.diff(a, b).getDeltas();
        int i = 0;
        while (i < deltas.size()) {
            int j = i;
            while (j + 1 < deltas.size() && deltas.get(j + 1).getSource().getPosition() - end(deltas.get(j).getSource()) <= MERGE_GAP) {
                j++;
            }
            String removed = String.join("", a.subList(deltas.get(i).getSource().getPosition(), end(deltas.get(j).getSource())));
            String added = String.join("", b.subList(deltas.get(i).getTarget().getPosition(), end(deltas.get(j).getTarget())));
            String type = removed.isEmpty() ? "insert" : added.isEmpty() ? "delete" : "change";
            example(examples, new Edit(type, removed.isEmpty() ? null : clip(removed), added.isEmpty() ? null : clip(added)));
            i = j + 1;
        }
    }

    private static int end(Chunk<String> chunk) {
        return chunk.getPosition() + chunk.size();
    }

    private static void example(List<Edit> examples, Edit edit) {
        if (examples.size() < MAX_EXAMPLES) {
            examples.add(edit);
        }
    }

    private static String clip(String s) {
        String t = s.strip();
        return t.length() <= MAX_EXAMPLE_CHARS ? t : t.substring(0, MAX_EXAMPLE_CHARS) + "…";
    }

    static List<String> sentences(String text) {
        List<String> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        Matcher m = SENTENCE.matcher(text);
        while (m.find()) {
            String s = m.group().strip();
            if (!s.isEmpty()) {
                out.add(s);
            }
        }
        return out;
    }
}
