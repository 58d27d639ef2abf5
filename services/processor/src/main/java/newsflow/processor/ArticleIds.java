package newsflow.processor;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Article ids are a function of the input record (topic, partition, offset) and the article's ordinal on the page:
 * processing the same record again gives the same ids, and a page sent again gets new ones.
 */
final class ArticleIds {
    private ArticleIds() {
    }

    static String of(String topic, int partition, long offset, int ordinal) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((topic + '/' + partition + '/' + offset).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8) + '-' + ordinal;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
