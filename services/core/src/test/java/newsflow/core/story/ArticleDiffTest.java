package newsflow.core.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import newsflow.core.SeedPages;
import newsflow.model.Story.Edit;
import newsflow.model.Story.Edits;
import org.junit.jupiter.api.Test;

class ArticleDiffTest {
    private final ArticleDiff diff = new ArticleDiff();

    @Test
    void theSameTextHasNoEdits() {
        assertEquals(Edits.NONE, diff.between("第一句。第二句。", "第一句。\n第二句。"));
    }

    @Test
    void aOneWordEditShowsAsThatWord() {
        Edits e = diff.between("我们必须集中力量办好自己的事。其余不变。", "我们必须集中精力办好自己的事。其余不变。");

        assertEquals(1, e.changed());
        assertEquals(List.of(new Edit("change", "力量", "精力")), e.examples());
    }

    @Test
    void addedAndCutSentencesAreCounted() {
        Edits e = diff.between("开头一句。中间一句。结尾一句。", "开头一句。结尾一句。编者按：本文有删节。");

        assertEquals(0, e.changed());
        assertEquals(1, e.deleted());
        assertEquals(1, e.inserted());
        assertTrue(e.examples().contains(new Edit("delete", "中间一句。", null)));
        assertTrue(e.examples().contains(new Edit("insert", null, "编者按：本文有删节。")));
    }

    @Test
    void theSeedsReprintShowsTheEditorsWordChanges() {
        Edits e = diff.between(SeedPages.rawArticleText("000-1"), SeedPages.rawArticleText("002-1"));

        assertTrue(e.changed() >= 5, "the reprint changed several sentences: " + e);
        // checked by hand on the two pages: 总的来说 → 总的来看, 江苏省委书记 → 江苏省委副书记
        assertTrue(e.examples().contains(new Edit("change", "说", "看")), e.examples().toString());
        assertTrue(e.examples().contains(new Edit("insert", null, "副")), e.examples().toString());
    }
}
