package newsflow.producer;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import newsflow.model.PageHeaders;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeader;

/** The optional headers of a raw page; null fields are not sent. */
public record PageMetadata(String source, String date, String page, String url, String contentType) {

    /** Fields of {@code this} where set, else those of {@code fallback}. */
    public PageMetadata or(PageMetadata fallback) {
        return new PageMetadata(
                source != null ? source : fallback.source,
                date != null ? date : fallback.date,
                page != null ? page : fallback.page,
                url != null ? url : fallback.url,
                contentType != null ? contentType : fallback.contentType);
    }

    public List<Header> headers() {
        List<Header> headers = new ArrayList<>(5);
        add(headers, PageHeaders.SOURCE, source);
        add(headers, PageHeaders.DATE, date);
        add(headers, PageHeaders.PAGE, page);
        add(headers, PageHeaders.URL, url);
        add(headers, PageHeaders.CONTENT_TYPE, contentType);
        return headers;
    }

    private static void add(List<Header> headers, String name, String value) {
        if (value != null && !value.isBlank()) {
            headers.add(new RecordHeader(name, value.getBytes(StandardCharsets.UTF_8)));
        }
    }

    /** The content type a file name announces, or null to let the processor sniff it. */
    public static String contentTypeOf(String fileName) {
        String name = fileName.toLowerCase(java.util.Locale.ROOT);
        if (name.endsWith(".html") || name.endsWith(".htm")) {
            return "text/html";
        }
        if (name.endsWith(".md") || name.endsWith(".markdown")) {
            return "text/markdown";
        }
        if (name.endsWith(".txt")) {
            return "text/plain";
        }
        return null;
    }
}
