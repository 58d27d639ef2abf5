package newsflow.sink;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import newsflow.model.Article;

/**
 * The day an article counts for in the timeline and the entity counts: the page's issue date ({@code source.date},
 * ISO-8601, only its date part is read) when present, else the day (UTC) the processor wrote the record
 * ({@code processedAt}, else the record's timestamp). An issue date more than one day after the day the record was
 * written is taken for a typo and ignored, so one bad date cannot push every other day out of the bounded stores.
 */
final class ArticleDay {
    private ArticleDay() {
    }

    static LocalDate of(Article a, long recordTimestamp) {
        Instant written = a.processedAt() != null ? a.processedAt() : Instant.ofEpochMilli(recordTimestamp);
        LocalDate writtenDay = written.atZone(ZoneOffset.UTC).toLocalDate();
        LocalDate issue = issueDate(a.source() == null ? null : a.source().date());
        return issue != null && !issue.isAfter(writtenDay.plusDays(1)) ? issue : writtenDay;
    }

    static LocalDate issueDate(String date) {
        if (date == null || date.length() < 10) {
            return null;
        }
        try {
            LocalDate d = LocalDate.parse(date.substring(0, 10));
            return d.getYear() < 1000 ? null : d;
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
