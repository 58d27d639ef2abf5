package newsflow.processor.tag;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * First version of English analysis, without a trained model: words for keywords and topics, and runs of
 * capitalised words as entity candidates. A run ending in an organisation word (Ministry, University, Inc …) or
 * holding "of" after one is an organisation; a run in the gazetteer is a place; a run of two or three capitalised
 * words after a title (Mr, President …) or before "said", or any other run of two or three words that is neither,
 * is a person. Immutable and thread-safe.
 */
final class EnglishAnalyzer {
    record Analysis(List<String> headlineWords, List<String> bodyWords, List<String> people, List<String> places,
                    List<String> organizations) {
    }

    private static final Pattern WORD = Pattern.compile("[A-Za-z][A-Za-z'’-]*[A-Za-z]|[A-Za-z]|[.!?;:\"“”()]");
    private static final Set<String> CONNECTORS = Set.of("of", "for", "and", "the", "de", "on");

    private final Set<String> stopwords;
    private final Set<String> orgWords;
    private final Set<String> titles;
    private final Set<String> gazetteer;

    EnglishAnalyzer(Set<String> stopwords, Set<String> gazetteer) {
        this.stopwords = stopwords;
        this.gazetteer = gazetteer;
        this.orgWords = Resources.words("en-org-words.txt");
        this.titles = Resources.words("en-titles.txt");
    }

    Analysis analyse(String headline, String body) {
        List<String> hw = new ArrayList<>(), bw = new ArrayList<>();
        Map<String, Integer> people = new LinkedHashMap<>(), places = new LinkedHashMap<>(), orgs = new LinkedHashMap<>();
        scan(headline, hw, people, places, orgs);
        scan(body, bw, people, places, orgs);
        people.keySet().removeAll(orgs.keySet());
        return new Analysis(hw, bw, sorted(people), sorted(places), sorted(orgs));
    }

    boolean isStopword(String lower) {
        return stopwords.contains(lower);
    }

    private void scan(String text, List<String> words, Map<String, Integer> people, Map<String, Integer> places,
                      Map<String, Integer> orgs) {
        List<String> tokens = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            tokens.add(m.group());
        }
        boolean sentenceStart = true;
        for (int i = 0; i < tokens.size(); ) {
            String t = tokens.get(i);
            if (!Character.isLetter(t.charAt(0))) {
                sentenceStart = ".!?\"“”".contains(t);
                i++;
                continue;
            }
            words.add(t.toLowerCase(Locale.ROOT));
            if (!Character.isUpperCase(t.charAt(0))) {
                sentenceStart = false;
                i++;
                continue;
            }
            // a run of capitalised words, allowing "of", "and", "the" inside (Bank of China)
            int j = i + 1;
            while (j < tokens.size()) {
                String u = tokens.get(j);
                if (Character.isLetter(u.charAt(0)) && Character.isUpperCase(u.charAt(0))) {
                    j++;
                } else if (CONNECTORS.contains(u) && j + 1 < tokens.size()
                        && Character.isUpperCase(tokens.get(j + 1).charAt(0)) && Character.isLetter(tokens.get(j + 1).charAt(0))) {
                    j += 2;
                } else {
                    break;
                }
            }
            List<String> run = new ArrayList<>(tokens.subList(i, j));
            for (int k = i + 1; k < j; k++) {
                words.add(tokens.get(k).toLowerCase(Locale.ROOT));
            }
            String prev = i > 0 ? tokens.get(i - 1).replace(".", "") : "";
            String next = j < tokens.size() ? tokens.get(j).toLowerCase(Locale.ROOT) : "";
            // drop a leading sentence-initial function word or title: "The Ministry", "President Xi"
            boolean titled = titles.contains(prev);
            while (!run.isEmpty() && (stopwords.contains(run.get(0).toLowerCase(Locale.ROOT)) || titles.contains(run.get(0)))) {
                titled |= titles.contains(run.get(0));
                run.remove(0);
            }
            classify(run, titled, next.equals("said") || next.equals("says"), sentenceStart && j - i == 1, people, places, orgs);
            sentenceStart = false;
            i = j;
        }
    }

    private void classify(List<String> run, boolean titled, boolean speaks, boolean loneSentenceStart,
                          Map<String, Integer> people, Map<String, Integer> places, Map<String, Integer> orgs) {
        if (run.isEmpty()) {
            return;
        }
        String name = String.join(" ", run);
        String last = run.get(run.size() - 1);
        boolean org = orgWords.contains(last) || run.stream().anyMatch(w -> orgWords.contains(w) && run.contains("of"))
                || (run.size() == 1 && last.length() >= 2 && last.equals(last.toUpperCase(Locale.ROOT)) && last.length() <= 6);
        if (org) {
            orgs.merge(name, 1, Integer::sum);
        } else if (gazetteer.contains(name) || (run.size() <= 2 && gazetteer.contains(last))) {
            places.merge(name, 1, Integer::sum);
        } else if (run.size() >= 2 && run.size() <= 3 && !run.contains("of") && !run.contains("and")) {
            people.merge(name, 1, Integer::sum);
        } else if (run.size() == 1 && (titled || speaks) && !loneSentenceStart) {
            people.merge(name, 1, Integer::sum);
        }
    }

    private static List<String> sorted(Map<String, Integer> counts) {
        List<String> out = new ArrayList<>(counts.keySet());
        out.sort((a, b) -> counts.get(b) - counts.get(a));
        return List.copyOf(out);
    }
}
