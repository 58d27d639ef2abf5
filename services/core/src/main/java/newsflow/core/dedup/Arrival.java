package newsflow.core.dedup;

/**
 * One article's arrival at the reprint index: which record brought it ({@code arrivalId}, unique even when a page is
 * sent twice), which article it is, and when it came. The order of arrivals decides which of two racing reprints is
 * the canonical: the page record's time first, then the page date (epoch day), then the ids, so every instance that
 * compares the same two arrivals gives the same answer.
 */
public record Arrival(String arrivalId, String articleId, long timestamp, long day) implements Comparable<Arrival> {
    @Override
    public int compareTo(Arrival o) {
        int c = Long.compare(timestamp, o.timestamp);
        if (c == 0) {
            c = Long.compare(day, o.day);
        }
        if (c == 0) {
            c = articleId.compareTo(o.articleId);
        }
        return c != 0 ? c : arrivalId.compareTo(o.arrivalId);
    }

    public boolean before(Arrival o) {
        return compareTo(o) < 0;
    }
}
