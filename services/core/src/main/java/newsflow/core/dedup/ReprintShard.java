package newsflow.core.dedup;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import newsflow.core.dedup.ReprintMessage.Addressed;
import newsflow.core.dedup.ReprintMessage.EarlierTwin;
import newsflow.core.dedup.ReprintMessage.ShardReport;
import newsflow.model.DuplicateKind;

/**
 * One shard of the band index: the LSH bands {@code band % shards == shard} of every arrival, with each arrival's
 * signature beside them. A probe finds the arrivals already in its bands that its text repeats, then joins the bands.
 * Every arrival is indexed, not only canonicals, because whether an arrival is a canonical is decided later, by its
 * gather; two racing reprints thus always meet in the shard of a band they share, whichever comes second. The bands
 * follow from the members (each member's signature gives its band keys), so they can be rebuilt from them.
 */
public final class ReprintShard {
    /** Where a shard keeps its entries. */
    public interface Storage {
        List<String> bandMembers(String bandKey);

        void putBandMembers(String bandKey, List<String> arrivalIds);

        IndexedArticle member(String arrivalId);

        /**
         * A member read through a full band: the same few arrivals (the first to carry a boilerplate phrase) are read
         * by every later article carrying it, so a storage may keep them at hand.
         */
        default IndexedArticle boilerplateMember(String arrivalId) {
            return member(arrivalId);
        }

        void putMember(IndexedArticle member);

        void forEachMember(Consumer<IndexedArticle> action);

        void removeMember(String arrivalId);

        /** Forgets every band entry, keeping the members. */
        void clearBands();
    }

    /** A band stops growing here: past it a band key is a boilerplate phrase, not evidence of a reprint. */
    static final int MAX_BAND_MEMBERS = 32;

    /**
     * A member met only in full bands is verified when it shares at least this many of them with the probe in the
     * shard. Without the rule, every full band a probe touches costs 32 verifications, and a growing index has more
     * full bands: the cost per article would grow with it. A reprint that is mostly boilerplate shares many full bands
     * with its canonical, so it is still found.
     */
    static final int MIN_FULL_BANDS_SHARED = 2;

    private final ReprintIndex index;
    private final int shards;

    public ReprintShard(ReprintIndex index, int shards) {
        if (shards < 1 || shards > index.bands()) {
            throw new IllegalArgumentException("shards must be 1.." + index.bands() + ", not " + shards);
        }
        this.index = index;
        this.shards = shards;
    }

    public int shards() {
        return shards;
    }

