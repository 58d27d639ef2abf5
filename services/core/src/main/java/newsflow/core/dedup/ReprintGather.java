package newsflow.core.dedup;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import newsflow.core.dedup.GatherState.Candidate;
import newsflow.core.dedup.GatherState.Status;
import newsflow.core.dedup.ReprintMessage.Addressed;
import newsflow.core.dedup.ReprintMessage.Arrived;
import newsflow.core.dedup.ReprintMessage.EarlierTwin;
import newsflow.core.dedup.ReprintMessage.PageBatch;
import newsflow.core.dedup.ReprintMessage.RootAnswer;
import newsflow.core.dedup.ReprintMessage.RootQuery;
import newsflow.core.dedup.ReprintMessage.ShardReport;
import newsflow.core.dedup.ReprintMessage.TwinAnswer;
import newsflow.model.Article;
import newsflow.model.DuplicateKind;

/**
 * Decides, for one arrival, whether it opens a story or repeats one, from what the shards found. It waits for the
 * arrival, a report from every shard and an answer from every later-ordered arrival it was told about; then:
 * <ul>
 *   <li>nothing repeated → a canonical: its story opens and it goes out at once;
 *   <li>otherwise its parent is the most alike of the arrivals it repeats — earlier-ordered ones, and arrivals already
 *       decided that it was ordered before but reached the shards after (a story that is out stays out) — and it asks
 *       the parent for the story's canonical, unless it knows it already; it asks the same of the other arrivals it
 *       repeats where it repeats the parent ({@link ReprintIndex#oneStoryThrough}), joins the parent's story and names
 *       theirs, where they are other stories, as the same one ({@link Verdict#sameStories}).
 * </ul>
 * A duplicate asks only arrivals ordered before it or stories already decided, so questions never form a cycle and
 * every question about a canonical is answered; an answer to an earlier twin never waits. Pure logic: state in, state
 * and messages out.
 */
public final class ReprintGather {
    /**
     * What one message did: the state to store (null when the message left it as it was, or the arrival keeps none),
     * the messages to send, and the decision, when it was made.
     */
    public record Step(GatherState state, List<Addressed> messages, Verdict verdict) {
    }

    /**
     * The decision on an arrival: a canonical ({@code duplicateOf} null), or a repeat of the story's canonical; and the
     * other stories its text shows to be the same one ({@code sameStories}: it repeats their copies where it repeats its
     * own story's, see {@link ReprintIndex#oneStoryThrough}).
     */
    public record Verdict(Arrival arrival, Article article, String storyId, String duplicateOf, double similarity,
                          DuplicateKind kind, List<String> sameStories) {
        public boolean unique() {
            return duplicateOf == null;
        }

        public boolean exact() {
            return kind == DuplicateKind.EXACT;
        }
    }

    /**
     * The strongest evidence first (the same text, then most of it in common, then a cut copy, then passages), the most
     * alike by it next: a small brief wholly inside a long page's story is a weaker parent than a copy of the whole.
     */
    private static final Comparator<ReprintMatch> MOST_ALIKE_FIRST = Comparator
            .comparingInt((ReprintMatch m) -> m.kind().ordinal())
            .thenComparing(Comparator.comparingDouble(ReprintMatch::similarity).reversed())
            .thenComparing(ReprintMatch::arrival);

    /** Other stories an arrival asks about besides its parent's: the most alike matches first. */
    static final int MAX_TIES = 8;

    private final int shards;

    public ReprintGather(int shards) {
        this.shards = shards;
    }

    /** The story id an arrival's story gets when it opens one. */
    public static String storyIdOf(String articleId) {
        return "story-" + articleId;
    }

    /**
     * Whether a gather may be forgotten: decided, and its story opened before the window that starts at
     * {@code oldestDayKept}. A later arrival that repeats it then hears that the story has expired and opens a new one.
     */
    public static boolean expired(GatherState s, long oldestDayKept) {
        return s.decided() && s.rootDay < oldestDayKept;
    }

