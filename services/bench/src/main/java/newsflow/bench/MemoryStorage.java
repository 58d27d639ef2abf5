package newsflow.bench;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import newsflow.processor.IndexedArticleSerde;
import newsflow.processor.dedup.ReprintIndex;
import newsflow.processor.dedup.ReprintIndex.IndexedArticle;
import org.apache.kafka.common.serialization.Serde;

/**
 * The reprint index's storage in memory, in one of two forms. {@code objects}: plain maps of the objects, the cost of
 * the index logic alone. {@code stored}: the entries kept as the processor's state stores keep them (band members
 * comma-joined into one string, {@link IndexedArticle} as bytes through the same serde), so a lookup pays the
 * same (de)serialisation as in the pipeline, minus RocksDB. Both count the bytes the stores would hold: UTF-8 keys
 * and values as the processor's serdes write them.
 */
final class MemoryStorage implements ReprintIndex.Storage {
    private static final Serde<IndexedArticle> ARTICLE_SERDE = new IndexedArticleSerde();

    private final boolean stored;
    private final Map<String, String> exact = new HashMap<>();
    private final Map<String, Object> bands = new HashMap<>();
    private final Map<String, Object> articles = new HashMap<>();
    private long exactBytes;
    private long bandBytes;
    private long articleBytes;

    private MemoryStorage(boolean stored) {
        this.stored = stored;
    }

    static MemoryStorage objects() {
        return new MemoryStorage(false);
    }

    static MemoryStorage stored() {
        return new MemoryStorage(true);
    }

    @Override
    public String exactOwner(String textHash) {
        return exact.get(textHash);
    }

    @Override
    public void putExactOwner(String textHash, String articleId) {
        String old = exact.put(textHash, articleId);
        exactBytes += old == null ? utf8(textHash) + utf8(articleId) : utf8(articleId) - utf8(old);
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<String> bandMembers(String bandKey) {
        Object members = bands.get(bandKey);
        if (members == null) {
            return List.of();
        }
        return stored ? Arrays.asList(((String) members).split(",")) : (List<String>) members;
    }

    @Override
    @SuppressWarnings("unchecked")
    public void putBandMembers(String bandKey, List<String> articleIds) {
        Object old = bands.put(bandKey, stored ? String.join(",", articleIds) : List.copyOf(articleIds));
        long oldBytes = old == null ? -1 : stored ? utf8((String) old) : joinedLength((List<String>) old);
        bandBytes += oldBytes < 0 ? utf8(bandKey) + joinedLength(articleIds) : joinedLength(articleIds) - oldBytes;
    }

    @Override
    public IndexedArticle article(String articleId) {
        Object a = articles.get(articleId);
        if (a == null) {
            return null;
        }
        return stored ? ARTICLE_SERDE.deserializer().deserialize("", (byte[]) a) : (IndexedArticle) a;
    }

    @Override
    public void putArticle(IndexedArticle article) {
        Object old;
        if (stored) {
            old = articles.put(article.id(), ARTICLE_SERDE.serializer().serialize("", article));
        } else {
            old = articles.put(article.id(), article);
        }
        if (old == null) {
            articleBytes += utf8(article.id()) + IndexedArticleSerde.size(article);
        }
    }

    int bandKeys() {
        return bands.size();
    }

    int indexedArticles() {
        return articles.size();
    }

    long exactBytes() {
        return exactBytes;
    }

    long bandBytes() {
        return bandBytes;
    }

    long articleBytes() {
        return articleBytes;
    }

    long storedBytes() {
        return exactBytes + bandBytes + articleBytes;
    }

    /** The UTF-8 length of the index's keys and ids: hex digests, band keys and article ids are ASCII. */
    private static long utf8(String s) {
        return s.length();
    }

    /** The length of the comma-joined list the band store keeps. */
    private static long joinedLength(List<String> ids) {
        long n = Math.max(0, ids.size() - 1);
        for (String id : ids) {
            n += id.length();
        }
        return n;
    }

    @Override
    public List<IndexedArticle> articlesBefore(long day) {
        return List.copyOf(articles.keySet()).stream().map(this::article).filter(a -> a.day() < day).toList();
    }

    @Override
    public void removeArticle(String articleId) {
        articles.remove(articleId);
    }

    @Override
    public void removeExactOwners(java.util.Set<String> articleIds) {
        exact.values().removeIf(articleIds::contains);
    }
}
