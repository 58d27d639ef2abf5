package newsflow.core.tag;

import java.util.List;
import newsflow.model.Topic;

/** What the tagger finds in one article: its language (ISO 639-1), keywords, named entities and IPTC topics. */
public record Tags(
        String language,
        List<String> keywords,
        List<String> people,
        List<String> places,
        List<String> organizations,
        List<Topic> topics) {
}
