package newsflow.processor;

import java.time.Clock;
import newsflow.core.story.StoryBook;
import newsflow.model.Article;
import newsflow.model.Story;
import newsflow.runtime.StateStores;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.state.KeyValueStore;

/** Updates the story an article belongs to and forwards the story as it stands now. */
final class StoryProcessor implements FixedKeyProcessor<String, Article, Story> {
    private final StoryBook book = new StoryBook();
    private final Clock clock;
    private FixedKeyProcessorContext<String, Story> context;
    private KeyValueStore<String, Story> stories;
    private KeyValueStore<String, String> bodies;

    StoryProcessor(Clock clock) {
        this.clock = clock;
    }

    @Override
    public void init(FixedKeyProcessorContext<String, Story> context) {
        this.context = context;
        this.stories = context.getStateStore(StateStores.STORIES);
        this.bodies = context.getStateStore(StateStores.STORY_BODIES);
    }

    @Override
    public void process(FixedKeyRecord<String, Article> record) {
        Article a = record.value();
        Story story;
        if (a.duplicateOf() == null) {
            story = book.open(a, clock.instant());
            bodies.put(a.storyId(), a.body() == null ? "" : a.body());
        } else {
            story = book.add(stories.get(a.storyId()), bodies.get(a.storyId()), a, clock.instant());
        }
        stories.put(story.storyId(), story);
        context.forward(record.withValue(story));
    }
}
