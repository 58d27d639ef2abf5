package newsflow.local;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Set;

/** A ledger in the data directory of the page files already published, so a restart publishes each page once. */
final class PublishedPages {
    private final Path ledger;
    private final Set<String> digests = new HashSet<>();

    PublishedPages(Path ledger) throws IOException {
        this.ledger = ledger;
        if (Files.exists(ledger)) {
            digests.addAll(Files.readAllLines(ledger, StandardCharsets.UTF_8));
        }
    }

    boolean contains(byte[] page) {
        return digests.contains(digest(page));
    }

    void add(byte[] page) throws IOException {
        String d = digest(page);
        if (digests.add(d)) {
            Files.writeString(ledger, d + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        }
    }

    int size() {
        return digests.size();
    }

    private static String digest(byte[] page) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(page));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