    public Step receive(String self, GatherState known, ReprintMessage message) {
        if (message instanceof PageBatch) {
            throw new IllegalArgumentException("a page batch is unpacked before its messages reach their gathers");
        }
        List<Addressed> out = new ArrayList<>();
        if (known == null && !(message instanceof Arrived) && !(message instanceof ShardReport)) {
            // an arrival that has expired from the index: it takes no one into its story and keeps no state
            if (message instanceof EarlierTwin m) {
                out.add(new Addressed(m.twin().arrival().arrivalId(),
                        new TwinAnswer(new Arrival(self, self, Long.MAX_VALUE, Long.MAX_VALUE), TwinAnswer.Answer.NONE, null, null, 0, 0, false, null)));
            } else if (message instanceof RootQuery m) {
                out.add(new Addressed(m.from().arrivalId(), new RootAnswer(null, null, 0, self)));
            }
            return new Step(null, out, null);
        }
        GatherState s = known != null ? known : new GatherState();
        if (message instanceof Arrived m) {
            s.arrival = m.arrival();
            s.article = m.article();
        } else if (message instanceof ShardReport m) {
            s.shardReports++;
            m.earlier().forEach(e -> addEarlier(s, e));
            m.told().forEach(a -> s.told.add(a.arrivalId()));
            m.later().stream().filter(x -> s.toldMatches.stream().noneMatch(t -> t.arrival().equals(x.arrival())))
                    .forEach(s.toldMatches::add);
        } else if (message instanceof EarlierTwin m) {
            boolean joinsCandidates = s.status == Status.COLLECTING;
            out.add(new Addressed(m.twin().arrival().arrivalId(), answerTwin(s, m.twin())));
            if (!joinsCandidates) {
                return new Step(null, out, null);
            }
        } else if (message instanceof TwinAnswer m) {
            s.answered.add(m.from().arrivalId());
            if (m.answer() == TwinAnswer.Answer.FOLLOW_ME) {
                // the passages this one shares with the twin, as the shard reported them
                long[] shared = s.toldMatches.stream().filter(t -> t.arrival().equals(m.from())).map(ReprintMatch::shared)
                        .findFirst().orElse(null);
                s.decidedTwins.add(new Candidate(new ReprintMatch(m.from(), m.similarity(), m.exact(), m.kind(), shared),
                        m.rootArticleId(), m.storyId(), m.rootDay()));
            }
        } else if (message instanceof RootQuery m) {
            if (s.decided()) {
                // the answer is all: a decided gather is asked often (by every later reprint) and changes no more
                out.add(new Addressed(m.from().arrivalId(), new RootAnswer(s.rootArticleId, s.storyId, s.rootDay, self)));
                return new Step(null, out, null);
            }
            s.rootWaiters.add(m.from());
        } else if (message instanceof RootAnswer m) {
            if (s.status != Status.AWAITING_ROOT) {
                return new Step(null, out, null);
            }
            String parentId = s.parent.arrival().arrivalId();
            String from = m.from() != null ? m.from() : parentId;
            // a gather that waited before several were asked has asked its parent alone
            boolean asked = s.rootsAsked.remove(from) || s.rootsAsked.isEmpty() && from.equals(parentId);
            if (!asked) {
                return new Step(null, out, null);
            }
            s.roots.add(new Candidate(matchOf(s, from), m.rootArticleId(), m.storyId(), m.rootDay()));
            return s.rootsAsked.isEmpty() ? settleStory(s, out) : new Step(s, out, null);
        }
        return s.status == Status.COLLECTING && complete(s) ? decide(s, out) : new Step(s, out, null);
    }

    /** The likeness travels back with the answer, so the earlier twin need not remember it. */
    private static ReprintMessage answerTwin(GatherState s, ReprintMatch twin) {
        return switch (s.status) {
            case CANONICAL, DUPLICATE -> new TwinAnswer(s.arrival, TwinAnswer.Answer.FOLLOW_ME, s.rootArticleId, s.storyId,
                    s.rootDay, twin.similarity(), twin.exact(), twin.kind());
            case COLLECTING -> {
                addEarlier(s, twin);
                yield new TwinAnswer(s.arrival, TwinAnswer.Answer.WILL_FOLLOW, null, null, 0, twin.similarity(), twin.exact(),
                        twin.kind());
            }
            default -> new TwinAnswer(s.arrival, TwinAnswer.Answer.NONE, null, null, 0, twin.similarity(), twin.exact(),
                    twin.kind());
        };
    }

    /** Several shards may report one pair (they share bands in each): it counts once. */
    private static void addEarlier(GatherState s, ReprintMatch match) {
        if (s.earlier.stream().noneMatch(x -> x.arrival().arrivalId().equals(match.arrival().arrivalId()))) {
            s.earlier.add(match);
        }
    }

