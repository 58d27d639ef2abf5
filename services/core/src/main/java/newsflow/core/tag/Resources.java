package newsflow.core.tag;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads the tagger's resource files under {@code /tag/} on the class path (the splitter reads its surname tables too). Every file is UTF-8, one entry a line;
 * blank lines and lines starting with {@code #} are ignored, and anything after a {@code " #"} is a comment.
 */
public final class Resources {
    private Resources() {
    }

    public static List<String> lines(String name) {
        String path = "/tag/" + name;
        try (InputStream in = Resources.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("tagger resource missing from the class path: " + path);
            }
            List<String> out = new ArrayList<>();
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                int c = line.indexOf(" #");
                if (c >= 0) {
                    line = line.substring(0, c);
                }
                line = line.strip();
                if (!line.isEmpty() && !line.startsWith("#")) {
                    out.add(line);
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read tagger resource " + path, e);
        }
    }

    /** Every whitespace-separated token of every line: for word lists written several to a line. */
    public static Set<String> words(String name) {
        Set<String> out = new HashSet<>();
        for (String line : lines(name)) {
            for (String w : line.split("\\s+")) {
                if (!w.isEmpty()) {
                    out.add(w);
                }
            }
        }
        return Set.copyOf(out);
    }

    /** Every character of every line (white space ignored): for character tables such as the surname list. */
    public static Set<Character> chars(String name) {
        Set<Character> out = new HashSet<>();
        for (String line : lines(name)) {
            for (char ch : line.toCharArray()) {
                if (!Character.isWhitespace(ch)) {
                    out.add(ch);
                }
            }
        }
        return Set.copyOf(out);
    }
}
