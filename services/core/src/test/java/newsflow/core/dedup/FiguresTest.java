package newsflow.core.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The figures of a text, and when two texts' figures tell two editions of a template from two copies of one story. */
class FiguresTest {
    private final TextNormalizer normalizer = new TextNormalizer();

    /** Two launch announcements a year apart, written to one template: the same sentences, other dates and counts. */
    private static final String LAUNCH_2021 = "据中国载人航天工程办公室消息,北京时间2021年10月16日0时23分,搭载神舟十三号载人飞船的长征二号F"
            + "遥十三运载火箭,在酒泉卫星发射中心按照预定时间精准点火发射,约582秒后,神舟十三号载人飞船与火箭成功分离,进入预定轨道,"
            + "飞行乘组状态良好,发射取得圆满成功。这是我国载人航天工程立项实施以来的第21次飞行任务,也是空间站阶段的第2次载人飞行任务。"
            + "飞船入轨后,将按照预定程序,与天和核心舱组合体进行自主快速交会对接。后续,航天员将进驻天和核心舱,开启为期6个月的在轨驻留。";
    private static final String LAUNCH_2022 = "据中国载人航天工程办公室消息,北京时间2022年6月5日10时44分,搭载神舟十四号载人飞船的长征二号F"
            + "遥十四运载火箭在酒泉卫星发射中心点火发射,约577秒后,神舟十四号载人飞船与火箭成功分离,进入预定轨道,"
            + "飞行乘组状态良好,发射取得圆满成功。这是我国载人航天工程立项实施以来的第23次飞行任务,也是空间站阶段的第3次载人飞行任务。"
            + "飞船入轨后,将按照预定程序,与空间站组合体进行自主快速交会对接。后续,航天员将进驻天和核心舱,开启为期6个月的在轨驻留。";

    private long[] figures(String text) {
        return Figures.of(normalizer.simplified(text));
    }

    @Test
    void eachFigureIsKeptWithTheWordsBeforeItOncePerContext() {
        long[] f = figures("The vote was 47 to 22. The vote was 48 to 21, a clerk said; 1,500 people watched.");
        // "vote was | 47", "# to | 22", "clerk said | 1500": "vote was" and "# to" again are not kept again
        assertEquals(3, f.length);
        assertEquals(0, figures("No figures at all in this sentence.").length);
    }

    @Test
    void theNextEditionOfATemplateDisagreesAndIsNoReprint() {
        Figures.Comparison c = Figures.compare(figures(LAUNCH_2021), figures(LAUNCH_2022));
        assertTrue(c.disagree(), c.toString());
        ReprintIndex index = ReprintIndex.withDefaults();
        ReprintIndex.Fingerprint a = index.fingerprint(LAUNCH_2021);
        ReprintIndex.Fingerprint b = index.fingerprint(LAUNCH_2022);
        Passages.Overlap o = Passages.overlap(a.passages(), b.passages());
        assertTrue(o.shared() >= ReprintIndex.MIN_SHARED_PASSAGES && o.runs() >= ReprintIndex.MIN_PASSAGE_RUNS
                && o.contained() >= ReprintIndex.MIN_PASSAGES_CONTAINED, "passages alone take it for a copy: " + o);
        assertNull(index.judge(a, b));
    }

    @Test
    void aWriteThruThatRaisesATollStillAgrees() {
        String first = "BEIJING, Feb. 8 (AP) — A bus and a truck collided on a highway in southeastern Mexico on Saturday, "
                + "killing at least 30 people, officials said. The bus carried about 40 passengers when it hit the truck at "
                + "2 a.m. near the border of Campeche and Tabasco states. Ten people were injured.";
        String update = first.replace("at least 30 people", "at least 41 people").replace("Ten people", "Twelve people");
        Figures.Comparison c = Figures.compare(figures(first), figures(update));
        assertFalse(c.disagree(), c.toString());
        assertEquals(1, c.conflict());
        ReprintIndex index = ReprintIndex.withDefaults();
        assertTrue(index.judge(index.fingerprint(first), index.fingerprint(update)) != null);
    }

    @Test
    void aCopyInTraditionalScriptAgrees() {
        String traditional = "據中國載人航天工程辦公室消息,北京時間2021年10月16日0時23分,搭載神舟十三號載人飛船的長征二號F遙十三運載火箭,"
                + "在酒泉衛星發射中心按照預定時間精準點火發射,約582秒後,神舟十三號載人飛船與火箭成功分離。";
        Figures.Comparison c = Figures.compare(figures(LAUNCH_2021), figures(traditional));
        assertEquals(0, c.conflict(), c.toString());
        assertTrue(c.agree() >= 6, c.toString());
    }
}
