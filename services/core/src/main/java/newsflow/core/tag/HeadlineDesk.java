package newsflow.core.tag;

import com.hankcs.hanlp.seg.common.Term;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import newsflow.model.Topic;

/**
 * The desk a newsroom files a Chinese headline under, when the headline is all there is (no body).
 *
 * <p>IPTC has top-level topics for crime, disasters and accidents, human interest and conflict; a Chinese newsroom
 * has no such desks. It files a domestic incident (a fraud, a fall from a window, a fire in a county town) under
 * its society desk (社会), and an incident, a war or a military story from abroad under its politics and world desk
 * (时政/国际). With a whole article the tagger keeps the specific IPTC topic first, as the body makes the story's
 * subject clear; with a headline alone the main topic is the desk's, and the specific topic follows it:
 *
 * <ul>
 *   <li>a title quoted in book-title marks (《…》) and lifestyle and leisure among the topics → lifestyle and leisure
 *       first: the topic holds the games desk's words (游戏, 玩家, 公测), and a quoted title beside them is a game's,
 *       so its trailer, release date or price is a game story, not a film's or a technology product's; so too a
 *       quoted title with best topic science and technology but no technology company or product named: a game's
 *       platform, video or review words are the technology topic's, while a device or a service is named without
 *       book-title marks;
 *   <li>best topic crime, disaster, human interest or conflict, and the headline international (a place, body or
 *       leader from {@code tag/international-cues.txt}, or a name HanLP tags as a transliterated place, {@code nsf},
 *       or as a transliterated person, {@code nrf}) → politics first;
 *   <li>best topic health, labour, environment or weather, and the headline international (as above, but without
 *       transliterated people: a foreign scientist or patient does not make a world story) → politics first;
 *   <li>best topic entertainment, crime, society or human interest, and a person named whom the topic lexicon lists
 *       under sport (a star athlete or coach) → sport first: the sports desk follows its stars off the field too (a
 *       wedding, a lawsuit, an endorsement), as the entertainment desk follows film stars;
 *   <li>best topic crime, disaster, human interest, society or economy, and the headline opening with a central
 *       government or party body as its subject ({@code tag/government-bodies.txt}: 公安部：…, 民政部称…) → politics
 *       first: what the government says or does is the politics desk's story, whatever it is about;
 *   <li>best topic conflict (military) at home → politics first (defence is a politics desk story);
 *   <li>best topic crime, disaster or human interest at home → society first; so too best topic education with a
 *       crime, disaster or human interest topic beside it (an incident at a school is a society story);
 *   <li>best topic society or human interest and a person named in full (a name {@link ChineseEntities} accepts,
 *       or a possible name that opens the headline or one of its clauses, {@link ChineseEntities#headlineSubjects})
 *       → arts, culture, entertainment and media first: Chinese headlines name private people by surname only
 *       (王某, 李女士), so a full name beside family, romance or charity words is a public figure's private life,
 *       the entertainment desk's story; so too best topic crime at home with a person named (a star's drug case or
 *       lawsuit);
 *   <li>best topic other than sport or politics, a private person named as what they are (男子, 老太, 村民:
 *       {@code tag/private-persons.txt}) and the headline not international → society first: a story about a private
 *       person is the society desk's whatever it is about (a loan, an exam, a phone);
 *   <li>best topic economy and a technology company, product or industry word named ({@code tag/tech-companies.txt})
 *       → science and technology first: a Chinese newsroom files a tech company's results, listing, funding and
 *       product prices under its technology desk (科技), not its finance desk;
 *   <li>no topic at all and an international place or body named → politics (the world desk);
 *   <li>no topic at all and a person named in full → arts, culture, entertainment and media (a public figure, as
 *       above);
 *   <li>no topic at all, no one named, and a title quoted in book-title marks → lifestyle and leisure: a film, a
 *       series, a book or a song comes with the words that say what it is (电影, 新剧, 新书, 单曲) or with its star, while
 *       a game's headline often names only the game and what happens in it (《…》勇者再集结 龙城之战今夜打响).
 * </ul>
 *
 * Hong Kong, Macau and Taiwan count as international here: a Chinese newsroom files their news with world news, in
 * its politics desk's 港澳台 section.
 *
 * A headline is international also when the segmenter read a foreign place and the words after it as one
 * organisation name (墨西哥边境城市6人): the name's head is looked up.
 *
 * Immutable and thread-safe.
 */
final class HeadlineDesk {
    static final Topic POLITICS = new Topic("medtop:11000000", "politics");
    static final Topic SOCIETY = new Topic("medtop:14000000", "society");
    static final Topic ARTS = new Topic("medtop:01000000", "arts, culture, entertainment and media");
    static final Topic TECHNOLOGY = new Topic("medtop:13000000", "science and technology");
    static final Topic LEISURE = new Topic("medtop:10000000", "lifestyle and leisure");
    static final Topic SPORT = new Topic("medtop:15000000", "sport");
    /** Entertainment, crime, society and human interest: an athlete's private life, case or charity, the sports desk's. */
    private static final Set<String> ATHLETE_LIFE = Set.of("medtop:01000000", "medtop:02000000", "medtop:14000000",
            "medtop:08000000");
    private static final String ECONOMY = "medtop:04000000";
    private static final Set<String> PRIVATE_LIFE = Set.of("medtop:14000000", "medtop:08000000");
    private static final Set<String> INCIDENT = Set.of("medtop:02000000", "medtop:03000000", "medtop:08000000");
    private static final String CRIME = "medtop:02000000";
    private static final String CONFLICT = "medtop:16000000";
    /** Health, labour, environment and weather: a Chinese newsroom has no such desks; abroad, the world desk's. */
    private static final Set<String> WORLD_DESK_ABROAD = Set.of("medtop:07000000", "medtop:09000000", "medtop:06000000",
            "medtop:17000000");
    /** Crime, disaster, human interest, society and economy: with a government body as subject, government business. */
    private static final Set<String> GOVERNMENT_BUSINESS = Set.of("medtop:02000000", "medtop:03000000", "medtop:08000000",
            "medtop:14000000", "medtop:04000000");
    private static final String SCHOOL = "medtop:05000000";
    /** Sport and politics: a private person in their headlines is a competitor (男子100米) or a citizen of a policy. */
    private static final Set<String> NOT_SOCIETY = Set.of("medtop:15000000", "medtop:11000000");

