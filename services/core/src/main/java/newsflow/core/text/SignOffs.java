package newsflow.core.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writers' names in brackets after a paragraph's last sentence, as archive pages sign a piece off ("…保住了堤防。 (毛丹)",
 * "(黄建生 汪明喜)"). The splitter makes one the byline, the tagger its names people; each judges the names its own way.
 */
public final class SignOffs {
    private static final Pattern SIGNED_OFF =
            Pattern.compile("[。！？”」!?][ \\t\\u3000]*([（(]([^（）()\\n]{2,12})[）)])[ \\t\\u3000]*(?:\\n|$)");
    private static final Pattern BETWEEN_NAMES = Pattern.compile("[\\s、]+");

    /** A sign-off: the brackets as printed, and the names inside them. */
    public record SignOff(String printed, List<String> names) {
    }

    private SignOffs() {
    }

    /** The sign-offs closing the paragraphs of a text (lines separated by {@code \n}), in order. */
    public static List<SignOff> in(String text) {
        List<SignOff> out = new ArrayList<>();
        Matcher m = SIGNED_OFF.matcher(text);
        while (m.find()) {
            out.add(new SignOff(m.group(1), List.of(BETWEEN_NAMES.split(m.group(2).strip()))));
        }
        return out;
    }
}
