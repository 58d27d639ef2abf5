package newsflow.processor.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import newsflow.processor.page.Page;
import newsflow.processor.page.PageReader;
import newsflow.processor.page.RejectedPageException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The page reader on each hostile page: accepted with the right type and text, or rejected under the right category. */
class HostilePageReaderTest {
    /** The categories the sink groups dead letters by: the text before the first ':' with digits folded. */
    static final Set<String> CATEGORIES = Set.of("empty page", "binary content", "not UTF-N text", "undecodable text",
            "unsupported charset", "malformed JSON envelope", "invalid JSON envelope",
            "page of N bytes exceeds the limit of N bytes");

    private final PageReader reader = new PageReader(PageReader.DEFAULT_MAX_BYTES);

    static List<HostilePages.Case> cases() {
        return HostilePages.all();
    }

    /** The category of a reason as the sink computes it. */
    static String category(String reason) {
        int cut = reason.indexOf(':');
        return folded((cut < 0 ? reason : reason.substring(0, cut)).strip());
    }

    /** Digits folded as the sink folds them ("not UTF-8 text" is counted as "not UTF-N text"). */
    static String folded(String s) {
        return s.replaceAll("\\d+", "N");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void eachHostilePageIsReadOrRejectedWithItsCategory(HostilePages.Case c) {
        byte[] key = c.name().getBytes(StandardCharsets.UTF_8);
        try {
            Page page = reader.read(key, c.value(), c.headers());
            if (!c.accepted()) {
                fail(c.name() + " should be rejected as '" + c.rejectedAs() + "' but was read as " + page.contentType()
                        + ": " + abbreviated(page.text()));
            }
            assertEquals(c.name(), page.pageId());
            assertEquals(c.contentType(), page.contentType(), c.name());
            if (c.text() != null) {
                assertEquals(c.text(), page.text(), c.name());
            }
            assertTrue(page.text().chars().noneMatch(ch -> Character.isISOControl(ch) && ch != '\n' && ch != '\r' && ch != '\t'),
                    c.name() + ": no control characters reach the splitter");
        } catch (RejectedPageException e) {
            if (c.accepted()) {
                fail(c.name() + " should be read as " + c.contentType() + " but was rejected: " + e.getMessage());
            }
            String category = category(e.getMessage());
            assertTrue(category.startsWith(folded(c.rejectedAs())), c.name() + ": reason '" + e.getMessage() + "' should start with '"
                    + c.rejectedAs() + "'");
            assertTrue(CATEGORIES.contains(category), c.name() + ": '" + category + "' is one of the known categories");
            assertTrue(e.getMessage().length() < 300, "a reason is short: " + e.getMessage());
        }
    }

    private static String abbreviated(String text) {
        return text.length() <= 200 ? text : text.substring(0, 200) + "…";
    }
}
