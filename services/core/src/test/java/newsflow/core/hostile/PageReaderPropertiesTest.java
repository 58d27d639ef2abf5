package newsflow.core.hostile;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import newsflow.core.page.Page;
import newsflow.core.page.PageReader;
import newsflow.core.page.RejectedPageException;
import newsflow.core.split.PageSplitter;
import newsflow.core.split.SplitPage;

/**
 * Property tests of the page reader, alone and followed by the splitter, on arbitrary bytes and headers: nothing but
 * a {@link RejectedPageException} with a known category escapes, an accepted page is non-blank text without control
 * characters, plain text is never added to, and the articles cut from what the reader gives invent no text.
 * Tries are bounded so the class runs in seconds.
 */
class PageReaderPropertiesTest {
    private static final PageReader READER = new PageReader(64 * 1024);
    private static final PageSplitter SPLITTER = new PageSplitter();

    @Provide
    Arbitrary<byte[]> pageBytes() {
        return HostileGenerators.pageBytes();
    }

    @Provide
    Arbitrary<String> contentTypes() {
        return HostileGenerators.contentTypes().injectNull(0.3);
    }

    @Provide
    Arbitrary<String> pageText() {
        return HostileGenerators.pageText();
    }

    @Property(tries = 400)
    void onlyRejectionsEscapeAndAcceptedPagesAreCleanText(@ForAll("pageBytes") byte[] value,
                                                           @ForAll("contentTypes") String contentType) {
        Map<String, String> headers = new HashMap<>();
        if (contentType != null) {
            headers.put("content-type", contentType);
        }
        Page page;
        try {
            page = READER.read(null, value, headers);
        } catch (RejectedPageException e) {
            String category = HostilePages.category(e.getMessage());
            net.jqwik.api.statistics.Statistics.label("outcome").collect(category);
            assertTrue(HostilePages.CATEGORIES.contains(category), "unknown category '" + category + "' of: " + e.getMessage());
            return;
        }
        assertNotNull(page.pageId());
        net.jqwik.api.statistics.Statistics.label("outcome").collect("accepted " + page.contentType());
        assertFalse(page.text().isBlank(), "an accepted page has text");
        assertTrue(page.text().chars().noneMatch(c -> c != '\n' && c != '\r' && c != '\t' && Character.isISOControl(c)),
                "no control characters reach the splitter");
        SplitPage split = SPLITTER.split(page.text());
        String invented = TextProvenance.of(page.text()).invented(split);
        assertTrue(invented == null, "invented text: " + invented);
    }

    /** Plain UTF-8 text comes out as it went in, less control characters: nothing is added, nothing reordered. */
    @Property(tries = 300)
    void plainTextLosesOnlyControlCharacters(@ForAll("pageText") String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        Page page;
        try {
            page = READER.read(null, bytes, Map.of("content-type", "text/plain"));
        } catch (RejectedPageException e) {
            String category = HostilePages.category(e.getMessage());
            assertTrue(category.equals("empty page") || category.equals("binary content") || category.startsWith("page of"),
                    "UTF-8 text is rejected only when empty, binary or too long: " + e.getMessage());
            return;
        }
        String in = TextProvenance.squash(new String(bytes, StandardCharsets.UTF_8));
        String out = TextProvenance.squash(page.text());
        assertTrue(isSubsequence(out, in), "the page text is the input with characters removed, never added");
    }

    private static boolean isSubsequence(String small, String big) {
        int j = 0;
        for (int i = 0; i < big.length() && j < small.length(); i++) {
            if (big.charAt(i) == small.charAt(j)) {
                j++;
            }
        }
        return j == small.length();
    }
}
