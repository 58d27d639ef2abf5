package newsflow.core.split;

import java.util.Map;
import java.util.Set;
import newsflow.core.tag.Resources;
import newsflow.core.text.HanLpT2s;

/**
 * Whether a short line is a Chinese personal name and nothing else ("张新玲", "歐陽娜娜"): a surname from the tagger's
 * tables ({@code /tag/surnames.txt}, {@code /tag/compound-surnames.txt}; traditional characters read through HanLP's
 * conversion table) and a given name of one or two characters. A column of signed pieces prints its writers so.
 */
final class PersonalNames {
    private static final Set<Character> SURNAMES = Resources.chars("surnames.txt");
    private static final Set<String> COMPOUND_SURNAMES = Resources.words("compound-surnames.txt");
    private static final Map<String, String> TO_SIMPLIFIED = HanLpT2s.entries();

    private PersonalNames() {
    }

    static boolean isName(String line) {
        String text = line.strip();
        if (text.length() < 2 || text.length() > 4 || !text.chars().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
            return false;
        }
        StringBuilder simplified = new StringBuilder();
        for (char c : text.toCharArray()) {
            simplified.append(TO_SIMPLIFIED.getOrDefault(String.valueOf(c), String.valueOf(c)));
        }
        String name = simplified.toString();
        return name.length() == 4 ? COMPOUND_SURNAMES.contains(name.substring(0, 2))
                : SURNAMES.contains(name.charAt(0)) || name.length() == 3 && COMPOUND_SURNAMES.contains(name.substring(0, 2));
    }
}
