package newsflow.processor;

import java.util.List;
import newsflow.core.dedup.ShardProbe;

/** The probes of one page's articles to one reprint shard, in the page's order: one record instead of one per article. */
record PageProbe(int shard, List<ShardProbe> probes) {
}
