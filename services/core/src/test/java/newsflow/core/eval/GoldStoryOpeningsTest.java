package newsflow.core.eval;

import static newsflow.core.split.StoryOpeningModel.Role.IN;
import static newsflow.core.split.StoryOpeningModel.Role.OPENS_HEAD;
import static newsflow.core.split.StoryOpeningModel.Role.OPENS_TEXT;
import static newsflow.core.split.StoryOpeningModel.Role.OUT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import newsflow.core.split.StoryOpeningModel;
import org.junit.jupiter.api.Test;

class GoldStoryOpeningsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static StoryOpeningModel.Items items(String... texts) {
        return new StoryOpeningModel.Items(List.of(texts), Collections.nCopies(texts.length, Map.of()));
    }

    @Test
    void eachItemHasTheRoleTheGoldOfItsArticlesGives() throws IOException {
        // Given a digest's items: a kicker over a head and its story, a notice, an untitled item with its number
        var items = items("今日要闻", "本市 新桥通车", "南湖新桥今天通车，", "市民可步行过桥。", "点击查看更多", "2. 明日有雨。");
        var page = JSON.readTree("""
                {"file": "p.txt", "articles": [
                  {"id": "p-1", "kicker": "今日要闻", "title": "本市新桥通车", "body_starts": "南湖新桥", "body_ends": "步行过桥。"},
                  {"id": "p-2", "title": "", "body_starts": "明日有雨", "body_ends": "明日有雨。"}]}
                """);

        // When the items are labelled
        var roles = GoldStoryOpenings.of(page, items);

        // Then the first story opens at its kicker, the second at its text read past its number, the notice is none's
        assertEquals(List.of(OPENS_HEAD, IN, IN, IN, OUT, OPENS_TEXT), roles);
    }

    @Test
    void aPageWhoseGoldBodyIsNotAmongItsItemsTeachesNothing() throws IOException {
        var page = JSON.readTree("""
                {"file": "p.txt", "articles": [{"id": "p-1", "title": "", "body_starts": "别处的文字", "body_ends": ""}]}
                """);
        assertNull(GoldStoryOpenings.of(page, items("南湖新桥今天通车。")));
    }
}
