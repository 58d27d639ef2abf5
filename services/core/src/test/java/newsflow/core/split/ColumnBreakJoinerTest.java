package newsflow.core.split;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ColumnBreakJoinerTest {

    @Test
    void chineseHalvesMeetWithoutSpace() {
        assertEquals("推动城乡融合发展", join("推动城乡融", "合发展"));
        assertEquals("提供便民服务,更要提供", join("提供便民服务,", "更要提供"));
    }

    @Test
    void latinWordsKeepTheirSpaceAndHyphenatedWordsAreMadeWhole() {
        assertEquals("the city council", join("the city", "council"));
        assertEquals("the construction", join("the con-", "struction"));
        assertEquals("an Anglo-Saxon", join("an Anglo-", "Saxon"));
    }

    @Test
    void whatCountsAsACut() {
        assertTrue(ColumnBreakJoiner.endsCut("加快建设、"));
        assertTrue(ColumnBreakJoiner.endsCut("提供优质服务,"));
        assertTrue(ColumnBreakJoiner.endsCut("多解"));
        assertTrue(ColumnBreakJoiner.endsCut("the mayor said the"));
        assertFalse(ColumnBreakJoiner.endsCut("工作取得新进展。"));
        assertFalse(ColumnBreakJoiner.endsCut("他说:“今年要办好十件实事。”"));
        assertFalse(ColumnBreakJoiner.endsCut("贫困人口减少到9人……"));
        assertFalse(ColumnBreakJoiner.endsCut("(甲乙 丙丁)"));
        assertFalse(ColumnBreakJoiner.endsCut("It rained."));
    }

    @Test
    void aParagraphEndingOnAQuotedTermIsCutButOneEndingOnAQuotedSentenceIsNot() {
        assertTrue(ColumnBreakJoiner.endsCut("打造新型智慧“城市大脑”"));
        assertTrue(ColumnBreakJoiner.endsCut("the council called it a \"fresh start\""));
        assertTrue(ColumnBreakJoiner.endsCut("\"We will see,\""));
        assertFalse(ColumnBreakJoiner.endsCut("他说:“今年要办好十件实事。”"));
        assertFalse(ColumnBreakJoiner.endsCut("\"We listened.\""));
        assertEquals("打造新型智慧“城市大脑”的做法已在全市推开。", join("打造新型智慧“城市大脑”", "的做法已在全市推开。"));
    }

    @Test
    void joinsRunsOfCutParagraphsAndMovesAnIntertitleSetInsideACutSentenceAfterIt() {
        List<Paragraph> in = List.of(
                text("一是加强"), text("基础设施"), text("建设。"),
                text("二是优化营商"), new Paragraph("小标题", Paragraph.Kind.INTERTITLE), text("环境很重要。"));
        List<Paragraph> out = ColumnBreakJoiner.joinBreaks(in);
        assertEquals(List.of("一是加强基础设施建设。", "二是优化营商环境很重要。", "小标题"),
                out.stream().map(Paragraph::text).toList());
    }

    @Test
    void latinTextAfterAnIntertitleThatOpensASentenceIsNotJoined() {
        List<Paragraph> in = List.of(text("The plan was approved by the"),
                new Paragraph("Next steps", Paragraph.Kind.INTERTITLE), text("council on Monday."),
                text("It was a long"), new Paragraph("Costs", Paragraph.Kind.INTERTITLE), text("Work starts soon."));
        assertEquals(List.of("The plan was approved by the council on Monday.", "Next steps", "It was a long", "Costs",
                "Work starts soon."), ColumnBreakJoiner.joinBreaks(in).stream().map(Paragraph::text).toList());
    }

    private static String join(String first, String second) {
        List<Paragraph> joined = ColumnBreakJoiner.joinBreaks(List.of(text(first), text(second)));
        assertEquals(1, joined.size(), () -> "not joined: " + joined);
        return joined.get(0).text();
    }

    private static Paragraph text(String s) {
        return new Paragraph(s, Paragraph.Kind.TEXT);
    }
}
