package newsflow.core.page;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Random;

/**
 * News article pages as large as real ones with inline scripts (1 MB and more), for the tests of pages over Kafka's
 * defaults: most of a page is a script holding random data, so compression does not shrink it.
 */
public final class LargeNewsPages {
    public static final int MB = 1024 * 1024;

    private LargeNewsPages() {
    }

    /** A page of a little more than {@code bytes}: one article (headline, lead, one more paragraph) and the script. */
    public static byte[] newsPage(String headline, String lead, int bytes, long seed) {
        String article = "<!DOCTYPE html><html lang=\"en\"><head><title>" + headline + " | Bay Post</title></head><body>"
                + "<nav><a href=\"/\">Home</a></nav><article><h1>" + headline + "</h1><p>" + lead + "</p>"
                + "<p>The council will review the figures in the autumn, a spokeswoman said on Tuesday.</p>"
                + "</article><script>var state = \"";
        byte[] random = new byte[bytes * 3 / 4];
        new Random(seed).nextBytes(random);
        String page = article + Base64.getEncoder().encodeToString(random) + "\";</script></body></html>";
        return page.getBytes(StandardCharsets.UTF_8);
    }
}