    private static final int MAX_CUE_LENGTH = 6;
    private final Set<String> international;
    private final Set<String> technology;
    private final Set<String> privatePersons;
    private final Set<String> governmentBodies;

    HeadlineDesk() {
        this.international = Resources.words("international-cues.txt");
        this.technology = Resources.words("tech-companies.txt");
        this.privatePersons = Resources.words("private-persons.txt");
        this.governmentBodies = Resources.words("government-bodies.txt");
    }

    /** Whether a headline's terms name a private person as what they are ({@code tag/private-persons.txt}). */
    boolean namesPrivatePerson(List<Term> terms) {
        return namesAny(terms, privatePersons);
    }

    /** Whether a headline's terms name a technology company, product or industry word (Latin names in any case). */
    boolean namesTechnology(List<Term> terms) {
        return namesAny(terms, technology);
    }

    /** Whether one of the terms is in the word list (lists hold Latin words in lower case). */
    private static boolean namesAny(List<Term> terms, Set<String> words) {
        for (Term t : terms) {
            if (words.contains(t.word.toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** Whether a headline opens with a government body ({@code tag/government-bodies.txt}) as its subject. */
    boolean opensWithGovernment(List<Term> terms) {
        for (Term t : terms) {
            if (t.word.isBlank()) {
                continue;
            }
            return governmentBodies.contains(t.word);
        }
        return false;
    }

    /** Whether a headline quotes a title in book-title marks (《…》), however the segmenter cut the marks. */
    static boolean namesTitle(List<Term> terms) {
        boolean open = false;
        for (Term t : terms) {
            if (t.word.contains("《")) {
                open = true;
            }
            if (open && t.word.contains("》")) {
                return true;
            }
        }
        return false;
    }

    /** Whether a headline's terms name a foreign place, body or leader; {@code people} counts transliterated names. */
    boolean isInternational(List<Term> terms, boolean people) {
        for (Term t : terms) {
            String n = t.nature == null ? "" : t.nature.toString();
            if (international.contains(t.word) || n.equals("nsf") || (people && n.equals("nrf"))
                    || (n.startsWith("nt") && startsWithCue(t.word))) {
                return true;
            }
        }
        return false;
    }

    /** The segmenter reads a foreign place and what follows as one organisation (墨西哥边境城市6人): its head counts. */
    private boolean startsWithCue(String word) {
        for (int end = Math.min(word.length() - 1, MAX_CUE_LENGTH); end >= 2; end--) {
            if (international.contains(word.substring(0, end))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The topics of a headline-only text, desk first; {@code ranked} as the classifier ranked them, {@code people} the
     * names in the headline, {@code namesAthlete} whether one of them is an athlete the topic lexicon lists under sport.
     */
    List<Topic> file(List<Topic> ranked, List<Term> headlineTerms, List<String> people, boolean namesAthlete) {
        if (ranked.isEmpty()) {
            if (isInternational(headlineTerms, false)) {
                return List.of(POLITICS);
            }
            if (!people.isEmpty()) {
                return List.of(ARTS);
            }
            return namesTitle(headlineTerms) ? List.of(LEISURE) : ranked;
        }
        String best = ranked.get(0).code();
        Topic desk;
        if (namesTitle(headlineTerms)
                && (ranked.contains(LEISURE) || best.equals(TECHNOLOGY.code()) && !namesTechnology(headlineTerms))) {
            desk = LEISURE;
        } else if (namesAthlete && ATHLETE_LIFE.contains(best)) {
            desk = SPORT;
        } else if (GOVERNMENT_BUSINESS.contains(best) && opensWithGovernment(headlineTerms)) {
            desk = POLITICS;
        } else if (best.equals(CONFLICT)) {
            desk = POLITICS;
        } else if (WORLD_DESK_ABROAD.contains(best) && isInternational(headlineTerms, false)) {
            desk = POLITICS;
        } else if (!NOT_SOCIETY.contains(best) && namesPrivatePerson(headlineTerms) && !isInternational(headlineTerms, true)) {
            desk = SOCIETY;
        } else if (best.equals(ECONOMY) && namesTechnology(headlineTerms)) {
            desk = TECHNOLOGY;
        } else if ((PRIVATE_LIFE.contains(best) || best.equals(CRIME) && !isInternational(headlineTerms, true)) && !people.isEmpty()) {
            desk = ARTS;
        } else if (INCIDENT.contains(best) || (SCHOOL.equals(best) && ranked.stream().anyMatch(t -> INCIDENT.contains(t.code())))) {
            desk = isInternational(headlineTerms, true) ? POLITICS : SOCIETY;
        } else {
            return ranked;
        }
        List<Topic> out = new ArrayList<>();
        out.add(desk);
        for (Topic t : ranked) {
            if (!t.equals(desk) && out.size() < TopicClassifier.MAX_TOPICS) {
                out.add(t);
            }
        }
        return List.copyOf(out);
    }
}
