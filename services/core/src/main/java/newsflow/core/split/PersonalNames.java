package newsflow.core.split;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import newsflow.core.text.HanLpT2s;

/**
 * Whether a short line is a Chinese personal name and nothing else ("张新玲", "歐陽娜娜"): a surname from the tagger's
 * tables ({@code /tag/surnames.txt}, {@code /tag/compound-surnames.txt}; traditional characters read through HanLP's
 * conversion table) and a given name of one or two characters. A column of signed pieces prints its writers so.
 */
final class PersonalNames {
    private static final Set<String> SURNAMES = new HashSet<>();
    private static final Set<String> COMPOUND_SURNAMES = new HashSet<>();
    private static final Map<String, String> TO_SIMPLIFIED = HanLpT2s.entries();

    static {
        for (char c : String.join("", read("/tag/surnames.txt")).toCharArray()) {
            SURNAMES.add(String.valueOf(c));
        }
        for (String line : read("/tag/compound-surnames.txt")) {
            COMPOUND_SURNAMES.addAll(Set.of(line.split("\\s+")));
        }
    }

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
                : SURNAMES.contains(name.substring(0, 1)) || name.length() == 3 && COMPOUND_SURNAMES.contains(name.substring(0, 2));
    }

    private static Set<String> read(String resource) {
        Set<String> lines = new HashSet<>();
        try (InputStream in = PersonalNames.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("surname table missing from the class path: " + resource);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String l; (l = r.readLine()) != null; ) {
                if (!l.isBlank() && !l.startsWith("#")) {
                    lines.add(l.strip());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
        return lines;
    }
}
