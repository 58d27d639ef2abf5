package newsflow.core.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.hankcs.hanlp.HanLP;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;
import newsflow.core.SeedPages;
import org.junit.jupiter.api.Test;

/**
 * Precision and recall of reprint detection on a labelled set: variants of the seed articles made the way papers
 * edit a wire story (positives), and distinct stories on the same topics (negatives). The figures are printed and
 * reported in the README; the test guards them.
 */
class ReprintEvaluationTest {
    private static final List<String> SEED_IDS = List.of("000-1", "000-2", "000-3", "002-2", "002-3", "002-4", "002-5");

    /** How a paper edits a wire story. */
    record Edit(String name, UnaryOperator<String> apply) {
    }

    static final List<Edit> EDITS = List.of(
            new Edit("end truncated to 60%", t -> t.substring(0, t.length() * 6 / 10)),
            new Edit("end truncated to 35%", t -> t.substring(0, t.length() * 35 / 100)),
            new Edit("every third paragraph cut", t -> keepParagraphs(t, i -> i % 3 != 2)),
            new Edit("paragraphs reordered", ReprintEvaluationTest::reorder),
            new Edit("editor's note added", t -> "编者按：本报今日转载此文，以飨读者。文章略有删节，标题为编者所加。\n" + t
                    + "\n（本文转载时有删改，责任编辑：王明）"),
            new Edit("a paragraph of its own added", t -> t + "\n记者从有关部门了解到，相关工作将于近期陆续展开，各地将结合实际制定具体方案，确保各项任务按期完成。"),
            new Edit("words substituted", t -> t.replace("发展", "进步").replace("推动", "促进").replace("要", "需").replace("工作", "任务")),
            new Edit("traditional script", HanLP::convertToTraditionalChinese),
            new Edit("punctuation and spacing", t -> t.replace("，", ",").replace(",", " , ").replace("。", ". ").replace("\n", "\n\n")));

    /** Distinct stories on one topic, written for this test: they must stay apart. */
    static final List<String> SAME_TOPIC_STORIES = List.of(
            "本报讯 近日，甲省省委常委会召开会议，传达学习研究生教育工作重要指示精神，研究贯彻落实意见。会议强调，要优化研究生教育结构，"
                    + "加强导师队伍建设，推进产教融合，为全省高质量发展提供人才支撑。省委书记主持会议。",
            "本报讯 昨日，乙省政府召开常务会议，部署职业教育改革工作。会议指出，要深化校企合作，完善实训基地建设，扩大技能人才培养规模，"
                    + "推动职业教育与产业发展相适应。会议还研究了其他事项。",
            "本报讯 丙市近日出台支持汽车产业发展的若干措施，提出加快新能源汽车推广应用，建设智能网联汽车测试示范区，支持零部件企业技术改造，"
                    + "力争三年内汽车产业产值突破千亿元。",
            "本报讯 丁市召开汽车产业发展大会，发布新能源汽车产业园规划。规划提出，园区将引进整车项目和动力电池企业，完善充电基础设施，"
                    + "打造完整产业链，预计年底前首批项目开工建设。",
            "本报讯 戊省科技厅日前公布年度重大科技专项，涉及集成电路、人工智能、生物医药等领域，支持企业联合高校开展关键核心技术攻关，"
                    + "专项资金总额比上年增长两成。",
            "本报讯 己省召开科技创新大会，表彰一批优秀科技工作者和创新团队。会议要求，加快建设创新型省份，强化企业创新主体地位，"
                    + "推动科技成果转化，营造良好创新生态。");

    /** What a brief adds around a quote: sentences of its own, none of them in a seed article. */
    private static final List<String> BRIEF_SENTENCES = List.of(
            "本报讯 记者昨日从有关方面获悉，相关部门正在抓紧研究配套措施。",
            "据介绍，这项工作得到了社会各界的广泛关注和积极响应。",
            "业内人士认为，此举将为当地经济社会发展注入新的活力。",
            "下一步，有关单位将加强统筹协调，确保各项举措落地见效。",
            "不少市民表示，期待看到更多惠及百姓的实事好事。",
            "详细情况本报将继续关注。");

