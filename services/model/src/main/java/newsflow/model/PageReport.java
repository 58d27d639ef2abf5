package newsflow.model;

import java.time.Instant;

/** What the processor made of one accepted page: how many articles it held (zero for a page of noise). */
public record PageReport(String pageId, PageSource source, String contentType, int bytes, int articles, Instant processedAt) {
}
