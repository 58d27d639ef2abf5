package newsflow.processor;

import newsflow.model.Article;
import newsflow.processor.dedup.ReprintIndex;
import newsflow.processor.dedup.ReprintIndex.Fingerprint;

/** An article on its way to the dedup partition, fingerprinted where it was cut so that step stays cheap. */
record FingerprintedArticle(Article article, Fingerprint fingerprint) {
    static FingerprintedArticle of(Article a, ReprintIndex index) {
        return new FingerprintedArticle(a, index.fingerprint((a.headline() == null ? "" : a.headline()) + "\n"
                + (a.body() == null ? "" : a.body())));
    }
}
