package newsflow.sink;

import java.time.Instant;

/**
 * One dead letter as {@code GET /api/dead-letters} shows it: when it was written to the DLQ, the reason (its first
 * 500 characters) and the reason's category (as {@code deadLettersByReason} groups them), the original page's size
 * in bytes, its key (the page id, if it had one) and {@code source} header, where the page was read
 * ({@code topic}/{@code partition}/{@code offset} from the {@code dlq.*} headers; null when absent) and where the dead
 * letter itself is ({@code dlqPartition}/{@code dlqOffset} on {@code news.pages.dlq}).
 */
record DeadLetter(Instant time, String reason, String category, long bytes, String key, String source,
                  String topic, Integer partition, Long offset, int dlqPartition, long dlqOffset) {
}
