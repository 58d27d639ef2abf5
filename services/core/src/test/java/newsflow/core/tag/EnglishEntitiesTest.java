package newsflow.core.tag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * English entities (OpenNLP chunks typed by rules) on news paragraphs written for this test, against the people,
 * places and organisations a reader would list. Precision and recall per type are printed and held to a floor.
 */
class EnglishEntitiesTest {
    record Case(String headline, String body, Set<String> people, Set<String> places, Set<String> orgs) {
    }

    static final List<Case> CASES = List.of(
            new Case("Police arrest suspect after London bank robbery",
                    "Police in London said on Monday they had arrested a man after a robbery at a branch of Barclays Bank. "
                            + "Detective Inspector John Smith said the suspect would appear in court on Friday. "
                            + "Smith added that no one was hurt.",
                    Set.of("John Smith"), Set.of("London"), Set.of("Barclays Bank")),
            new Case("Carmakers weigh new plant",
                    "Toyota Motor Corp. is considering a new assembly plant in Texas, chief executive Akio Toyoda told "
                            + "reporters in Tokyo on Tuesday. The Ministry of Economy, Trade and Industry declined to comment. "
                            + "Analysts at Goldman Sachs Group said the move would cost about $1 billion.",
                    Set.of("Akio Toyoda"), Set.of("Texas", "Tokyo"), Set.of("Toyota Motor Corp.", "Ministry of Economy", "Goldman Sachs Group")),
            new Case("Leaders meet in Berlin on energy",
                    "German Chancellor Olaf Scholz met French President Emmanuel Macron in Berlin on Wednesday to discuss "
                            + "energy prices. Mr. Macron said Europe needed more nuclear power. The European Commission will "
                            + "present a plan next month, a spokeswoman for the commission said.",
                    Set.of("Olaf Scholz", "Emmanuel Macron"), Set.of("Berlin", "Europe"), Set.of("European Commission")),
            new Case("University opens climate centre",
                    "The University of Oxford opened a climate research centre on Thursday. Professor Sarah Jones, who "
                            + "leads the centre, said researchers from Kenya and India would join the team. "
                            + "Funding came from the Wellcome Foundation and the World Bank.",
                    Set.of("Sarah Jones"), Set.of("Kenya", "India"), Set.of("University of Oxford", "Wellcome Foundation", "World Bank")),
            new Case("Storm hits coast",
                    "A storm brought heavy rain to Miami on Saturday, forcing flights to be cancelled. Mayor Daniel Levine "
                            + "said schools would stay closed. The National Weather Service warned of flooding across Florida.",
                    Set.of("Daniel Levine"), Set.of("Miami", "Florida"), Set.of("National Weather Service")));

    static ArticleTagger tagger;

    @BeforeAll
    static void setUp() {
        tagger = new ArticleTagger();
    }

    @Test
    void peoplePlacesOrganisationsPrecisionAndRecall() {
        int[] right = new int[3], emitted = new int[3], gold = new int[3], found = new int[3];
        List<String> wrong = new ArrayList<>();
        for (Case c : CASES) {
            Tags t = tagger.tag(c.headline(), c.body());
            assertEquals("en", t.language());
            List<List<String>> got = List.of(t.people(), t.places(), t.organizations());
            List<Set<String>> want = List.of(c.people(), c.places(), c.orgs());
            for (int k = 0; k < 3; k++) {
                for (String g : got.get(k)) {
                    emitted[k]++;
                    if (want.get(k).contains(g)) {
                        right[k]++;
                    } else {
                        wrong.add(List.of("person", "place", "org").get(k) + ": " + g);
                    }
                }
                gold[k] += want.get(k).size();
                for (String w : want.get(k)) {
                    found[k] += got.get(k).contains(w) ? 1 : 0;
                }
            }
            System.out.printf("people %s | places %s | orgs %s | keywords %s | topics %s%n", t.people(), t.places(),
                    t.organizations(), t.keywords(), t.topics().stream().map(x -> x.label()).toList());
        }
        String[] kind = {"people", "places", "organisations"};
        for (int k = 0; k < 3; k++) {
            System.out.printf("English %s: precision %d/%d, recall %d/%d%n", kind[k], right[k], emitted[k], found[k], gold[k]);
        }
        System.out.println("not in the expected lists: " + wrong);
        assertTrue(right[0] >= 0.9 * emitted[0], "people precision " + right[0] + "/" + emitted[0] + " " + wrong);
        assertTrue(right[1] >= 0.8 * emitted[1], "places precision " + right[1] + "/" + emitted[1] + " " + wrong);
        assertTrue(right[2] >= 0.8 * emitted[2], "organisations precision " + right[2] + "/" + emitted[2] + " " + wrong);
        for (int k = 0; k < 3; k++) {
            assertTrue(found[k] >= 0.8 * gold[k], kind[k] + " recall " + found[k] + "/" + gold[k]);
        }
    }

