package newsflow.bench;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import newsflow.processor.dedup.ReprintIndex;
import newsflow.processor.dedup.ReprintIndex.IndexedArticle;

/**
 * A storage in front of another that counts the candidate articles {@link ReprintIndex#admit} fetches, and, with
 * {@code memo}, fetches each candidate once per article however many bands it shares: the prototype of a fix (the
 * index looks a candidate up again for every band it shares with the article, so a reprint sharing 50 bands with its
 * canonical reads and deserialises the canonical 50 times). {@link #nextArticle} marks where one admit starts.
 */
final class CountingStorage implements ReprintIndex.Storage {
    private final ReprintIndex.Storage delegate;
    private final boolean memo;
    private final Map<String, IndexedArticle> seen = new HashMap<>();
    private long fetches;
    private long bandReads;

    CountingStorage(ReprintIndex.Storage delegate, boolean memo) {
        this.delegate = delegate;
        this.memo = memo;
    }

    void nextArticle() {
        seen.clear();
    }

    long fetches() {
        return fetches;
    }

    long bandReads() {
        return bandReads;
    }

    @Override
    public IndexedArticle article(String articleId) {
        if (memo) {
            IndexedArticle known = seen.get(articleId);
            if (known != null) {
                return known;
            }
        }
        fetches++;
        IndexedArticle a = delegate.article(articleId);
        if (memo && a != null) {
            seen.put(articleId, a);
        }
        return a;
    }

    @Override
    public List<String> bandMembers(String bandKey) {
        bandReads++;
        return delegate.bandMembers(bandKey);
    }

    @Override
    public String exactOwner(String textHash) {
        return delegate.exactOwner(textHash);
    }

    @Override
    public void putExactOwner(String textHash, String articleId) {
        delegate.putExactOwner(textHash, articleId);
    }

    @Override
    public void putBandMembers(String bandKey, List<String> articleIds) {
        delegate.putBandMembers(bandKey, articleIds);
    }

    @Override
    public void putArticle(IndexedArticle article) {
        delegate.putArticle(article);
    }

    @Override
    public List<IndexedArticle> articlesBefore(long day) {
        return delegate.articlesBefore(day);
    }

    @Override
    public void removeArticle(String articleId) {
        delegate.removeArticle(articleId);
    }

    @Override
    public void removeExactOwners(java.util.Set<String> articleIds) {
        delegate.removeExactOwners(articleIds);
    }
}
