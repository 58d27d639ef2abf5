package newsflow.core.text;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.corpus.io.IOUtil;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The entries of HanLP's traditional→simplified dictionary ({@code t2s.txt}), parsed as HanLP parses them: a line
 * {@code key=value} split at its first {@code =}, lines without one skipped, a later entry for a key replacing the
 * earlier. Callers derive from it which texts {@code HanLP.convertToSimplifiedChinese} can change.
 */
public final class HanLpT2s {
    private HanLpT2s() {
    }

    /** Key → value, in file order. Read anew on each call: for start-up use. */
    public static Map<String, String> entries() {
        String path = HanLP.Config.tcDictionaryRoot + "t2s.txt";
        Map<String, String> out = new LinkedHashMap<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(IOUtil.newInputStream(path), StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                int eq = line.indexOf('=');
                if (eq >= 0) {
                    out.put(line.substring(0, eq), line.substring(eq + 1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read HanLP's traditional→simplified dictionary " + path, e);
        }
        return out;
    }
}