    /**
     * Looks the probe up and indexes it. Returns a report to the probe's gather (the earlier arrivals it repeats, the
     * later-ordered ones that were here first) and, to each of those later-ordered ones, word that it has an earlier twin.
     */
    public List<Addressed> probe(ShardProbe probe, Storage storage) {
        List<String> keys = index.bandKeys(probe.signature(), probe.shard(), shards);
        List<List<String>> bandMembers = new ArrayList<>(keys.size());
        Map<String, Integer> fullBandsShared = null;
        for (String key : keys) {
            List<String> inBand = storage.bandMembers(key);
            bandMembers.add(inBand);
            if (inBand.size() >= MAX_BAND_MEMBERS) {
                fullBandsShared = fullBandsShared == null ? new HashMap<>() : fullBandsShared;
                for (String memberId : inBand) {
                    fullBandsShared.merge(memberId, 1, Integer::sum);
                }
            }
        }
        List<ReprintMatch> earlier = new ArrayList<>();
        List<ReprintMatch> later = new ArrayList<>();            // each marked on the later-ordered one's text, which it goes to
        List<ReprintMatch> laterSeenFromProbe = new ArrayList<>();
        Set<String> checked = new HashSet<>();
        Passages.Lookup lookup = null;                          // built at the first match: most probes find none
        for (List<String> inBand : bandMembers) {
            boolean full = inBand.size() >= MAX_BAND_MEMBERS;
            for (String memberId : inBand) {
                if (full && fullBandsShared.get(memberId) < MIN_FULL_BANDS_SHARED) {
                    continue; // one boilerplate phrase in common is no evidence of a reprint
                }
                if (memberId.equals(probe.arrival().arrivalId()) || !checked.add(memberId)) {
                    continue; // a close reprint shares many bands: verify it once
                }
                IndexedArticle member = full ? storage.boilerplateMember(memberId) : storage.member(memberId);
                if (member == null) {
                    continue;
                }
                ReprintIndex.Judgement judgement = index.judge(probe.fingerprint(), member.fingerprint());
                if (judgement != null) {
                    // the passages shared are marked on the text of the arrival the match goes to
                    lookup = lookup != null ? lookup : new Passages.Lookup(probe.fingerprint().passages());
                    long[] probeShares = lookup.sharedWith(member.passages());
                    ReprintMatch match = new ReprintMatch(member.arrival(), judgement.similarity(),
                            judgement.kind() == DuplicateKind.EXACT, judgement.kind(), probeShares);
                    if (member.arrival().before(probe.arrival())) {
                        earlier.add(match);
                    } else {
                        laterSeenFromProbe.add(match);
                        later.add(new ReprintMatch(member.arrival(), judgement.similarity(), match.exact(), judgement.kind(),
                                lookup.sharedIn(member.passages())));
                    }
                }
            }
        }
        storage.putMember(new IndexedArticle(probe.arrival(), probe.textHash(), probe.signature(), probe.shingles(),
                probe.fingerprint().passages(), probe.fingerprint().figures(), probe.fingerprint().chinese()));
        for (int k = 0; k < keys.size(); k++) {
            join(keys.get(k), bandMembers.get(k), probe.arrival().arrivalId(), storage);
        }
        List<Addressed> out = new ArrayList<>(1 + later.size());
        out.add(new Addressed(probe.arrival().arrivalId(),
                new ShardReport(probe.shard(), earlier, later.stream().map(ReprintMatch::arrival).toList(), laterSeenFromProbe)));
        for (ReprintMatch m : later) {
            out.add(new Addressed(m.arrival().arrivalId(), new EarlierTwin(new ReprintMatch(probe.arrival(), m.similarity(), m.exact(), m.kind(), m.shared()))));
        }
        return out;
    }

    /**
     * Forgets the arrivals printed before {@code oldestDayKept} (epoch day), with their band entries in the shards the
     * storage holds; returns how many.
     */
    public int expire(long oldestDayKept, Collection<Integer> shardsHere, Storage storage) {
        List<IndexedArticle> expired = new ArrayList<>();
        storage.forEachMember(m -> {
            if (m.arrival().day() < oldestDayKept) {
                expired.add(m);
            }
        });
        for (IndexedArticle a : expired) {
            for (int shard : shardsHere) {
                for (String key : index.bandKeys(a.signature(), shard, shards)) {
                    List<String> members = new ArrayList<>(storage.bandMembers(key));
                    if (members.remove(a.arrival().arrivalId())) {
                        storage.putBandMembers(key, members);
                    }
                }
            }
            storage.removeMember(a.arrival().arrivalId());
        }
        return expired.size();
    }

    /**
     * Puts every member back into the bands of the given shards, from scratch; returns how many members there are. A
     * store may hold several shards, and every arrival probes every shard, so each member belongs in the bands of each.
     * Members join in the store's order, not their arrival order: where a band is full ({@link #MAX_BAND_MEMBERS}), a
     * rebuilt one may keep other members than before, which only matters for boilerplate that every story shares.
     */
    public int rebuild(Collection<Integer> shardsHere, Storage storage) {
        storage.clearBands();
        return addShards(shardsHere, storage);
    }

    /**
     * Puts the members already held into the bands of shards new to the storage, leaving the bands of the others as
     * they are; returns how many members there are.
     */
    public int addShards(Collection<Integer> newShards, Storage storage) {
        int[] members = {0};
        storage.forEachMember(m -> {
            members[0]++;
            for (int shard : newShards) {
                for (String key : index.bandKeys(m.signature(), shard, shards)) {
                    join(key, storage.bandMembers(key), m.arrival().arrivalId(), storage);
                }
            }
        });
        return members[0];
    }

    private static void join(String key, List<String> members, String arrivalId, Storage storage) {
        if (members.size() < MAX_BAND_MEMBERS && !members.contains(arrivalId)) {
            List<String> grown = new ArrayList<>(members.size() + 1);
            grown.addAll(members);
            grown.add(arrivalId);
            storage.putBandMembers(key, grown);
        }
    }
}
