package newsflow.core.tag;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;

/**
 * English analysis with Apache OpenNLP: sentences, tokens and universal part-of-speech tags from the UD English-EWT
 * models (Maven Central: {@code opennlp-models-sentdetect-en}, {@code -tokenizer-en}, {@code -pos-en}), then named
 * entities from proper-noun chunks typed by rules.
 *
 * <p><b>Chunks.</b> A chunk is a run of capitalised tokens holding at least one proper noun ({@code PROPN}; the
 * model tags "New" in New York or "Ministry" as ADJ, so capitalised nouns and adjectives may join a run), with "of",
 * "and", "for", "the", "de" inside when a capitalised token follows (Bank of China). Leading titles (Mr., President,
 * Chancellor …) and demonyms (German, British …) are dropped and remembered as a cue.
 *
 * <p><b>Types.</b> Organisation: the chunk ends in, or heads with "of", an organisation word (Inc., Corp., Ministry,
 * University, Bank …; {@code tag/en-org-words.txt}), or is an acronym. Place: the chunk, or the last word of a chunk
 * of two, is in the gazetteer ({@code tag/places.txt}), or a lone word follows in/near/across. Person: a title before
 * it, a speech verb after it (said, says, told, added), or a chunk of two or three proper nouns that is neither of the
 * above. A lone word that is the surname of a person already found is that person (Smith after John Smith).
 * Public name lists back the cues ({@code tag/en-places-geonames.txt}, {@code en-first-names.txt},
 * {@code en-surnames.txt}): a run opening with a first name or initials is a person even where a town bears its
 * surname (Charley Davis); a common surname alone is a person unless a big place bears it (Wilson, not Washington).
 * Headlines in title case (Police Arrest Suspect) give words but no entities: their capitals say nothing.
 *
 * <p><b>Threads.</b> The models are loaded once, at construction, and are thread-safe; OpenNLP's ME tools are not,
 * so each thread gets its own (cheap: they only wrap the shared model).
 */
final class EnglishAnalyzer {
    record Analysis(List<String> headlineWords, List<String> bodyWords, List<String> keywordCandidates,
                    List<String> headlineKeywordCandidates, List<String> people, List<String> places,
                    List<String> organizations) {
    }

    /**
     * Names found so far in one article, with how often; {@code loneNames} are single proper nouns that no cue typed
     * ("Hughes", "Carranza"): a person when the article prints one at least three times and it is no known word.
     */
    private record Names(Map<String, Integer> people, Map<String, Integer> places, Map<String, Integer> orgs,
                         Map<String, Integer> loneNames) {
    }

    static final String SENTENCE_MODEL = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
    static final String TOKEN_MODEL = "/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";
    static final String POS_MODEL = "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";