    @Test
    void reprintsAreFoundAndDistinctStoriesKeptApart() {
        int truePositives = 0;
        int falseNegatives = 0;
        int falsePositives = 0;
        int trueNegatives = 0;
        List<String> misses = new ArrayList<>();
        for (String id : SEED_IDS) {
            String original = SeedPages.rawArticleText(id);
            for (Edit edit : EDITS) {
                if (isReprint(original, edit.apply().apply(original))) {
                    truePositives++;
                } else {
                    falseNegatives++;
                    misses.add(id + " " + edit.name());
                }
            }
        }
        List<String> distinct = new ArrayList<>(SEED_IDS.stream().map(SeedPages::rawArticleText).toList());
        distinct.addAll(SAME_TOPIC_STORIES);
        List<String> merged = new ArrayList<>();
        for (int i = 0; i < distinct.size(); i++) {
            for (int j = i + 1; j < distinct.size(); j++) {
                if (isReprint(distinct.get(i), distinct.get(j))) {
                    falsePositives++;
                    merged.add(i + "~" + j);
                } else {
                    trueNegatives++;
                }
            }
        }
        double precision = truePositives / (double) (truePositives + falsePositives);
        double recall = truePositives / (double) (truePositives + falseNegatives);
        System.out.printf("reprint detection: %d reprint pairs, %d distinct pairs; precision %.3f, recall %.3f; missed %s; merged %s%n",
                truePositives + falseNegatives, falsePositives + trueNegatives, precision, recall, misses, merged);
        assertEquals(1.0, precision, "distinct stories merged: " + merged);
        assertTrue(recall >= 0.95, "recall " + recall + ", missed " + misses);
    }

    @Test
    void theSeedsXinhuaReprintIsFoundThroughAnyEdit() {
        String reprint = SeedPages.rawArticleText("002-1");
        for (Edit edit : EDITS) {
            assertTrue(isReprint(SeedPages.rawArticleText("000-1"), edit.apply().apply(reprint)), edit.name());
        }
    }

    /**
     * A brief that quotes one sentence of a story, in as many words of its own, is news of its own: half of it is in
     * the story, well short of the 0.8 a cut reprint keeps. Where the story is many times the brief, 128 hashes cannot
     * tell that half from the whole, so a brief must not be taken for a cut there.
     */
    @Test
    void aBriefQuotingASentenceOfAStoryIsNotItsReprint() {
        List<String> merged = new ArrayList<>();
        int briefs = 0;
        for (String id : SEED_IDS) {
            String story = SeedPages.rawArticleText(id);
            for (String sentence : story.split("(?<=。)")) {
                String quote = sentence.strip();
                if (quote.length() < 20) {
                    continue;
                }
                StringBuilder brief = new StringBuilder(BRIEF_SENTENCES.get(0)).append(quote);
                for (int i = 1; brief.length() < 2 * quote.length(); i++) {
                    brief.append(BRIEF_SENTENCES.get(i % BRIEF_SENTENCES.size()));
                }
                briefs++;
                if (isReprint(story, brief.toString())) {
                    merged.add(id + " " + quote.substring(0, 12) + "…");
                }
            }
        }
        System.out.printf("briefs quoting a sentence: %d, taken for reprints %d %s%n", briefs, merged.size(), merged);
        assertEquals(List.of(), merged);
    }

    private static boolean isReprint(String first, String second) {
        ReprintDesk desk = ReprintDesk.inOrder(ReprintIndex.withDefaults(), 8, new MapShardStorage());
        desk.admit("first", 0, first);
        return "first".equals(desk.admit("second", 0, second).duplicateOf());
    }

    private static String keepParagraphs(String text, java.util.function.IntPredicate keep) {
        String[] paragraphs = text.split("\n");
        List<String> kept = new ArrayList<>();
        for (int i = 0; i < paragraphs.length; i++) {
            if (keep.test(i)) {
                kept.add(paragraphs[i]);
            }
        }
        return String.join("\n", kept);
    }

    private static String reorder(String text) {
        List<String> paragraphs = new ArrayList<>(Arrays.asList(text.split("\n")));
        java.util.Collections.reverse(paragraphs.subList(paragraphs.size() / 2, paragraphs.size()));
        java.util.Collections.rotate(paragraphs, 2);
        return String.join("\n", paragraphs);
    }
}
