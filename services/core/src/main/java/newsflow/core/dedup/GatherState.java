package newsflow.core.dedup;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import newsflow.model.Article;

/**
 * What an arrival's gather knows, kept between messages (in a state store, as JSON). While it collects it holds the
 * article and the candidates (between messages, {@code ReprintGatherProcessor} keeps the article in a store of its
 * own); once decided only the outcome, which later arrivals still ask for.
 */
public final class GatherState {
    public enum Status { COLLECTING, AWAITING_ROOT, CANONICAL, DUPLICATE }

    public Status status = Status.COLLECTING;
    public Arrival arrival;
    public Article article;
    public int shardReports;
    /** Arrivals ordered before this one that it repeats (from the shards), and decided ones that told it to join their story. */
    public List<ReprintMatch> earlier = new ArrayList<>();
    public List<Candidate> decidedTwins = new ArrayList<>();
    /** The later-ordered arrivals the shards told about this one, with the passages of this one each shares. */
    public List<ReprintMatch> toldMatches = new ArrayList<>();
    /** Later-ordered arrivals the shards told about this one, and those that have answered. */
    public Set<String> told = new LinkedHashSet<>();
    public Set<String> answered = new LinkedHashSet<>();
    /** Once decided: the parent (for a duplicate), and the canonical and story of this arrival's story. */
    public ReprintMatch parent;
    public String rootArticleId;
    public String storyId;
    /** The page date (epoch day) the story opened on: the story, and all its arrivals, expire by it. */
    public long rootDay;
    /** Arrivals that asked for this one's canonical before it knew it. */
    public List<Arrival> rootWaiters = new ArrayList<>();
    /**
     * While it awaits roots: the arrivals asked for their story's canonical (the parent, and matches that tie another
     * story to the parent's), and the stories known so far, each with the match that led to it.
     */
    public Set<String> rootsAsked = new LinkedHashSet<>();
    public List<Candidate> roots = new ArrayList<>();

    /** A decided arrival whose story an earlier twin joins, with that story's canonical. */
    public record Candidate(ReprintMatch match, String rootArticleId, String storyId, long rootDay) {
    }

    boolean decided() {
        return status == Status.CANONICAL || status == Status.DUPLICATE;
    }

    /** Drops what only the decision needed: a decided gather stays small. */
    void settle(Status outcome, String root, String story, long day) {
        status = outcome;
        rootArticleId = root;
        storyId = story;
        rootDay = day;
        article = null;
        earlier = new ArrayList<>();
        decidedTwins = new ArrayList<>();
        toldMatches = new ArrayList<>();
        told = new LinkedHashSet<>();
        answered = new LinkedHashSet<>();
        rootWaiters = new ArrayList<>();
        rootsAsked = new LinkedHashSet<>();
        roots = new ArrayList<>();
    }
}
