package newsflow.core.split;

import static newsflow.core.split.LineLabel.BODY;
import static newsflow.core.split.LineLabel.DECK;
import static newsflow.core.split.LineLabel.HEAD;
import static newsflow.core.split.LineLabel.HEAD_START;
import static newsflow.core.split.LineLabel.NOISE;
import static newsflow.core.split.LineLabel.UNTITLED_START;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LineModelAssemblerTest {

    @Test
    void labelledLinesMakeArticlesWithTheirHeadsAndRejoinedText() {
        // Given lines as the model labels them: a masthead, a story under a two-line head and a deck, an untitled item
        List<String> lines = List.of("THE VALLEY GAZETTE", "OLD MILL", "BURNS AGAIN", "Owners Will Rebuild.",
                "MILLTOWN, Nov. 8.—The mill that", "burned in 1913 was rebuilt and de-", "stroyed again last night.",
                "A new bridge opens on", "Monday, the mayor said.");
        List<LineLabel> labels = List.of(NOISE, HEAD_START, HEAD, DECK, BODY, BODY, BODY, UNTITLED_START, BODY);

        // When they are assembled
        List<ArticleDraft> drafts = LineModelAssembler.assemble(lines, labels);

        // Then there are two articles; the first's head joins its lines, its text runs on and mends the hyphenated word
        assertEquals(2, drafts.size());
        assertEquals(new ArticleHead("OLD MILL BURNS AGAIN", null, "Owners Will Rebuild.", null), drafts.get(0).head());
        assertEquals(List.of("MILLTOWN, Nov. 8.—The mill that burned in 1913 was rebuilt and destroyed again last night."),
                texts(drafts.get(0)));
        assertEquals(ArticleHead.NONE, drafts.get(1).head());
        assertEquals(List.of("A new bridge opens on Monday, the mayor said."),
                texts(drafts.get(1)));
    }

    @Test
    void aWireCreditAfterTextOverADatelineOpensTheNextDispatch() {
        // Given a dispatch run on under another story, its head lost, its wire's credit misread ("Pren") and taken for noise
        List<ArticleDraft> drafts = LineModelAssembler.assemble(
                List.of("FIRST STORY", "Its text here.", "(By Associated Pren.)", "PARIS, June 2. With a tremendous",
                        "power the French held."),
                List.of(HEAD_START, BODY, NOISE, BODY, BODY));
        // Then the credit and its dateline open a second, untitled dispatch whose wire the credit names
        assertEquals(2, drafts.size());
        assertEquals(new ArticleHead(null, null, null, "(By Associated Pren.)"), drafts.get(1).head());
        assertEquals("AP", CreditParser.wireLine("(By Associated Pren.)"));
        assertEquals(List.of("PARIS, June 2. With a tremendous power the French held."),
                texts(drafts.get(1)));
    }

    @Test
    void runningTextTakenForNoiseInsideAStoryIsTheStorysAndAnAdvertisementsLineIsNot() {
        // Given a story whose first body line repeats its head's words and a line in its middle, both taken for noise,
        // and an advertisement's line between two of its lines
        List<String> lines = List.of("BAKER NAMED", "NEWTON D. BAKER, FORMER MAYOR", "Newton D. Baker, former mayor of",
                "Cleveland, Ohio, is the man", "selected by President Wilson for", "secretary of war. His nomination",
                "BUY SHOES AT KAHN'S", "went to the senate Tuesday.");
        List<LineLabel> labels = List.of(HEAD_START, HEAD, NOISE, BODY, NOISE, BODY, NOISE, BODY);

        // When the story is assembled
        List<ArticleDraft> drafts = LineModelAssembler.assemble(lines, labels);

        // Then it holds its first line and its middle line, and not the advertisement
        assertEquals(List.of("Newton D. Baker, former mayor of Cleveland, Ohio, is the man selected by President Wilson "
                        + "for secretary of war. His nomination went to the senate Tuesday."),
                texts(drafts.get(0)));
    }

    @Test
    void aBylineSetInTheHeadsTypeIsTheBylineUnderAHeadAndOpensAnUntitledDispatchAfterText() {
        // Given a byline taken for a head line under a head, another after a story's text, and a head in capitals going on "BY"
        List<ArticleDraft> drafts = LineModelAssembler.assemble(
                List.of("Greek Entry Eminent.", "By Unite Press.", "Rome, June 2. Athens dispatches say war is near.",
                        "By WILLIAM-PHILIP SIMMS", "PETROGRAD, June 2. The United States faces difficulties.",
                        "EXTEND MAIN ST.", "BY CONDEMNATION", "The council voted."),
                List.of(HEAD_START, HEAD_START, BODY, HEAD_START, BODY, HEAD_START, HEAD_START, BODY));

        // Then the first keeps its head and takes the wire its misspelt credit names, the second is untitled with its
        // byline, the third's head is whole
        assertEquals(3, drafts.size());
        assertEquals(new ArticleHead("Greek Entry Eminent.", null, null, null, "UP"), drafts.get(0).head());
        assertEquals(new ArticleHead(null, null, null, "By WILLIAM-PHILIP SIMMS"), drafts.get(1).head());
        assertEquals("EXTEND MAIN ST. BY CONDEMNATION", drafts.get(2).head().headline());
    }

    @Test
    void aHeadLineAfterTextOpensTheNextStory() {
        List<ArticleDraft> drafts = LineModelAssembler.assemble(List.of("FIRST STORY", "Its text here.", "SECOND", "More text."),
                List.of(HEAD_START, BODY, HEAD, BODY));
        assertEquals(List.of("FIRST STORY", "SECOND"), drafts.stream().map(d -> d.head().headline()).toList());
    }

    @Test
    void aDatelineTakenForAHeadAfterTextOpensAnUntitledDispatch() {
        // Given a dispatch printed under another without a head, its dateline on a line of its own read as a head's start
        List<ArticleDraft> drafts = LineModelAssembler.assemble(
                List.of("VILLA RAIDS TOWN", "Personal papers of Villa were found.", "COLUMBUS, N. M March 9.",
                        "Francisco Villa raided United States", "territory today."),
                List.of(HEAD_START, BODY, HEAD_START, BODY, BODY));
        // Then the dateline starts the second dispatch's text and heads nothing
        assertEquals(2, drafts.size());
        assertEquals(ArticleHead.NONE, drafts.get(1).head());
        assertEquals(List.of("COLUMBUS, N. M March 9. Francisco Villa raided United States territory today."),
                texts(drafts.get(1)));
    }

    @Test
    void aSecondHeadStartRightUnderAHeadIsItsDeckButNotAfterNoise() {
        List<ArticleDraft> drafts = LineModelAssembler.assemble(
                List.of("BANK ROBBERS TOOK $1,080.", "Two Masked Men Locked Kansas City", "Kansas City, Nov. 9.—Two robbers.",
                        "THE WEATHER.", "ooooooooo", "VILLA RAIDS TOWN", "El Paso, Nov. 9.—Villa attacked."),
                List.of(HEAD_START, HEAD_START, BODY, HEAD_START, NOISE, HEAD_START, BODY));
        assertEquals(List.of("BANK ROBBERS TOOK $1,080.", "VILLA RAIDS TOWN"), drafts.stream().map(d -> d.head().headline()).toList());
        assertEquals("Two Masked Men Locked Kansas City", drafts.get(0).head().subheadline());
        assertEquals(null, drafts.get(1).head().subheadline());
    }

    @Test
    void aSecondHeadStartInTheSameCapitalsGoesOnWithTheHeadline() {
        // Given a headline set in capitals on two lines, each taken for a head's start, and a deck in lower case
        List<ArticleDraft> drafts = LineModelAssembler.assemble(
                List.of("WOUNDED MEN", "TELL STORY OF", "Troopers Say Women Were Shot.", "Columbus, March 9.—The wounded."),
                List.of(HEAD_START, HEAD_START, HEAD_START, BODY));

        // Then the capitals make one headline and the line in lower case its deck
        assertEquals(new ArticleHead("WOUNDED MEN TELL STORY OF", null, "Troopers Say Women Were Shot.", null),
                drafts.get(0).head());
    }

    @Test
    void aWireCreditOnItsOwnLineIsNeitherHeadNorTextAndAJumpLineEndsTheStory() {
        // Given a head, the wire's byline on its own line, the dateline, and a story that jumps to another page
        List<ArticleDraft> drafts = LineModelAssembler.assemble(
                List.of("GET SECOND RAISE", "(By Associated Press)", "Allentown, Pa., June 2.—Wages rise", "again for the men.",
                        "(CONTINUED ON PAGE FOUR.)", "and the rest of the text."),
                List.of(HEAD_START, HEAD, BODY, BODY, BODY, BODY));

        // Then the head is the headline alone, the credit the story's byline, and what follows the jump no part of it
        assertEquals(new ArticleHead("GET SECOND RAISE", null, null, "(By Associated Press)"), drafts.get(0).head());
        assertEquals(List.of("Allentown, Pa., June 2.—Wages rise again for the men."),
                texts(drafts.get(0)));
    }

    @Test
    void aJumpLineTheOcrGarbledStillEndsTheStory() {
        // Given a story whose jump line the OCR misread ("011" for "on", "IS" for "18")
        List<ArticleDraft> drafts = LineModelAssembler.assemble(
                List.of("CLASS GRADUATES", "The class of 1916 received its", "diplomas last night.", "[Continued 011 Page IS]",
                        "and the rest of the text."),
                List.of(HEAD_START, BODY, BODY, BODY, BODY));

        // Then the story ends before it
        assertEquals(List.of("The class of 1916 received its diplomas last night."),
                texts(drafts.get(0)));
    }

    @Test
    void aCreditTheOcrGarbledCountsOnlyOverADateline() {
        // Given a story under its head whose wire's credit the OCR garbled, then a paper's own correspondent's credit
        // after text over a dateline, and a line of the same shape in the middle of a story's text
        List<String> lines = List.of("IRISH QUESTIONS", "NEAR SOLUTION", "4 By AaHoelatr l\"rrii.", "LONDON, June 2. The Evening",
                "Standard says the basis of an", "agreement is near.", "Bretsal to The Wshinetom Herald.",
                "NEW YORK, March 9.-A widow", "told the court she wrote the", "letters. By Arthur Brisbane", "the editor, she said.");
        List<LineLabel> labels = List.of(HEAD_START, HEAD, BODY, BODY, BODY, BODY, BODY, BODY, BODY, BODY, BODY);

        // When they are assembled
        List<ArticleDraft> drafts = LineModelAssembler.assemble(lines, labels);

        // Then the wire's credit is the first story's wire and not its text; the correspondent's credit opens the next
        // dispatch and leaves the text; the line inside the text stays there
        assertEquals(2, drafts.size());
        assertEquals(new ArticleHead("IRISH QUESTIONS NEAR SOLUTION", null, null, null, "AP"), drafts.get(0).head());
        assertEquals(List.of("LONDON, June 2. The Evening Standard says the basis of an agreement is near."),
                texts(drafts.get(0)));
        assertEquals(ArticleHead.NONE, drafts.get(1).head());
        assertEquals("NEW YORK, March 9.-A widow told the court she wrote the letters. By Arthur Brisbane the editor, she said.",
                String.join(" ", texts(drafts.get(1))));
    }

    @Test
    void aDatelineAfterAFinishedSentenceOpensTheNextDispatchWithTheWireNamedOverIt() {
        // Given a column of dispatches with no heads between them, one under a wire named in words, and a story whose
        // sentence runs on into a line that opens like a dateline
        List<String> lines = List.of("WAR BULLETINS", "LONDON, October 13. King Otto of", "Bavaria is dead.",
                "International News Service:", "BAYONNE, October 13. One person was", "killed in strike rioting.",
                "The cruisers sailed for", "Boston, Oct. 12, and returned.");
        List<LineLabel> labels = List.of(HEAD_START, BODY, BODY, BODY, BODY, BODY, BODY, BODY);

        // When they are assembled
        List<ArticleDraft> drafts = LineModelAssembler.assemble(lines, labels);

        // Then each dated dispatch is an article of its own, the second keeping its wire's words before its dateline;
        // the line that opens like a dateline in the middle of a sentence stays in the sentence
        assertEquals(2, drafts.size());
        assertEquals("LONDON, October 13. King Otto of Bavaria is dead.", drafts.get(0).paragraphs().get(0).text());
        assertEquals("International News Service: BAYONNE, October 13. One person was killed in strike rioting. The "
                + "cruisers sailed for Boston, Oct. 12, and returned.",
                String.join(" ", texts(drafts.get(1))));
    }

    @Test
    void aLaterDatelineInALongStoryIsASectionOfOneWirePackage() {
        // Given a story under one head whose Berlin lead runs long before its London section's dateline
        // When it is assembled, then the package is one story
        assertEquals(1, longStoryAssembled("GERMAN HIGH SEA FLEET", "Berlin, June 2. Germany's fleet",
                "met the British fleet off Jutland and the",
                List.of("admiralty reports the battle won.", "London, June 2. The admiralty", "admits losses.")).size());
    }

    @Test
    void aHeadlineLineEndingOnAWordThatLeadsOnGoesOnInTheLineUnderIt() {
        // Given a head whose first line stops on "OF", its second taken for a deck, then a deck; and a head stopping
        // on "BY" over a deck in other type
        List<ArticleDraft> drafts = LineModelAssembler.assemble(
                List.of("WOUNDED MEN TELL STORY OF", "VILLA ATTACK", "Troopers Say Women Were Shot.", "COLUMBUS, N. M., March 9.",
                        "The troopers told it.", "STORES AFFECTED BY", "Candidates Who Had Plurality Won.", "The count ended."),
                List.of(HEAD_START, DECK, DECK, BODY, BODY, HEAD_START, DECK, BODY));

        // Then the first headline goes on in its second line and the deck stays a deck; the other's deck stays one
        assertEquals(new ArticleHead("WOUNDED MEN TELL STORY OF VILLA ATTACK", null, "Troopers Say Women Were Shot.", null),
                drafts.get(0).head());
        assertEquals(new ArticleHead("STORES AFFECTED BY", null, "Candidates Who Had Plurality Won.", null), drafts.get(1).head());
    }

    @Test
    void aLineOpeningOnAWordADeckDoesNotOpenWithGoesOnWithTheHeadlineInItsType() {
        // Given a title-case head whose second line opens on a preposition, taken for a deck; and a capitals head
        // over a deck in title case that opens on one
        List<ArticleDraft> drafts = LineModelAssembler.assemble(
                List.of("American Eagle Flies", "Off White House Pole", "In the midst of the excitement", "the eagle flew off.",
                        "SEEK ALLIANCE", "With Fairbanks on the Ticket", "Chicago, June 2.—Terms were set."),
                List.of(HEAD_START, DECK, BODY, BODY, HEAD_START, DECK, BODY));

        // Then the first headline goes on in its second line; the other's deck, in other type, stays a deck
        assertEquals(new ArticleHead("American Eagle Flies Off White House Pole", null, null, null), drafts.get(0).head());
        assertEquals(new ArticleHead("SEEK ALLIANCE", null, "With Fairbanks on the Ticket", null), drafts.get(1).head());
    }

    @Test
    void specksTheOcrReadAfterAStorysLastSentenceAreNoText() {
        // Given two stories whose text closes with marks a rule or a border left in the OCR, and one closing on a word
        List<ArticleDraft> drafts = LineModelAssembler.assemble(
                List.of("CANOE UPSET", "Two boys were in the river when", "their canoe upset. They swam ashore. <",
                        "JURY OUT", "The jury went out at noon today. '", "TRAIN LATE", "The train came in an hour late. A"),
                List.of(HEAD_START, BODY, BODY, HEAD_START, BODY, HEAD_START, BODY));

        // Then the marks are gone; a letter after the last sentence stays, as it may open the next
        assertEquals(List.of("Two boys were in the river when their canoe upset. They swam ashore.",
                        "The jury went out at noon today.", "The train came in an hour late. A"),
                drafts.stream().map(d -> d.paragraphs().get(d.paragraphs().size() - 1).text()).toList());
    }

    @Test
    void aTitleCaseLineBetweenShortItemsIsTheNextItemsHeadButNotARankedNameOrALongStorysIntertitle() {
        // Given a short local item, a line in title case, the next item; then a name with its rank in a list
        List<String> lines = List.of("LOCAL NEWS", "The board met on Monday.", "Secures Name Plate", "According to the report",
                "of the inspector, the school won.", "Corporal Paul Simon.", "Private John Doe.");
        List<LineLabel> labels = List.of(HEAD_START, BODY, BODY, BODY, BODY, BODY, BODY);

        // When they are assembled
        List<ArticleDraft> drafts = LineModelAssembler.assemble(lines, labels);

        // Then the title-case line heads the second item, and the ranked names stay its text
        assertEquals(List.of("LOCAL NEWS", "Secures Name Plate"), drafts.stream().map(d -> d.head().headline()).toList());

        // Given a long story with an intertitle in title case, then it stays one story
        assertEquals(1, longStoryAssembled("BATTLE RAGES", "Paris, March 9. The battle", "went on all day before Verdun and the",
                List.of("forts held.", "Agree Crisis Is at Hand.", "Both sides say the crisis is near.")).size());
    }

    /** A story under its head whose text runs 30 lines of the filler between its lead and its last lines, assembled. */
    private static List<ArticleDraft> longStoryAssembled(String head, String lead, String filler, List<String> end) {
        List<String> lines = new ArrayList<>(List.of(head, lead));
        for (int i = 0; i < 30; i++) {
            lines.add(filler);
        }
        lines.addAll(end);
        List<LineLabel> labels = new ArrayList<>(List.of(HEAD_START));
        while (labels.size() < lines.size()) {
            labels.add(BODY);
        }
        return LineModelAssembler.assemble(lines, labels);
    }

    private static List<String> texts(ArticleDraft draft) {
        return draft.paragraphs().stream().map(Paragraph::text).toList();
    }
}
