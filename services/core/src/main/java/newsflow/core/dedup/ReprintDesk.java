package newsflow.core.dedup;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import newsflow.core.dedup.ReprintGather.Verdict;
import newsflow.core.dedup.ReprintMessage.Arrived;
import newsflow.model.Article;

/**
 * The whole reprint index in one process: fan-out to the shards, the shards, and the gathers, with messages delivered
 * in order per addressee, as Kafka delivers them per key. Without a {@link Random} the addressees are served in the order
 * their first waiting message came; with one, they take turns at random, as partitions on several instances would. The
 * bench and the tests run the same logic as the Streams topology through it.
 */
public final class ReprintDesk {
    private final ReprintIndex index;
    private final ReprintShard shard;
    private final ReprintGather gather;
    private final ReprintShard.Storage storage;
    private final Random interleaving;
    private final Map<String, GatherState> gathers = new HashMap<>();
    /** Messages waiting, per addressee: a shard ("shard-N") or an arrival id; in the order they were sent. */
    private final Map<String, Deque<Object>> inboxes = new LinkedHashMap<>();
    private long arrivals;

    public ReprintDesk(ReprintIndex index, int shards, ReprintShard.Storage storage, Random interleaving) {
        this.index = index;
        this.shard = new ReprintShard(index, shards);
        this.gather = new ReprintGather(shards);
        this.storage = storage;
        this.interleaving = interleaving;
    }

    /** Delivered in FIFO order over one storage. */
    public static ReprintDesk inOrder(ReprintIndex index, int shards, ReprintShard.Storage storage) {
        return new ReprintDesk(index, shards, storage, null);
    }

    /** Sends an article in and delivers everything; its verdict (arrivals are numbered in the order they come). */
    public Verdict admit(String articleId, long day, String text) {
        return admit(articleId, day, index.fingerprint(text));
    }

    public Verdict admit(String articleId, long day, ReprintIndex.Fingerprint fingerprint) {
        Arrival arrival = new Arrival(articleId + "#" + arrivals, articleId, arrivals, day);
        send(arrival, null, fingerprint);
        return deliver().stream().filter(v -> v.arrival().equals(arrival)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no verdict on " + arrival));
    }

    /** What the fan-out does for one arrival: the arrival to its gather, a probe to every shard. */
    public void send(Arrival arrival, Article article, ReprintIndex.Fingerprint fingerprint) {
        arrivals++;
        post(arrival.arrivalId(), new Arrived(arrival, article));
        for (int s = 0; s < shard.shards(); s++) {
            post("shard-" + s, new ShardProbe(arrival, s, fingerprint));
        }
    }

    /** Delivers until no message is left; the verdicts made, in the order they were made. */
    public List<Verdict> deliver() {
        List<Verdict> verdicts = new ArrayList<>();
        while (!inboxes.isEmpty()) {
            String to = nextAddressee();
            Deque<Object> inbox = inboxes.get(to);
            Object message = inbox.poll();
            if (inbox.isEmpty()) {
                inboxes.remove(to);
            }
            if (message instanceof ShardProbe probe) {
                shard.probe(probe, storage).forEach(a -> post(a.to(), a.message()));
            } else {
                ReprintGather.Step step = gather.receive(to, gathers.get(to), (ReprintMessage) message);
                if (step.state() != null) {
                    gathers.put(to, step.state());
                }
                step.messages().forEach(a -> post(a.to(), a.message()));
                if (step.verdict() != null) {
                    verdicts.add(step.verdict());
                }
            }
        }
        return verdicts;
    }

    /** Forgets the stories printed before {@code oldestDayKept} (epoch day); returns how many arrivals the shards forgot. */
    public int expire(long oldestDayKept) {
        gathers.values().removeIf(s -> ReprintGather.expired(s, oldestDayKept));
        return shard.expire(oldestDayKept, IntStream.range(0, shard.shards()).boxed().toList(), storage);
    }

    private String nextAddressee() {
        Iterator<String> keys = inboxes.keySet().iterator();
        if (interleaving == null) {
            return keys.next();
        }
        int skip = interleaving.nextInt(inboxes.size());
        String key = keys.next();
        for (int i = 0; i < skip; i++) {
            key = keys.next();
        }
        return key;
    }

    private void post(String to, Object message) {
        inboxes.computeIfAbsent(to, k -> new ArrayDeque<>()).add(message);
    }
}
