package newsflow.bench;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import newsflow.core.dedup.IndexedArticle;
import newsflow.core.dedup.ReprintShard;
import newsflow.processor.ShardSerdes;
import org.apache.kafka.common.serialization.Serde;

/**
 * The reprint shards' storage in memory, in one of two forms. {@code objects}: plain maps of the objects, the cost of
 * the index logic alone. {@code stored}: the entries kept as the processor's state stores keep them (band members
 * comma-joined into one string, members through the same binary serde), so a lookup pays the same (de)serialisation
 * as in the pipeline, minus RocksDB. Both count the bytes the stores would hold: keys and values as the processor's
 * serdes write them.
 */
final class MemoryStorage implements ReprintShard.Storage {
    private static final Serde<IndexedArticle> MEMBER_SERDE = ShardSerdes.indexedArticles();

    private final boolean stored;
    private final Map<String, Object> bands = new HashMap<>();
    private final Map<String, Object> members = new HashMap<>();
    private long bandBytes;
    private long memberBytes;
    private long memberReads;

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
    @SuppressWarnings("unchecked")
    public List<String> bandMembers(String bandKey) {
        Object ids = bands.get(bandKey);
        if (ids == null) {
            return List.of();
        }
        return stored ? Arrays.asList(((String) ids).split(",")) : (List<String>) ids;
    }

    @Override
    @SuppressWarnings("unchecked")
    public void putBandMembers(String bandKey, List<String> arrivalIds) {
        Object old = bands.put(bandKey, stored ? String.join(",", arrivalIds) : List.copyOf(arrivalIds));
        long oldBytes = old == null ? -1 : stored ? ((String) old).length() : joinedLength((List<String>) old);
        bandBytes += oldBytes < 0 ? bandKey.length() + joinedLength(arrivalIds) : joinedLength(arrivalIds) - oldBytes;
    }

    @Override
    public IndexedArticle member(String arrivalId) {
        memberReads++;
        Object m = members.get(arrivalId);
        if (m == null) {
            return null;
        }
        return stored ? MEMBER_SERDE.deserializer().deserialize("", (byte[]) m) : (IndexedArticle) m;
    }

    @Override
    public void putMember(IndexedArticle member) {
        byte[] bytes = MEMBER_SERDE.serializer().serialize("", member);
        Object old = members.put(member.arrival().arrivalId(), stored ? bytes : member);
        if (old == null) {
            memberBytes += member.arrival().arrivalId().length() + bytes.length;
        }
    }

    @Override
    public void forEachMember(Consumer<IndexedArticle> action) {
        List.copyOf(members.keySet()).forEach(id -> action.accept(member(id)));
    }

    @Override
    public void clearBands() {
        bands.clear();
        bandBytes = 0;
    }

    @Override
    public void removeMember(String arrivalId) {
        members.remove(arrivalId);
    }

    /** Members read so far: each is a candidate verified, the cost that grows with the index. */
    long memberReads() {
        return memberReads;
    }

    int bandKeys() {
        return bands.size();
    }

    int members() {
        return members.size();
    }

    long bandBytes() {
        return bandBytes;
    }

    long memberBytes() {
        return memberBytes;
    }

    long storedBytes() {
        return bandBytes + memberBytes;
    }

    /** The length of the comma-joined list the band store keeps; arrival ids are ASCII. */
    private static long joinedLength(List<String> ids) {
        long n = Math.max(0, ids.size() - 1);
        for (String id : ids) {
            n += id.length();
        }
        return n;
    }
}
