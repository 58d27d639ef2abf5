package newsflow.core.dedup;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The shards' storage in plain maps, for one process: the evaluation on labelled reprints and the tests run the index
 * logic with no Kafka and no state store.
 */
public final class MapShardStorage implements ReprintShard.Storage {
    final Map<String, List<String>> bands = new HashMap<>();
    final Map<String, IndexedArticle> members = new LinkedHashMap<>();
    /** How many member reads the shards made: each is a verification of a candidate. */
    int memberReads;

    @Override
    public List<String> bandMembers(String bandKey) {
        return bands.getOrDefault(bandKey, List.of());
    }

    @Override
    public void putBandMembers(String bandKey, List<String> arrivalIds) {
        if (arrivalIds.isEmpty()) {
            bands.remove(bandKey);
        } else {
            bands.put(bandKey, arrivalIds);
        }
    }

    @Override
    public IndexedArticle member(String arrivalId) {
        memberReads++;
        return members.get(arrivalId);
    }

    @Override
    public void putMember(IndexedArticle member) {
        members.put(member.arrival().arrivalId(), member);
    }

    @Override
    public void forEachMember(Consumer<IndexedArticle> action) {
        members.values().forEach(action);
    }

    @Override
    public void removeMember(String arrivalId) {
        members.remove(arrivalId);
    }

    @Override
    public void clearBands() {
        bands.clear();
    }
}
