package newsflow.core.eval;

import static newsflow.core.split.LineLabel.BODY;
import static newsflow.core.split.LineLabel.DECK;
import static newsflow.core.split.LineLabel.HEAD;
import static newsflow.core.split.LineLabel.HEAD_START;
import static newsflow.core.split.LineLabel.NOISE;
import static newsflow.core.split.LineLabel.UNTITLED_START;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

class GoldLineLabelsTest {

    @Test
    void eachLineIsLabelledFromTheGoldOfItsArticles() throws IOException {
        // Given a page whose second story interrupts nothing, an untitled item and an advertisement, and their gold
        List<String> lines = List.of("THE VALLEY GAZETTE", "OLD MILL", "BURNS AGAIN", "Owners Will Rebuild.",
                "MILLTOWN, Nov. 8.—The mill that", "burned was rebuilt and de-", "stroyed again last night.",
                "BUY SHOES AT SMITH'S", "A new bridge opens on", "Monday, the mayor said.", "");
        var page = new ObjectMapper().readTree("""
                {"file": "p.txt", "articles": [
                  {"id": "p-1", "title": "OLD MILL BURNS AGAIN", "decks": ["Owners Will Rebuild."],
                   "body_starts": "MILLTOWN, Nov. 8.—The mill", "body_ends": "again last night."},
                  {"id": "p-2", "title": "", "body_starts": "A new bridge opens", "body_ends": "the mayor said."}]}
                """);

        // When the lines are labelled
        var labelled = GoldLineLabels.of(page, lines);

        // Then the head, deck, bodies and noise are where the gold puts them
        assertEquals(List.of(NOISE, HEAD_START, HEAD, DECK, BODY, BODY, BODY, NOISE, UNTITLED_START, BODY, NOISE),
                labelled.labels());
    }
}