    /** First names as papers of the time abbreviated them ("Chas. Hughes", "Geo. W. Adams"). */
    private static final Set<String> ABBREVIATED_FIRST_NAMES = Set.of("Chas", "Geo", "Jas", "Wm", "Thos", "Jno", "Robt",
            "Edw", "Benj", "Saml", "Jos", "Danl", "Richd", "Alex", "Theo", "Fredk", "Hy");
    private static final Set<String> CONNECTORS = Set.of("of", "for", "and", "the", "de");
    private static final Pattern INITIAL = Pattern.compile("[A-Z]\\.");
    /** "II", "XIV": a volume's or a chapter's number, never an organisation's initials. */
    private static final Pattern ROMAN_NUMERAL = Pattern.compile("[IVXLC]+");
    /** A number after capitals makes them a volume's or an issue's label ("VOL 12", "NO IV"), not initials. */
    private static final Pattern NUMBER = Pattern.compile("\\d+\\.?|[IVXLC]+\\.?");
    /**
     * Two capitals an organisation is named by though printed once. Others count only when printed twice: on OCR pages
     * two capitals alone are mostly specks read as letters ("HO", "VV", "LE").
     */
    private static final Set<String> TWO_LETTER_BODIES = Set.of("UN", "EU", "AP", "AU");
    private static final Pattern LETTER = Pattern.compile("[A-Z]");
    /** A name's word: a capital, lower case after it, a second capital only after Mc, Mac, O', De, Di, La, Le, Van. */
    private static final Pattern NAME_WORD = Pattern.compile(
            "(?:Mc|Mac|O'|O’|De|Di|Da|Du|La|Le|Van|Von)?(?:\\p{Lu}\\p{Ll}+)+(?:[-'’]\\p{Lu}?\\p{Ll}+)*|\\p{Ll}+");
    private static final Set<String> SPEECH = Set.of("said", "says", "told", "added", "explained", "stated", "wrote");
    private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "near", "across", "outside", "from", "at", "to");
    /** A month as a dateline prints it ("March 9", "Sept. 28"): the name before it is the place the story came from. */
    private static final Pattern MONTH = Pattern.compile(
            "(?:Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec)\\.?|January|February|March|April|May|June|July|August|September"
                    + "|October|November|December");
    /** Bodies a capitalised word names alone. */
    private static final Set<String> BODIES = Set.of("Congress", "Senate", "Parliament", "Reichstag", "Duma", "Admiralty",
            "Legislature");
    private static final Set<String> WEEKDAYS = Set.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
            "Saturday", "Sunday");
    private static final Pattern DAY = Pattern.compile("\\d{1,2}(?:st|nd|rd|th)?\\.?");
    /** First words of two-word places ("New York", "El Paso"), found in a headline by the gazetteer's second word. */
    private static final Set<String> PLACE_FIRST_WORDS = Set.of("New", "San", "Los", "Las", "El", "Santa", "St.", "Fort",
            "Port", "Vera", "North", "South", "West", "East", "Hong", "Saudi");

    private final Set<String> stopwords;
    private final Set<String> orgWords;
    private final Set<String> titles;
    private final Set<String> demonyms;
    /** Places by name: the shared gazetteer, the world's countries, and GeoNames' towns of 15,000 people or more. */
    private final Set<String> gazetteer;
    /** Cities of 100,000 people or more, states, provinces and countries: a place even when a surname is spelt alike. */
    private final Set<String> bigPlaces;
    /** Common surnames: one alone is a person ("for Wilson"), unless a big place bears it (Washington, Lansing). */
    private final Set<String> surnames;
    /** Smaller US towns and counties: places only where the text says so ("in Laclede", "Chariton county"). */
    private final Set<String> minorPlaces = new HashSet<>();
    /** First names: a capitalised run that opens with one is a person ("Charley Davis", not Davis, California). */
    private final Set<String> firstNames;
    /** Words that make a name a place: the last ("Fallon County", "Cow Creek") and the first ("Fort Bliss"). */
    private final Set<String> placeLastWords;
    private final Set<String> placeFirstWords;
    /** States, provinces and regions by full name ("New Mexico", "United States"). */
    private final Set<String> stateNames = new HashSet<>();
    /** Their abbreviations without spaces ("N.M.", "Tex."): a place only after "Town," (see {@link #stateAt}). */
    private final Set<String> stateAbbreviations = new HashSet<>();
    private final ThreadLocal<SentenceDetectorME> sentences;
    private final ThreadLocal<TokenizerME> tokenizer;
    private final ThreadLocal<POSTaggerME> tagger;

    EnglishAnalyzer(Set<String> stopwords, Set<String> gazetteer) {
        this.stopwords = stopwords;
        Set<String> big = new HashSet<>(gazetteer);
        for (String code : Locale.getISOCountries()) {
            big.add(new Locale("", code).getDisplayCountry(Locale.ENGLISH));
        }
        this.gazetteer = new HashSet<>(big);
        for (String line : Resources.lines("en-places-geonames.txt")) {
            String[] nameAndKind = line.split("\t");
            switch (nameAndKind[1]) {
                case "B" -> {
                    big.add(nameAndKind[0]);
                    this.gazetteer.add(nameAndKind[0]);
                }
                case "M" -> this.gazetteer.add(nameAndKind[0]);
                default -> minorPlaces.add(nameAndKind[0]);
            }
        }
        this.bigPlaces = Set.copyOf(big);
        Set<String> first = new HashSet<>(Resources.words("en-first-names.txt"));
        ABBREVIATED_FIRST_NAMES.forEach(n -> {
            first.add(n + ".");
            first.add(n);       // "Geo W P Hunt": the period left out with the initials'
        });
        this.firstNames = Set.copyOf(first);
        this.surnames = Resources.words("en-surnames.txt");
        this.orgWords = Resources.words("en-org-words.txt");
        this.titles = Resources.words("en-titles.txt");
        this.demonyms = Resources.words("en-demonyms.txt");
        this.placeLastWords = Resources.words("en-place-words.txt");
        this.placeFirstWords = Resources.words("en-place-first-words.txt");
        for (String line : Resources.lines("en-regions.txt")) {
            List<String> name = new ArrayList<>();
            for (String w : line.split("\\s+")) {
                if (w.endsWith(".")) {
                    stateAbbreviations.add(w);
                } else {
                    name.add(w);
                }
            }
            stateNames.add(String.join(" ", name));
        }
        SentenceModel sm = load(SENTENCE_MODEL, SentenceModel::new);
        TokenizerModel tm = load(TOKEN_MODEL, TokenizerModel::new);
        POSModel pm = load(POS_MODEL, POSModel::new);
        this.sentences = ThreadLocal.withInitial(() -> new SentenceDetectorME(sm));
        this.tokenizer = ThreadLocal.withInitial(() -> new TokenizerME(tm));
        this.tagger = ThreadLocal.withInitial(() -> new POSTaggerME(pm));
        analyse("Warm up", "The model is loaded in London.");
    }

    private interface ModelReader<M> {
        M read(InputStream in) throws IOException;
    }

    private static <M> M load(String resource, ModelReader<M> reader) {
        try (InputStream in = EnglishAnalyzer.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("OpenNLP model missing from the class path: " + resource);
            }
            return reader.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read OpenNLP model " + resource, e);
        }
    }

    boolean isStopword(String lower) {
        return stopwords.contains(lower);
    }

    Analysis analyse(String headline, String body) {
        List<String> hw = new ArrayList<>(), bw = new ArrayList<>(), hk = new ArrayList<>(), kw = new ArrayList<>();
        Names found = new Names(new LinkedHashMap<>(), new LinkedHashMap<>(), new LinkedHashMap<>(), new LinkedHashMap<>());
        Map<String, Integer> people = found.people(), places = found.places(), orgs = found.orgs();
        boolean titleCase = isTitleCase(headline);
        scan(headline, hw, hk, !titleCase, found);
        if (titleCase) {
            headlinePlaces(headline).forEach(p -> places.merge(p, 1, Integer::sum));
        }
        scan(body, bw, kw, true, found);
        found.loneNames().forEach((name, n) -> {
            if (n >= 3 && !known(name, found)) {
                people.merge(name, n, Integer::sum);
            }
        });
        kw.addAll(0, hk);
        orgs.entrySet().removeIf(o -> o.getKey().length() == 2 && o.getValue() < 2 && !TWO_LETTER_BODIES.contains(o.getKey()));
        people.keySet().removeAll(orgs.keySet());
        people.keySet().removeAll(places.keySet());
        return new Analysis(hw, bw, kw, hk, sorted(people), sorted(places), sorted(orgs));
    }

    /**
     * The places a headline in title case or capitals names from the gazetteer and the states ("Dicker with Japan
     * Denied", "FIGHT NEAR EL PASO"): its capitals say nothing of other names, but a known place is a place.
     */
    private List<String> headlinePlaces(String headline) {
        List<String> out = new ArrayList<>();
        String[] words = headline.split("[^\\p{L}.']+");
        for (int i = 0; i < words.length; i++) {
            String w = titled(words[i].replaceAll("[.']+$", ""));
            if (w.length() < 3 || !gazetteer.contains(w) && !stateNames.contains(w)) {
                continue;
            }
            String before = i > 0 ? titled(words[i - 1]) : "";
            String pair = before + " " + w;
            if (PLACE_FIRST_WORDS.contains(before) || stateNames.contains(pair)) {
                out.add(pair);
            } else if (Character.isUpperCase(w.charAt(0)) && !isStopword(w.toLowerCase(Locale.ROOT))) {
                out.add(w);
            }
        }
        return out;
    }

    /** A word set in capitals as a name is printed in text ("VERDUN" → "Verdun"); other words as they are. */
    private static String titled(String w) {
        if (w.length() < 2 || !w.equals(w.toUpperCase(Locale.ROOT))) {
            return w;
        }
        return w.charAt(0) + w.substring(1).toLowerCase(Locale.ROOT);
    }

    /** Most words of four letters or more capitalised: a headline set in title case. */
    static boolean isTitleCase(String text) {
        int words = 0, capitalised = 0;
        for (String w : text.split("[^A-Za-z]+")) {
            if (w.length() >= 4) {
                words++;
                capitalised += Character.isUpperCase(w.charAt(0)) ? 1 : 0;
            }
        }
        return words >= 2 && capitalised * 10 >= words * 7;
    }

    /** The part-of-speech tagger's beam search slows down on very long "sentences" (OCR text without stops). */
    private static final int MAX_TAGGED_TOKENS = 200;

    private String[] tagInWindows(String[] tokens) {
        if (tokens.length <= MAX_TAGGED_TOKENS) {
            return tagger.get().tag(tokens);
        }
        String[] pos = new String[tokens.length];
        for (int from = 0; from < tokens.length; from += MAX_TAGGED_TOKENS) {
            int to = Math.min(tokens.length, from + MAX_TAGGED_TOKENS);
            System.arraycopy(tagger.get().tag(Arrays.copyOfRange(tokens, from, to)), 0, pos, from, to - from);
        }
        return pos;
    }

    private void scan(String text, List<String> words, List<String> keywords, boolean entities,
                      Names found) {
        if (text.isBlank()) {
            return;
        }
        for (String sentence : sentences(text)) {
            List<String> toks = new ArrayList<>();
            for (String t : tokenizer.get().tokenize(sentence)) {
                String before = toks.isEmpty() ? "" : toks.get(toks.size() - 1);
                if (t.equals(".") && (before.length() == 1 && Character.isUpperCase(before.charAt(0)) || titles.contains(before)
                        || ABBREVIATED_FIRST_NAMES.contains(before))) {
                    toks.set(toks.size() - 1, before + "."); // the model cuts an initial or a title from its period
                    continue;
                }
                // the model leaves a possessive on its word (suspect's): split it off
                if (t.length() > 2 && (t.endsWith("'s") || t.endsWith("’s"))) {
                    toks.add(t.substring(0, t.length() - 2));
                    toks.add(t.substring(t.length() - 2));
                } else {
                    toks.add(t);
                }
            }
            String[] tokens = toks.toArray(String[]::new);
            String[] pos = tagInWindows(tokens);
            for (int i = 0; i < pos.length; i++) {
                int plus = pos[i].indexOf('+');
                pos[i] = plus > 0 ? pos[i].substring(0, plus) : pos[i];     // PROPN+PART: the word's own tag
                // an initial ("A. M. Walker": "A." is no article) and a capitalised word after a title ("Gen.
                // Pershing", which the model takes for a verb) are parts of a name
                if (INITIAL.matcher(tokens[i]).matches() || tokens[i].endsWith(".") && firstNames.contains(tokens[i])
                        || i > 0 && capitalised(tokens[i]) && titles.contains(bare(tokens[i - 1]))
                        || bareInitial(tokens, i)) {
                    pos[i] = "PROPN";
                }
            }
            for (int i = 0; i < tokens.length; i++) {
                if (isWord(tokens[i])) {
                    String lower = tokens[i].toLowerCase(Locale.ROOT);
                    if (!stopwords.contains(lower)) {
                        words.add(lower);   // topic words: a function word ("it") names no desk
                    }
                    if ((pos[i].equals("NOUN") || pos[i].equals("PROPN")) && lower.length() >= 3 && !stopwords.contains(lower)
                            && !titles.contains(bare(tokens[i]))) {
                        keywords.add(pos[i].equals("PROPN") && entities ? tokens[i] : lower);
                    }
                }
            }
            if (entities) {
                chunks(tokens, pos, found);
            }
        }
    }

    /**
     * Sentences; one that starts in lower case continues the last (the model ends a sentence at "Corp."), and so does
     * one after an initial or a title ("by A. M. Walker", "troops of Gen. Pershing").
     */
    private List<String> sentences(String text) {
        List<String> out = new ArrayList<>();
        for (String paragraph : text.split("\n")) {     // a line break ends a sentence (a list of names, one a line)
            int first = out.size();
            for (String s : sentences.get().sentDetect(paragraph)) {
                if (out.size() > first && !s.isEmpty()
                        && (Character.isLowerCase(s.charAt(0)) || endsInName(out.get(out.size() - 1)))) {
                    out.set(out.size() - 1, out.get(out.size() - 1) + " " + s);
                } else {
                    out.add(s);
                }
            }
        }
        return out;
    }

    private boolean endsInName(String sentence) {
        int space = sentence.lastIndexOf(' ');
        String last = sentence.substring(space + 1);
        return INITIAL.matcher(last).matches()
                || last.endsWith(".") && (titles.contains(bare(last)) || ABBREVIATED_FIRST_NAMES.contains(bare(last)));
    }

    private static boolean isWord(String t) {
        return !t.isEmpty() && Character.isLetter(t.charAt(0));
    }

    private static boolean capitalised(String t) {
        return isWord(t) && Character.isUpperCase(t.charAt(0));
    }

    /**
     * An initial printed without its period ("Geo W P Hunt", "Mrs E H Roach"): a lone capital between a first name, a
     * title or another initial and a capitalised word; never "A" or "I" opening a sentence.
     */
    private boolean bareInitial(String[] tokens, int i) {
        if (!LETTER.matcher(tokens[i]).matches() || i == 0 || i + 1 >= tokens.length || !capitalised(tokens[i + 1])) {
            return false;
        }
        String before = tokens[i - 1];
        return firstNames.contains(before) || titles.contains(bare(before)) || INITIAL.matcher(before).matches()
                || LETTER.matcher(before).matches() && i > 1 && !tokens[i - 2].equals(".");
    }

    private static String capitalise(String w) {
        return w.isEmpty() ? w : Character.toUpperCase(w.charAt(0)) + w.substring(1);
    }

    private static String bare(String t) {
        return t.endsWith(".") ? t.substring(0, t.length() - 1) : t;
    }

    private void chunks(String[] tokens, String[] pos, Names found) {
        int i = 0;
        while (i < tokens.length) {
            if (!capitalised(tokens[i]) || !(pos[i].equals("PROPN") || pos[i].equals("NOUN") || pos[i].equals("ADJ"))) {
                i++;
                continue;
            }
            int j = i + 1;
            while (j < tokens.length) {
                if (titles.contains(bare(tokens[j])) && tokens[j].endsWith(".")) {
                    break;      // "Troop G. Sergt. M. A. Dobbs": an abbreviated title starts the next name
                }
                if (j - 2 >= i && INITIAL.matcher(tokens[j - 1]).matches() && firstNames.contains(tokens[j])
                        && !INITIAL.matcher(tokens[j - 2]).matches() && !firstNames.contains(tokens[j - 2])) {
                    break;      // "Troop G. James Butler": a first name after a unit's letter starts a name
                }
                if (capitalised(tokens[j]) && (orgWords.contains(bare(tokens[j]))
                        || !pos[j].equals("VERB") && !pos[j].equals("PRON") && !pos[j].equals("DET"))) {
                    j++;
                } else if ((CONNECTORS.contains(tokens[j]) || tokens[j].equals("&")) && j + 1 < tokens.length
                        && capitalised(tokens[j + 1]) && !pos[j + 1].equals("VERB") && !pos[j + 1].equals("DET")) {
                    j += 2;
                } else {
                    break;
                }
            }
            if (j < tokens.length && j - i >= 1 && isWord(tokens[j]) && Character.isLowerCase(tokens[j].charAt(0))
                    && (placeLastWords.contains(capitalise(tokens[j]))
                    || orgWords.contains(capitalise(tokens[j])) && !gazetteer.contains(String.join(" ", Arrays.copyOfRange(tokens, i, j))))) {
                // a name and its kind in lower case, as papers printed them: "Chariton county", "Democratic party";
                // not a place before a common noun ("a London bank")
                j++;
            }
            boolean hasPropn = false;
            for (int k = i; k < j; k++) {
                hasPropn |= pos[k].equals("PROPN");
            }
            List<String> chunk = Arrays.asList(tokens).subList(i, j);
            if (hasPropn || (j - i >= 2 && orgWords.contains(capitalise(bare(tokens[j - 1]))))
                    || inCapitals(chunk) && placeInCapitals(chunk) != null) {     // the tagger reads "LONDON" as a noun
                classify(tokens, pos, i, j, found);
            }
            i = j;
        }
    }

    private void classify(String[] tokens, String[] pos, int from, int to, Names found) {
        Map<String, Integer> people = found.people(), places = found.places(), orgs = found.orgs();
        List<String> run = new ArrayList<>();
        for (int k = from; k < to; k++) {
            run.add(tokens[k]);
        }
        int start = from, end = to;
        boolean titled = from > 0 && titles.contains(bare(tokens[from - 1]));
        while (!run.isEmpty() && (titles.contains(titled(bare(run.get(0))))
                || (demonyms.contains(run.get(0)) && run.size() > 1 && titles.contains(bare(run.get(1))))
                || stopwords.contains(run.get(0).toLowerCase(Locale.ROOT)) && !pos[start].equals("ADJ")
                && !pos[start].equals("PROPN"))) {      // "The", "This"; not the "New" of New York
            boolean title = titles.contains(titled(bare(run.get(0))));
            titled |= title;
            run.remove(0);
            start++;
            if (title && run.size() >= 3 && run.get(0).equals("of")) {
                // "Secretary of State Lansing", "Secretary of the Navy Daniels": the office's department goes too
                int office = run.get(1).equals("the") ? 3 : 2;
                if (run.size() > office) {
                    run.subList(0, office).clear();
                    start += office;
                }
            }
        }
        while (!run.isEmpty() && (CONNECTORS.contains(run.get(run.size() - 1))
                || stopwords.contains(run.get(run.size() - 1).toLowerCase(Locale.ROOT)))) {
            run.remove(run.size() - 1);
            end--;
        }
        if (run.isEmpty()) {
            return;
        }
        boolean personFirst = titled || firstNames.contains(titled(run.get(0))) || INITIAL.matcher(run.get(0)).matches();
        int forAt = run.indexOf("for");
        if (forAt >= 2 && personFirst && !orgWords.contains(capitalise(bare(run.get(forAt - 1))))) {
            // "Geo W P Hunt for Governor": the candidate, then the office
            classify(tokens, pos, start, start + forAt, found);
            classify(tokens, pos, start + forAt + 1, end, found);
            return;
        }
        int of = run.indexOf("of");
        if (of >= 2 && personFirst && !orgWords.contains(capitalise(bare(run.get(of - 1))))) {
            // "Mrs. W. R. Barton of Brookfield", "Sam Acker of Clay township": a person and where they are from
            classify(tokens, pos, start, start + of, found);
            List<String> home = run.subList(of + 1, run.size());
            boolean hometown = home.size() <= 3 && !home.contains("&") && !orgWords.contains(capitalise(bare(home.get(home.size() - 1))))
                    && !firstNames.contains(home.get(0)) && home.stream().allMatch(EnglishAnalyzer::readsAsAWord);
            if (hometown) {
                places.merge(String.join(" ", home).replace(" .", "."), 1, Integer::sum);
            } else {
                classify(tokens, pos, start + of + 1, end, found);
            }
            return;
        }
        int amp = run.indexOf("&");
        if (amp > 0 && amp < run.size() - 1) {
            // "Kraft & Brenner", "Henderson & Sons": partners are a firm; the names before "of" or "and" are others'
            int firmStart = amp - 1;
            while (firmStart > 0 && !CONNECTORS.contains(run.get(firmStart - 1))) {
                firmStart--;
            }
            orgs.merge(String.join(" ", run.subList(firmStart, run.size())), 1, Integer::sum);
            if (firmStart > 1) {
                classify(tokens, pos, start, start + firmStart - 1, found);
            }
            return;
        }
        int and = run.indexOf("and");
        if (and < 0 && run.indexOf("for") > 0 && gazetteer.contains(run.get(run.indexOf("for") - 1))) {
            and = run.indexOf("for"); // "Alabama for Montgomery": a place is no head of an organisation's name
        }
        boolean personAfterAnd = and > 0 && and + 1 < run.size()
                && (firstNames.contains(run.get(and + 1)) || INITIAL.matcher(run.get(and + 1)).matches());
        if (and > 0 && (personAfterAnd
                || !orgWords.contains(bare(run.get(0))) && !orgWords.contains(bare(run.get(run.size() - 1))))) {
            // Kenya and India: two names (an organisation keeps its "and": Ministry of Economy, Trade and Industry)
            classify(tokens, pos, start, start + and, found);
            classify(tokens, pos, start + and + 1, end, found);
            return;
        }
        if (run.size() == 1 && BODIES.contains(run.get(0))) {
            orgs.merge(run.get(0), 1, Integer::sum);     // "Congress", "the Admiralty"
            return;
        }
        if (run.size() == 1 && orgWords.contains(bare(run.get(0)))) {
            return;     // "University" alone is a common noun, not a name
        }
        if (run.stream().anyMatch(w -> !readsAsAWord(w))) {
            return;     // OCR debris: "CnuuulsHlnner", "Mnreh", "Davi3"
        }
        String name = String.join(" ", run).replace(" .", ".");
        String last = run.size() > 1 ? capitalise(bare(run.get(run.size() - 1))) : bare(run.get(0));
        String prev = from > 0 ? tokens[from - 1].toLowerCase(Locale.ROOT) : "";
        String next = end < tokens.length ? tokens[end].toLowerCase(Locale.ROOT) : "";
        boolean headedOrg = run.contains("of") && orgWords.contains(bare(run.get(0)));
        boolean acronym = run.size() == 1 && last.length() >= 2 && last.length() <= 6 && last.equals(last.toUpperCase(Locale.ROOT))
                && !ROMAN_NUMERAL.matcher(last).matches() && !numberAt(tokens, end)
                && !(start == 0 && (end == tokens.length || end == tokens.length - 1 && tokens[end].equals(".")));  // "VOL." alone
        int state = stateAt(tokens, end + 1);
        boolean namedPerson = run.size() >= 2 && (firstNames.contains(titled(run.get(0))) || INITIAL.matcher(run.get(0)).matches()
                || LETTER.matcher(run.get(0)).matches() && run.size() >= 3)
                && !INITIAL.matcher(run.get(run.size() - 1)).matches() && !LETTER.matcher(last).matches()
                && !gazetteer.contains(titled(name));
        String capsPlace = inCapitals(run) ? placeInCapitals(run) : null;
        if (capsPlace != null) {
            places.merge(capsPlace, 1, Integer::sum);   // "LONDON, Oct. 12.—", "NEW YORK": a dateline's place, not an acronym
        } else if (stateNames.contains(name) || prev.equals(",") && stateAbbreviations.contains(name.replace(" ", ""))) {
            places.merge(name, 1, Integer::sum);     // a state; an abbreviation only after "Town," (Miss., Ind.)
        } else if (state > 0 && tokens[end].equals(",") && run.size() <= 3 && !namedPerson) {
            places.merge(name, 1, Integer::sum);     // "Columbus, N. M.": the town and its state
            String stateAsPrinted = String.join(" ", Arrays.copyOfRange(tokens, end + 1, end + 1 + state)).replace(" .", ".");
            places.merge(stateAsPrinted, 1, Integer::sum);
        } else if (run.size() == 1 && (demonyms.contains(name) || demonyms.contains(name.replaceAll("s$", "")))
                || stateAbbreviations.contains(name.replace(" ", "")) || LETTER.matcher(last).matches()) {
            return;     // "French", "Mexicans": a people, not a person; "N. Mex." not after a town; "Troop K"
        } else if (run.size() >= 2 && (placeLastWords.contains(last) || placeFirstWords.contains(run.get(0)))) {
            places.merge(name, 1, Integer::sum);
        } else if (orgWords.contains(last) || headedOrg || acronym) {
            orgs.merge(name, 1, Integer::sum);
        } else if (run.size() == 1 && people.keySet().stream().anyMatch(p -> p.endsWith(" " + name))) {
            people.keySet().stream().filter(p -> p.endsWith(" " + name)).findFirst().ifPresent(p -> people.merge(p, 1, Integer::sum));
        } else if (INITIAL.matcher(run.get(run.size() - 1)).matches() || titles.contains(last)) {
            return;     // a name never ends in an initial or a title: "Troop K.", "County Treasurer"
        } else if (titled && !stateNames.contains(name) || SPEECH.contains(next) && !bigPlaces.contains(name) || namedPerson
                || run.size() == 1 && surnames.contains(name) && !bigPlaces.contains(name) && !PLACE_PREPOSITIONS.contains(prev)) {
            // before the gazetteer: a town may bear a person's name (President Wilson; Charley Davis)
            if (!run.contains("of") && (run.size() <= 3 || namedPerson && run.size() <= 5)) {   // "Geo W P Hunt"
                people.merge(name, 1, Integer::sum);
            }
        } else if (gazetteer.contains(name) || (run.size() <= 2 && gazetteer.contains(last)) || beforeState(tokens, end)
                || (start == 0 || prev.equals("—") || prev.equals("-")) && run.size() <= 3 && beforeDate(tokens, end)) {
            places.merge(name, 1, Integer::sum);
        } else if (run.size() == 1 && PLACE_PREPOSITIONS.contains(prev) && (minorPlaces.contains(name)
                || pos[start].equals("PROPN") && !firstNames.contains(name) && !surnames.contains(name))) {
            places.merge(name, 1, Integer::sum);
        } else if (run.size() == 1 && start > 0 && (pos[start].equals("PROPN") || pos[start].equals("NOUN")) && last.length() >= 3
                && Character.isLowerCase(last.charAt(last.length() - 1))) {
            found.loneNames().merge(name, 1, Integer::sum);
        } else if (run.size() >= 2 && run.size() <= 3 && !run.contains("of") && !run.contains("and")
                && run.stream().allMatch(w -> Character.isUpperCase(w.charAt(0)))) {
            boolean allProper = true;
            for (int k = start; k < end; k++) {
                allProper &= pos[k].equals("PROPN");
            }
            if (allProper) {
                people.merge(name, 1, Integer::sum);
            }
        }
    }

    /** Whether a number, after a period or not, is printed at {@code at} ("VOL. 12", "NO IV"). */
    private static boolean numberAt(String[] tokens, int at) {
        int k = at < tokens.length && tokens[at].equals(".") ? at + 1 : at;
        return k < tokens.length && NUMBER.matcher(tokens[k]).matches();
    }

    private static boolean inCapitals(List<String> run) {
        return run.stream().allMatch(w -> w.equals(w.toUpperCase(Locale.ROOT))) && run.stream().anyMatch(w -> bare(w).length() >= 3);
    }

    /** The name of a place printed in capitals as the gazetteer writes it ("NEW YORK" → New York), or null. */
    private String placeInCapitals(List<String> run) {
        String name = run.stream().map(EnglishAnalyzer::titled).collect(Collectors.joining(" ")).replace(" .", ".");
        return gazetteer.contains(name) || stateNames.contains(name) ? name : null;
    }

    /**
     * Whether a token of a name reads as a word and not as OCR debris: letters (an apostrophe or hyphen inside), a
     * vowel in any of three letters or more, and capitals only at its start or after a name's prefix ("McLin",
     * "DeBorde", "O'Hern"); initials and words in capitals pass.
     */
    static boolean readsAsAWord(String token) {
        String w = bare(token);
        if (w.length() <= 1 || INITIAL.matcher(token).matches() || w.equals(w.toUpperCase(Locale.ROOT)) && w.chars().allMatch(Character::isLetter)) {
            return true;
        }
        if (!NAME_WORD.matcher(w).matches()) {
            return false;
        }
        String lower = w.toLowerCase(Locale.ROOT);
        return w.length() < 3 || lower.chars().anyMatch(c -> "aeiouy".indexOf(c) >= 0);
    }

    /** A lone name that is a word the tagger knows otherwise, or a part of a place or organisation found. */
    private boolean known(String name, Names found) {
        if (gazetteer.contains(name) || stateNames.contains(name) || demonyms.contains(name) || titles.contains(name)
                || orgWords.contains(name) || placeLastWords.contains(name) || placeFirstWords.contains(name)
                || MONTH.matcher(name).matches() || WEEKDAYS.contains(name)) {
            return true;
        }
        return found.places().keySet().stream().anyMatch(p -> p.contains(name))
                || found.orgs().keySet().stream().anyMatch(o -> o.contains(name));
    }

    /** How many tokens from {@code at} print a state ("Texas", "New Mexico", "N. M.", "Tex."), or 0. */
    private int stateAt(String[] tokens, int at) {
        StringBuilder spaced = new StringBuilder();
        StringBuilder packed = new StringBuilder();
        for (int k = at; k < Math.min(tokens.length, at + 3); k++) {
            spaced.append(k > at ? " " : "").append(tokens[k]);
            packed.append(tokens[k]);
            if (stateNames.contains(spaced.toString()) || stateAbbreviations.contains(packed.toString())) {
                return k - at + 1;
            }
        }
        return 0;
    }

    /** A dateline's date after the name: "London, March 9.", "DETROIT, Sept. 28.—". */
    private static boolean beforeDate(String[] tokens, int end) {
        int k = end < tokens.length && (tokens[end].equals(",") || tokens[end].equals(".")) ? end + 1 : end;
        return k + 1 < tokens.length && MONTH.matcher(tokens[k]).matches() && DAY.matcher(tokens[k + 1]).matches();
    }

    /** "San Antonio, Texas" and "Tampa, Fla.": a name followed by a comma and a state or country is a place. */
    private boolean beforeState(String[] tokens, int end) {
        return end + 1 < tokens.length && tokens[end].equals(",") && gazetteer.contains(tokens[end + 1])
                && Character.isUpperCase(tokens[end + 1].charAt(0));
    }

    private static List<String> sorted(Map<String, Integer> counts) {
        List<String> out = new ArrayList<>(counts.keySet());
        out.sort((a, b) -> counts.get(b) - counts.get(a));
        return List.copyOf(out);
    }
}