    @Test
    void anOldPagesNamesWithInitialsTitlesAndStatesAreRead() {
        // Given text as papers of 1916 print it: names with initials, a title before a name, a town and its state
        Tags t = tagger.tag("LOCAL NEWS", "Clover seed for sale by A. M. Walker. The train left Alabama for Montgomery, "
                + "Ala., on Monday. Gen. Funston said the troops of Gen. Pershing were near San Antonio, Texas.");

        // Then the initials stay with the name, the title's man is a person, and each town before a state is a place
        assertTrue(t.people().containsAll(List.of("A. M. Walker", "Funston", "Pershing")), t.people().toString());
        assertTrue(t.places().containsAll(List.of("Alabama", "Montgomery", "San Antonio", "Texas")), t.places().toString());
    }

    @Test
    void aDatelineAStateAfterATownAndAListOfNamesAreRead() {
        // Given a 1916 dispatch: a dateline, towns with their states abbreviated, a list of the dead one to a line
        Tags t = tagger.tag("", "Princeton, Ill., March 9.-Senator Sherman spoke of the raid on Columbus, N. M. "
                + "The troops camped on Cow Creek in Fallon County.\nKilled:\nCorporal Paul Simon.\nSergt. M. A. Dobbs, "
                + "machine gun troop.\nJames Butler, private, of Troop G.\nJ. J. Moore, merchant.");

        // Then the dateline's town, each town and state, and the places named by their kind are places; every name of
        // the list is a person, and no troop is
        assertTrue(t.places().containsAll(List.of("Princeton", "Ill.", "Columbus", "N. M.", "Cow Creek", "Fallon County")),
                t.places().toString());
        assertTrue(t.people().containsAll(List.of("Paul Simon", "M. A. Dobbs", "James Butler", "J. J. Moore")),
                t.people().toString());
        assertTrue(t.people().stream().noneMatch(p -> p.startsWith("Troop")), t.people().toString());
    }

    @Test
    void aCandidateNamedAgainAndAgainIsAPerson() {
        // Given a name printed three times with no title or first name ("Tumulty"), and one printed once ("Burleson"),
        // neither a common surname
        Tags t = tagger.tag("", "Late returns reached Tumulty in the West. Burleson men said Tumulty had not heard "
                + "from Minnesota, but Tumulty waited there for a few votes.");

        // Then the one named again and again is a person, the one named once is not guessed
        assertTrue(t.people().contains("Tumulty"), t.people().toString());
        assertTrue(!t.people().contains("Burleson"), t.people().toString());
    }

    @Test
    void aCommonSurnameAloneIsAPersonEvenWhereATownBearsIt() {
        // Given the candidates of 1916 by surname, once each; Wilson is also a town of North Carolina
        Tags t = tagger.tag("", "The late returns gave Wilson the lead in Ohio, and Hughes carried New York.");

        // Then both are people, and the states are places
        assertTrue(t.people().containsAll(List.of("Wilson", "Hughes")), t.people().toString());
        assertTrue(t.places().containsAll(List.of("Ohio", "New York")), t.places().toString());
    }

    @Test
    void aPersonOfATownIsAPersonAndATown() {
        // Given a country paper's personal column: people named with the town they come from
        Tags t = tagger.tag("", "Mrs. W. R. Barton of Brookfield spent Friday with Sam Acker of Clay township. The Bank "
                + "of England and John Smith of London sent word.");

        // Then each is a person and their town a place; a bank "of" a country stays one organisation
        assertTrue(t.people().containsAll(List.of("W. R. Barton", "Sam Acker", "John Smith")), t.people().toString());
        assertTrue(t.places().containsAll(List.of("Brookfield", "Clay township", "London")), t.places().toString());
        assertTrue(t.organizations().contains("Bank of England"), t.organizations().toString());
    }

