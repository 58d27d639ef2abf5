package newsflow.sink;

/**
 * The sink's own state stores besides {@link newsflow.runtime.StateStores#COUNTS} and
 * {@link newsflow.runtime.StateStores#STORIES_VIEW}. Each has a changelog topic, so it survives a restart on an empty
 * disk.
 */
final class SinkStores {
    /**
     * Dead letter key ({@code <timestamp>|<dlq partition>|<dlq offset>}, zero-padded so text order is time order) →
     * {@link DeadLetter}. Bounded: each task keeps its newest {@link DeadLetterLog#KEEP}.
     */
    static final String DEAD_LETTERS = "dead-letters";
    /**
     * {@code <day>|<type>|<entity>} → the number of unique articles of that day naming the entity. Bounded: days more
     * than {@link EntityCounter#RETENTION_DAYS} before the newest day counted are dropped.
     */
    static final String ENTITY_DAYS = "entity-days";

    private SinkStores() {
    }
}
