package newsflow.processor;

import java.util.List;
import newsflow.model.Article;
import newsflow.model.PageReport;

/** What became of one input record: accepted (a report and its articles) or rejected (the original bytes and why). */
sealed interface PageOutcome {
    record Accepted(PageReport report, List<Article> articles) implements PageOutcome {
    }

    record Rejected(byte[] key, byte[] value, String reason) implements PageOutcome {
    }
}