    @Test
    void initialsWithoutTheirPeriodsAndNamesInCapitalsAreRead() {
        // Given a ballot printed without periods and a list of the dead in capitals
        Tags t = tagger.tag("", "He voted for Geo W P Hunt for Governor.\nCORPORAL PAUL SIMON.\nFRED A. GRIFFIN, private.");

        // Then each is a person, the office and the rank left out
        assertTrue(t.people().containsAll(List.of("Geo W P Hunt", "PAUL SIMON", "FRED A. GRIFFIN")), t.people().toString());
    }

    @Test
    void aTownTheTagsListDidNotHoldIsKnownFromGeoNames() {
        // Given a dispatch naming French and Georgian towns no cue marks as places ("Verdun", "Valdosta")
        Tags t = tagger.tag("", "The battle for Verdun went on. Cotton buyers of Valdosta met on Monday, Secretary of State "
                + "Lansing said. Chas. Hughes and Geo. W. Adams of Kraft & Brenner were at Chariton county's fair, where "
                + "the Democratic party met.");

        // Then the towns are places, the Secretary is a person though a city bears his name, abbreviated first names
        // stay with their names, and a firm of partners and a party are organisations
        assertTrue(t.places().containsAll(List.of("Verdun", "Valdosta", "Chariton county")), t.places().toString());
        assertTrue(t.people().containsAll(List.of("Lansing", "Chas. Hughes", "Geo. W. Adams")), t.people().toString());
        assertTrue(t.organizations().containsAll(List.of("Kraft & Brenner", "Democratic party")), t.organizations().toString());
    }

    @Test
    void aPlaceInCapitalsIsThePlaceAndSpecksAreNoOrganisation() {
        // Given dispatches whose datelines are set in capitals, a volume's number, and letters the OCR read from specks
        Tags t = tagger.tag("", "LONDON, Oct. 12.-The Admiralty reported losses. NEW YORK, Oct. 12.-Stocks fell. "
                + "VOL. II. NO. 4. The HO and VV of the line. The UN met and the ILA struck; the ILA men left.");

        // Then the places are places, as the gazetteer writes them; the volume's label and the specks are no organisation,
        // the initials of a body are, as are two capitals a body is widely known by
        assertTrue(t.places().containsAll(List.of("London", "New York")), t.places().toString());
        assertTrue(t.organizations().containsAll(List.of("UN", "ILA")), t.organizations().toString());
        for (String speck : List.of("VOL", "II", "NO", "HO", "VV", "LONDON", "NEW YORK")) {
            assertFalse(t.organizations().contains(speck), t.organizations().toString());
        }
    }

    @Test
    void ocrDebrisIsNoNameButOddlyWrittenNamesAre() {
        for (String name : List.of("McLin", "DeBorde", "O'Hern", "Pres't", "YouTube", "MacBook", "NEW", "A.", "Smith-Jones")) {
            assertTrue(EnglishAnalyzer.readsAsAWord(name), name);
        }
        for (String debris : List.of("Davi3", "Hlrnv", "Villa:", "wItH", "I-")) {
            assertTrue(!EnglishAnalyzer.readsAsAWord(debris), debris);
        }
    }

    @Test
    void titleCaseHeadlineGivesKnownPlacesOnly() {
        // a headline's capitals say nothing of names, but a place the gazetteer knows is a place
        Tags t = tagger.tag("Dicker With Japan Denied By New York Bankers", "");
        assertEquals(List.of(), t.people());
        assertTrue(t.places().containsAll(List.of("Japan", "New York")), t.places().toString());
    }

    @Test
    void titleCaseHeadlineGivesNoEntitiesButWords() {
        Tags t = tagger.tag("Police Arrest Suspect After Bank Robbery", "");
        assertTrue(t.people().isEmpty() && t.organizations().isEmpty(), t.toString());
        assertTrue(t.keywords().contains("robbery"), t.keywords().toString());
        assertEquals("crime, law and justice", t.topics().get(0).label());
    }

    @Test
    void surnameAloneJoinsTheFullName() {
        Tags t = tagger.tag("", "Mary Brown won the race in Boston. Brown said she trained for a year.");
        assertEquals(List.of("Mary Brown"), t.people());
        assertTrue(t.places().contains("Boston"), t.places().toString());
    }
}
