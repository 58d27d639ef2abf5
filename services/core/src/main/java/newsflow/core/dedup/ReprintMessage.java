package newsflow.core.dedup;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.List;
import newsflow.model.Article;
import newsflow.model.DuplicateKind;

/**
 * What arrives at an arrival's gather ({@link ReprintGather}), always addressed to one arrival id: from the fan-out,
 * from the shards, and from other gathers.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
        @JsonSubTypes.Type(value = ReprintMessage.Arrived.class, name = "arrived"),
        @JsonSubTypes.Type(value = ReprintMessage.ShardReport.class, name = "shard-report"),
        @JsonSubTypes.Type(value = ReprintMessage.EarlierTwin.class, name = "earlier-twin"),
        @JsonSubTypes.Type(value = ReprintMessage.TwinAnswer.class, name = "twin-answer"),
        @JsonSubTypes.Type(value = ReprintMessage.RootQuery.class, name = "root-query"),
        @JsonSubTypes.Type(value = ReprintMessage.RootAnswer.class, name = "root-answer"),
        @JsonSubTypes.Type(value = ReprintMessage.PageBatch.class, name = "page-batch")})
public sealed interface ReprintMessage {
    /** The arrival itself, with its article; sent beside its shard probes. */
    record Arrived(Arrival arrival, Article article) implements ReprintMessage {
    }

    /**
     * A shard's answer to the probe: earlier arrivals this one repeats, and the later-ordered ones that were in the shard
     * first, which the shard has told about this one (see {@link EarlierTwin}) and which will answer; {@code later}
     * holds those too, with the passages of this one that each shares (none in a report written before they were sent).
     */
    record ShardReport(int shard, List<ReprintMatch> earlier, List<Arrival> told, List<ReprintMatch> later)
            implements ReprintMessage {
        public ShardReport {
            later = later == null ? List.of() : later;
        }
    }

    /** From a shard: {@code twin}, ordered before you, repeats you, but reached the shard after you did. */
    record EarlierTwin(ReprintMatch twin) implements ReprintMessage {
    }

    /**
     * The answer to an {@link EarlierTwin}: {@code FOLLOW_ME} when the one told is decided, with its story's canonical
     * (the story is out, so the earlier twin joins it), {@code WILL_FOLLOW} when it is still deciding (it will follow
     * the earlier twin or one before), {@code NONE} when it waits for its own story's canonical (answering then could
     * make two gathers wait on each other) or has expired.
     */
    record TwinAnswer(Arrival from, Answer answer, String rootArticleId, String storyId, long rootDay, double similarity,
                      boolean exact, DuplicateKind kind) implements ReprintMessage {
        public enum Answer { FOLLOW_ME, WILL_FOLLOW, NONE }

        public TwinAnswer {
            kind = kind != null ? kind : exact ? DuplicateKind.EXACT : DuplicateKind.NEAR;   // an answer of before kinds
        }
    }

    /**
     * From a later arrival that chose this one as its parent, or found that this one ties another story to its parent's:
     * which canonical does your story have?
     */
    record RootQuery(Arrival from) implements ReprintMessage {
    }

    /**
     * The canonical of the asked arrival's story and the page date (epoch day) it opened on; a null root when that story
     * has expired from the index. {@code from} is the arrival asked (none in an answer sent before answers said it: the
     * parent's, then the only arrival asked).
     */
    record RootAnswer(String rootArticleId, String storyId, long rootDay, String from) implements ReprintMessage {
    }

    /**
     * Messages to arrivals that came in one page, sent as one record: a page's articles, and a shard's reports on them,
     * travel together. Transport only: it is unpacked before each message reaches its gather.
     */
    record PageBatch(List<Addressed> messages) implements ReprintMessage {
    }

    /** A message and the arrival id it goes to. */
    record Addressed(String to, ReprintMessage message) {
    }
}
