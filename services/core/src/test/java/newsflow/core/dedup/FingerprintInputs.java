package newsflow.core.dedup;

import com.hankcs.hanlp.HanLP;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import newsflow.core.SeedPages;

/**
 * Texts whose normal forms and signatures are pinned by the dedup tests: every line of the seed pages, the same in
 * traditional script and in full-width forms, and random strings over the scripts and symbols news text mixes
 * (ASCII, CJK, full-width, punctuation, combining marks, characters outside the BMP). Deterministic.
 */
final class FingerprintInputs {
    private FingerprintInputs() {
    }

    static List<String> texts() {
        List<String> out = new ArrayList<>();
        for (String file : List.of("000_fe3380e024d71eeb.txt", "002_488d0b9540606021.txt")) {
            String page = SeedPages.page(file);
            out.add(page);
            out.add(HanLP.convertToTraditionalChinese(page));
            for (String line : page.split("\n")) {
                out.add(line);
                out.add(HanLP.convertToTraditionalChinese(line));
                out.add(fullWidth(line));
            }
        }
        Random rnd = new Random(9);
        int[][] ranges = {{0x20, 0x7E}, {0x4E00, 0x9FFF}, {0xFF01, 0xFF5E}, {0x3000, 0x303F}, {0x0300, 0x036F},
                {0x00C0, 0x024F}, {0x20000, 0x2A6DF}, {0x1F600, 0x1F64F}, {0x2E80, 0x2FDF}, {0xF900, 0xFAFF}};
        for (int i = 0; i < 2000; i++) {
            StringBuilder b = new StringBuilder();
            int length = rnd.nextInt(i % 10 == 0 ? 400 : 12);
            for (int k = 0; k < length; k++) {
                int[] r = ranges[rnd.nextInt(ranges.length)];
                b.appendCodePoint(r[0] + rnd.nextInt(r[1] - r[0] + 1));
            }
            out.add(b.toString());
        }
        out.add("");
        out.add("\uD800 lone \uDC00 surrogates \uDBFF");
        return out;
    }

    private static String fullWidth(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            b.append(c > ' ' && c < 0x7F ? (char) (c - 0x21 + 0xFF01) : c);
        }
        return b.toString();
    }
}
