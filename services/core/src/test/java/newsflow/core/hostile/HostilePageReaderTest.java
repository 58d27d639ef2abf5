package newsflow.core.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.util.List;
import newsflow.core.page.Page;
import newsflow.core.page.PageReader;
import newsflow.core.page.RejectedPageException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The page reader on each hostile page: accepted with the right type and text, or rejected under the right category. */
class HostilePageReaderTest {
    private final PageReader reader = new PageReader(PageReader.DEFAULT_MAX_BYTES);

    static List<HostilePages.Case> cases() {
        return HostilePages.all();
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
            String category = HostilePages.category(e.getMessage());
            assertTrue(category.startsWith(HostilePages.folded(c.rejectedAs())), c.name() + ": reason '" + e.getMessage() + "' should start with '"
                    + c.rejectedAs() + "'");
            assertTrue(HostilePages.CATEGORIES.contains(category), c.name() + ": '" + category + "' is one of the known categories");
            assertTrue(e.getMessage().length() < 300, "a reason is short: " + e.getMessage());
        }
    }

    private static String abbreviated(String text) {
        return text.length() <= 200 ? text : text.substring(0, 200) + "…";
    }
}
