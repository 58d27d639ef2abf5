package newsflow.core.split;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import newsflow.core.eval.TrainLinesCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The line model of OCR pages: made from the training half, shipped in the jar, and what it does to a real page. */
class LineModelTest {
    private static final String SETS = "/eval/chronam-1916/";

    private static Path resource(String name) {
        try {
            return Path.of(LineModelTest.class.getResource(name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void theShippedModelIsTheOneTheTrainingHalfGives(@TempDir Path dir) throws IOException {
        // Given the model train-lines makes from the training half of the 1916 gold
        Path trained = dir.resolve("ocr-lines.model");
        int exit = new CommandLine(new TrainLinesCommand()).execute("--gold", resource(SETS + "gold-train.json").toString(),
                "--out", trained.toString());
        assertEquals(0, exit);
        LineModel fresh;
        try (InputStream in = Files.newInputStream(trained)) {
            fresh = LineModel.read(in);
        }

        // When it and the shipped model label every training page
        for (LineModel.LabelledPage page : TrainLinesCommand.pages(List.of(resource(SETS + "gold-train.json")))) {
            // Then they agree line for line: the model in the jar is not stale
            assertEquals(fresh.label(page.lines()), LineModel.shipped().label(page.lines()),
                    "run train-lines again: see docs/quality.md");
        }
    }

    @Test
    void onARealFrontPageAHeadlineInCapitalsOverItsDeckOpensItsStory() throws IOException {
        // Given a front page of 1916 from the training half, its stories run together without a blank line
        String page = Files.readString(resource(SETS + "pages/1916-11-09/sn86088651-ed-1_seq-1.txt"), StandardCharsets.UTF_8);
        assertTrue(LineModelAssembler.reads(PageSplitter.ocrLines(page)));

        // When it is split
        SplitPage split = new PageSplitter().split(page);

        // Then the bank robbery is a story of its own under its headline and deck, and the masthead is in no story
        SplitArticle robbery = split.articles().stream().filter(a -> a.body().startsWith("Kansas City, Nov. 9.")).findFirst()
                .orElseThrow(() -> new AssertionError("no story starts at the robbery's dateline"));
        assertEquals("BANK ROBBERS TOOK $1,080.", robbery.headline());
        assertEquals("Two Masked Men Locked Kansas City President In Vault.", robbery.subheadline());
        assertTrue(split.articles().stream().noneMatch(a -> a.body().contains("VOL XXX")));
        assertEquals("1916-11-09", split.date());
    }

    @Test
    void pagesWithParagraphsOrInChineseAreLeftToTheRules() {
        assertFalse(LineModelAssembler.reads(PageSplitter.ocrLines("南湖新桥通车\n\n本报讯 南湖新桥今天通车。\n")));
        String wideLines = ("The council met on Monday and agreed the budget for the coming year after a long debate.\n").repeat(50);
        assertFalse(LineModelAssembler.reads(PageSplitter.ocrLines(wideLines)), "lines wider than a column");
        String spaced = ("The council met on Monday\nand agreed the budget.\n\n").repeat(30);
        assertFalse(LineModelAssembler.reads(PageSplitter.ocrLines(spaced)), "paragraphs apart");
        assertTrue(LineModelAssembler.reads(PageSplitter.ocrLines(("The council met on Monday\nand agreed the budget.\n").repeat(30))));
    }
}