    private boolean complete(GatherState s) {
        return s.arrival != null && s.shardReports >= shards && s.answered.containsAll(s.told);
    }

    /**
     * The parent is the most alike of the arrivals repeated; those of the others whose passages in common with this
     * text are largely the parent's ({@link ReprintIndex#oneStoryThrough}) may be copies of the same story that the
     * parent's story has not taken in: their stories are asked for too, at most {@link #MAX_TIES}. Only arrivals ordered
     * before this one or already decided are asked, so no two gathers wait on each other.
     */
    private Step decide(GatherState s, List<Addressed> out) {
        List<ReprintMatch> all = new ArrayList<>(s.earlier);
        s.decidedTwins.forEach(c -> all.add(c.match()));
        if (all.isEmpty()) {
            return open(s, out);
        }
        all.sort(MOST_ALIKE_FIRST);
        ReprintMatch parent = all.get(0);
        s.parent = parent;
        List<ReprintMatch> asked = new ArrayList<>(List.of(parent));
        for (ReprintMatch m : all) {
            if (asked.size() > MAX_TIES) {
                break;
            }
            if (asked.stream().noneMatch(a -> a.arrival().equals(m.arrival())) && ReprintIndex.oneStoryThrough(parent.shared(), m.shared())) {
                asked.add(m);
            }
        }
        for (ReprintMatch m : asked) {
            Candidate known = s.decidedTwins.stream().filter(c -> c.match().arrival().equals(m.arrival())).findFirst().orElse(null);
            if (known != null) {
                s.roots.add(known);
            } else {
                s.rootsAsked.add(m.arrival().arrivalId());
                out.add(new Addressed(m.arrival().arrivalId(), new RootQuery(s.arrival)));
            }
        }
        if (s.rootsAsked.isEmpty()) {
            return settleStory(s, out);
        }
        s.status = Status.AWAITING_ROOT;
        return new Step(s, out, null);
    }

    /** With every story asked for known: join the parent's, naming the others it ties to it; or open one, the parent's having expired. */
    private Step settleStory(GatherState s, List<Addressed> out) {
        Candidate parentStory = s.roots.stream().filter(c -> c.match().arrival().equals(s.parent.arrival())).findFirst().orElse(null);
        if (parentStory == null || parentStory.rootArticleId() == null) {
            return open(s, out);
        }
        List<String> same = s.roots.stream().filter(c -> c.rootArticleId() != null)
                .map(Candidate::storyId).filter(id -> !id.equals(parentStory.storyId())).distinct().sorted().toList();
        return join(s, parentStory.rootArticleId(), parentStory.storyId(), parentStory.rootDay(), same, out);
    }

    /** The match with the arrival {@code arrivalId}: an earlier arrival or a decided twin; the parent if none. */
    private static ReprintMatch matchOf(GatherState s, String arrivalId) {
        return s.earlier.stream().filter(m -> m.arrival().arrivalId().equals(arrivalId)).findFirst()
                .or(() -> s.decidedTwins.stream().map(Candidate::match).filter(m -> m.arrival().arrivalId().equals(arrivalId)).findFirst())
                .orElse(s.parent);
    }

    private Step open(GatherState s, List<Addressed> out) {
        String root = s.arrival.articleId();
        String story = storyIdOf(root);
        Verdict verdict = new Verdict(s.arrival, s.article, story, null, 0, null, List.of());
        s.parent = null;
        return settle(s, Status.CANONICAL, root, story, s.arrival.day(), verdict, out);
    }

    private Step join(GatherState s, String root, String story, long rootDay, List<String> sameStories, List<Addressed> out) {
        Verdict verdict = new Verdict(s.arrival, s.article, story, root, s.parent.similarity(), s.parent.kind(), sameStories);
        return settle(s, Status.DUPLICATE, root, story, rootDay, verdict, out);
    }

    private static Step settle(GatherState s, Status outcome, String root, String story, long rootDay, Verdict verdict,
                               List<Addressed> out) {
        for (Arrival waiter : s.rootWaiters) {
            out.add(new Addressed(waiter.arrivalId(), new RootAnswer(root, story, rootDay, s.arrival.arrivalId())));
        }
        s.settle(outcome, root, story, rootDay);
        return new Step(s, out, verdict);
    }
}
