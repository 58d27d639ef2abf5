package newsflow.core.tag;

import com.hankcs.hanlp.dictionary.CoreDictionary;
import com.hankcs.hanlp.dictionary.DynamicCustomDictionary;
import com.hankcs.hanlp.dictionary.nr.TranslatedPersonDictionary;
import com.hankcs.hanlp.seg.common.Term;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import newsflow.core.text.HanScript;
import newsflow.core.text.SignOffs;

/**
 * Turns the person (nr*), place (ns*) and organisation (nt*) terms HanLP's recognisers propose into entities, by
 * general rules rather than stop-lists of strings, because the recognisers over-generate on running text
 * (a function character read as a given name, a phrase ending in 城市 read as a place, a verb phrase tagged as an
 * organisation).
 *
 * <p><b>People.</b> A candidate must look like a Chinese name: a surname from the surname table (single, or
 * compound such as 欧阳) followed by a one- or two-character given name, 2–4 characters, with no function
 * word, numeral or administrative suffix among the given-name characters ({@code tag/name-rules.txt}). Three
 * characters with an ordinary given name are accepted as they are. Everything weaker — two characters, a given name
 * that is itself a common word (建设, 社会), a transliterated name of two characters — needs evidence from context in
 * at least one occurrence: a title or role word just before it (书记, 记者, 村民, or HanLP's job-title tag nnt),
 * a reporting verb just after it (说, 表示, 主持), or an enumeration (、 和 与) linking it to an accepted name. A name
 * the recogniser missed is recovered after a role word when the same three characters recur in the text
 * (村民X某某 … X某某的儿子).
 *
 * <p><b>Places.</b> Accepted when HanLP's dictionaries know the word as a place; otherwise (a place the recogniser
 * built) only when it ends in an administrative suffix (省 市 县 区 镇 乡 村 …) after a clean stem of two or more
 * characters, or is listed in an enumeration with accepted places, or is in the gazetteer.
 *
 * <p><b>Organisations.</b> Accepted when the dictionaries know the word as an organisation, or when it ends in an
 * organisation suffix (委员会 局 院 大学 公司 中心 …) after a clean stem. A recognised organisation preceded by a
 * place and modifiers is extended to include them (中国 新能源 汽车协会); an institution suffix after a place makes
 * an organisation (杭州市 人民政府). A parent institution at the head of a longer name is emitted too
 * (X大学 of X大学Y中心), and a name that is only the tail of a longer accepted one is dropped.
 *
 * <p>Immutable after construction; {@link #extract} keeps its state on the stack and is thread-safe.
 */
final class ChineseEntities {

    record Result(List<String> people, List<String> places, List<String> organizations, Set<String> rejected) {
    }

    private final DynamicCustomDictionary dictionary;
    private final Set<Character> surnames;
    private final Set<String> compoundSurnames;
    private final Set<Character> notInGivenName;
    private final Set<Character> rareInGivenName;   // a name holding one needs evidence
    private final Set<Character> badLead;
    private final Set<String> roleWords;
    private final Set<String> reportingVerbs;
    private final Set<String> enumerators;
    private final List<String> orgSuffixes;       // longest first
    private final List<String> parentOrgSuffixes; // longest first
    private final List<String> placeSuffixes;     // longest first
    private final Set<String> placeFeatures;      // 海峡, 高地: with the place before them, a place
    private final Set<String> naturalEndings;     // 山, 共和国: a recognised place ending in one is a place
    private final Set<String> adminSuffixes;      // one character: a 'person' ending in one is a place (X家镇)
    private final Set<String> notOrgSuffixes;     // events, not bodies: 座谈会, 发布会
    private final Set<String> bodySuffixes;       // government and party bodies, named after their place
    private final Set<String> gazetteer;
    private final Set<String> governmentBodies;  // central bodies, known by their short names (港澳办, 最高法)

    ChineseEntities(DynamicCustomDictionary dictionary) {
        this.dictionary = dictionary;
        this.surnames = Resources.chars("surnames.txt");
        this.compoundSurnames = Resources.words("compound-surnames.txt");
        Map<String, Set<String>> rules = sections("name-rules.txt");
        this.notInGivenName = charsOf(rules.get("not-in-given-name"));
        this.rareInGivenName = charsOf(rules.get("rare-in-given-name"));
        this.badLead = charsOf(rules.get("bad-lead"));
        this.enumerators = rules.get("enumerators");
        this.roleWords = Resources.words("person-roles.txt");
        this.reportingVerbs = Resources.words("person-verbs.txt");
        this.orgSuffixes = byLengthDesc(Resources.words("org-suffixes.txt"));
        this.parentOrgSuffixes = byLengthDesc(rules.get("parent-org-suffixes"));
        this.placeSuffixes = byLengthDesc(rules.get("place-suffixes"));
        this.placeFeatures = rules.get("place-features");
        this.naturalEndings = rules.get("natural-endings");
        this.adminSuffixes = rules.get("admin-suffixes");
        this.notOrgSuffixes = rules.get("not-org-suffixes");
        this.bodySuffixes = rules.get("body-suffixes");
        this.gazetteer = Resources.words("places.txt");
        this.governmentBodies = Resources.words("government-bodies.txt");
    }

    Result extract(List<Term> terms, String text) {
        Set<String> rejected = new HashSet<>();
        Map<String, List<Integer>> personOcc = new LinkedHashMap<>();
        Map<String, List<Integer>> placeOcc = new LinkedHashMap<>();
        Map<String, List<Integer>> orgOcc = new LinkedHashMap<>();
        Set<String> abbreviations = new HashSet<>();
        for (int i = 0; i < terms.size(); i++) {
            Term t = terms.get(i);
            String n = t.nature.toString();
            if (n.startsWith("nr")) {
                if (t.word.length() >= 3 && adminSuffixes.contains(t.word.substring(t.word.length() - 1))) {
                    placeOcc.computeIfAbsent(t.word, k -> new ArrayList<>()).add(i);
                } else {
                    personOcc.computeIfAbsent(t.word, k -> new ArrayList<>()).add(i);
                }
            } else if (n.startsWith("ns")) {
                placeOcc.computeIfAbsent(t.word + featureAfter(terms, i), k -> new ArrayList<>()).add(i);
            } else if (n.startsWith("nt") || (n.equals("nis") || n.equals("n") && t.word.length() >= 2
                    && (orgSuffixes.contains(t.word) || isDepartment(t.word)))
                    && i > 0 && nature(terms, i - 1).startsWith("ns")   // 山西/ns 日报/n, 上海/ns 电报局/n: a place's body
                    || n.equals("nis") && (isDepartment(t.word) || placeWithin(terms, i, 3))   // 文化局, 屏东/ns 科技/n 大学/nis
                    || n.equals("nz") && isDepartment(t.word)                                   // 卫生署/nz
                    || knownBody(t) || isParty(terms, i)) {
                String org = withoutFunctionWords(extendOrganisation(terms, i));
                orgOcc.computeIfAbsent(org, k -> new ArrayList<>()).add(i);
                if (!org.equals(t.word)) {
                    rejected.add(t.word);
                }
            } else if (n.equals("j")) {
                String body = abbreviatedBody(terms, i);
                if (body != null) {
                    orgOcc.computeIfAbsent(body, k -> new ArrayList<>()).add(i);
                    abbreviations.add(body);
                }
            }
        }
        List<String> people = people(terms, text, personOcc, rejected);
        List<String> orgs = organisations(orgOcc, abbreviations, rejected);
        for (String org : orgs) {                     // 福建省委 names 福建
            String place = placeOfBody(org);
            if (place != null) {
                placeOcc.computeIfAbsent(place, k -> new ArrayList<>());
            }
        }
        List<String> places = places(terms, placeOcc, rejected);
        return new Result(people, places, orgs, rejected);
    }

    // ------------------------------------------------------------------------------------------------ people

    private List<String> people(List<Term> terms, String text, Map<String, List<Integer>> occ, Set<String> rejected) {
        Map<String, Integer> accepted = new LinkedHashMap<>();    // name → occurrences
        Map<Integer, String> acceptedAt = new HashMap<>();        // term index → accepted name
        Map<String, List<Integer>> weak = new LinkedHashMap<>();
        for (Map.Entry<String, List<Integer>> e : occ.entrySet()) {
            String w = e.getKey();
            String nature = terms.get(e.getValue().get(0)).nature.toString();
            // a name a way is named after (麦理浩 径, 中山 路) is the way's, wherever it stands so
            int strength = e.getValue().stream().allMatch(i -> namesAWay(terms, i)) ? 0 : nameStrength(w, nature);
            if (strength == 2) {
                accept(w, e.getValue(), accepted, acceptedAt);
            } else if (strength == 1) {
                boolean evidence = false;
                for (int i : e.getValue()) {
                    evidence |= roleBefore(terms, i) || verbAfter(terms, i);
                }
                if (evidence) {
                    accept(w, e.getValue(), accepted, acceptedAt);
                } else {
                    weak.put(w, e.getValue());
                }
            } else {
                rejected.add(w);
            }
        }
        // enumerations: a weak name listed next to an accepted one (甲、乙和丙) is a name too
        acceptListedWithAccepted(terms, weak, accepted, acceptedAt, true);
        rejected.addAll(weak.keySet());
        recoverAfterRoles(terms, text, accepted);
        recoverBeforeRoles(terms, text, accepted);
        recoverListed(text, accepted);
        completeCutNames(text, accepted);
        recoverTransliterated(terms, text, accepted);
        recoverDotted(terms, text, accepted);
        recoverSignedOff(text, accepted);
        return byCount(accepted);
    }

    /**
     * The writers who sign a piece off in brackets after its last sentence ({@link SignOffs}: "(毛丹)", "(黄建生
     * 汪明喜)"): each part a surname and a given name of one or two characters that is not a word.
     */
    private void recoverSignedOff(String text, Map<String, Integer> accepted) {
        for (SignOffs.SignOff s : SignOffs.in(text)) {
            boolean all = true;
            for (String name : s.names()) {
                all &= name.length() >= 2 && name.length() <= 3 && allHan(name) && surnames.contains(name.charAt(0))
                        && !commonWord(name) && !commonWord(name.substring(1));
            }
            if (all) {
                s.names().forEach(name -> accepted.merge(name, 1, Integer::sum));
            }
        }
    }

    /**
     * A list of names (出席的有杨尚昆、杨得志、余秋里、张廷发): where two of its items are names already, every item that
     * reads as a name is one, though the recogniser missed it or cut it short (李聚 of 李聚奎 is replaced). The first
     * item runs on from the clause's words (有杨尚昆): its last three or two characters are tried.
     */
    private void recoverListed(String text, Map<String, Integer> accepted) {
        for (String clause : text.split("[，。；：！？;,:!?\\n（）()“”\"《》\\s]+")) {
            String[] items = clause.split("、");
            if (items.length < 3) {
                continue;
            }
            List<String> names = new ArrayList<>();
            int known = 0;
            for (int k = 0; k < items.length; k++) {
                String name = listedName(items[k], k == 0);
                names.add(name);
                if (name != null && (accepted.containsKey(name)
                        || accepted.keySet().stream().anyMatch(a -> a.length() >= 2 && name.startsWith(a)))) {
                    known++;
                }
            }
            if (known < 2) {
                continue;
            }
            for (String name : names) {
                if (name != null && !accepted.containsKey(name)) {
                    accepted.keySet().removeIf(a -> a.length() < name.length() && name.startsWith(a));
                    accepted.put(name, occurrences(text, name));
                }
            }
        }
    }

    /**
     * A two-character name the segmenter cut from its third character where the name ends a clause or a list item
     * (顾问李聚奎; 李聚 found): wherever the name occurs it is followed by the same character and then a stop, a
     * comma or 、, so that character is the end of the given name.
     */
    private void completeCutNames(String text, Map<String, Integer> accepted) {
        for (String name : List.copyOf(accepted.keySet())) {
            if (name.length() != 2 || !surnames.contains(name.charAt(0))) {
                continue;
            }
            char next = 0;
            boolean always = true;
            for (int at = text.indexOf(name); at >= 0 && always; at = text.indexOf(name, at + 1)) {
                int end = at + 2;
                always = end + 1 < text.length() && HanScript.isHan(text.charAt(end))
                        && "、，。；;,".indexOf(text.charAt(end + 1)) >= 0 && (next == 0 || next == text.charAt(end));
                next = always ? text.charAt(end) : next;
            }
            String whole = always && next != 0 ? name + next : null;
            if (whole != null && !notInGivenName.contains(next) && !rareInGivenName.contains(next) && !commonWord(whole) && placeVerdict(whole) != 2) {
                accepted.put(whole, accepted.remove(name));
            }
        }
    }

    /**
     * A foreign name the recogniser missed, next to a title (尼雷尔主席, 团长卡瓦瓦, 齐奥塞斯库总统): three to eight
     * characters each of which HanLP's transliterated-name dictionary uses, not a word or place the dictionaries know.
     */
    private void recoverTransliterated(List<Term> terms, String text, Map<String, Integer> accepted) {
        // a name starts and ends where the segmenter's words do: 内瑞拉 of 委内瑞拉/ns 总统 is no name
        Set<Integer> bounds = new HashSet<>();
        for (Term t : terms) {
            bounds.add(t.offset);
            bounds.add(t.offset + t.word.length());
        }
        for (Term role : terms) {
            if (role.word.length() < 2 || !isRole(role)) {
                continue;
            }
            int at = role.offset;
            int after = at + role.word.length();
            int from = at;
            while (from > 0 && at - from < 8 && transliterated(text.charAt(from - 1)) && !roleEndsAt(text, from)) {
                from--;
            }
            if (bounds.contains(from)) {
                acceptTransliterated(text.substring(from, at), text, accepted);
            }
            int to = after;
            while (to < text.length() && to - after < 8 && transliterated(text.charAt(to))) {
                to++;
            }
            if (bounds.contains(to)) {
                acceptTransliterated(text.substring(after, to), text, accepted);
            }
        }
    }

    /** The dot that joins the parts of a foreign name written in characters (穆萨·迪亚基特). */
    private static final String NAME_DOTS = "·・•‧";
    /** A dotted name's first part, in characters: a longer run of such characters holds a word before the name. */
    private static final int MAX_FIRST_PART = 5;

    /**
     * A foreign name written with a dot between its parts (齐亚·哈克, 哈桑·古莱德·阿普蒂敦), which the segmenter cuts at
     * the dot: two or more parts, each of whole words of the segmenter made of characters HanLP's transliterated-name
     * dictionary uses (阿里·塔巴塔拜 of 阿里·塔巴塔拜当选), the first of two to
     * {@value #MAX_FIRST_PART} characters. The dot is the writer's mark of a person's name; a ship named so
     * (亚伯拉罕·林肯号) is none.
     */
    private static void recoverDotted(List<Term> terms, String text, Map<String, Integer> accepted) {
        Map<Integer, Term> startingAt = new HashMap<>();
        Map<Integer, Term> endingAt = new HashMap<>();
        for (Term t : terms) {
            startingAt.put(t.offset, t);
            endingAt.put(t.offset + t.word.length(), t);
        }
        for (int dot = 0; dot < text.length(); dot++) {
            if (NAME_DOTS.indexOf(text.charAt(dot)) < 0) {
                continue;
            }
            int from = dot;
            for (Term t = endingAt.get(from); t != null && namePart(t); t = endingAt.get(from)) {
                from = t.offset;
            }
            int to = dot;
            int parts = 1;
            while (to < text.length() && NAME_DOTS.indexOf(text.charAt(to)) >= 0) {
                int end = to + 1;
                for (Term t = startingAt.get(end); t != null && namePart(t); t = startingAt.get(end)) {
                    end += t.word.length();
                }
                if (end == to + 1) {
                    break;
                }
                parts++;
                to = end;
            }
            int after = to < text.length() && "”」』\"'".indexOf(text.charAt(to)) >= 0 ? to + 1 : to;   // “亚伯拉罕·林肯”号
            boolean ship = after < text.length() && text.charAt(after) == '号';
            if (parts >= 2 && dot - from >= 2 && dot - from <= MAX_FIRST_PART && !ship) {
                accepted.merge(text.substring(from, to), 1, Integer::sum);
            }
            dot = Math.max(dot, to - 1);
        }
    }

    private static boolean namePart(Term t) {
        for (int i = 0; i < t.word.length(); i++) {
            if (!transliterated(t.word.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private void acceptTransliterated(String name, String text, Map<String, Integer> accepted) {
        if (name.length() >= 3 && !accepted.containsKey(name) && !CoreDictionary.contains(name) && placeVerdict(name) != 2
                && !isOrganisation(name)) {
            accepted.put(name, occurrences(text, name));
        }
    }

    private static boolean transliterated(char c) {
        return HanScript.isHan(c) && TranslatedPersonDictionary.containsKey(String.valueOf(c));
    }

    /** Whether a role word ends just before {@code at} (主席 of 主席尼雷尔): the name starts after it. */
    private boolean roleEndsAt(String text, int at) {
        for (int len = 2; len <= 4 && len <= at; len++) {
            if (roleWords.contains(text.substring(at - len, at))) {
                return true;
            }
        }
        return false;
    }

    /** An item of a list as a person's name: 2–3 characters (4 with a compound surname) after a surname, or null. */
    private String listedName(String item, boolean first) {
        List<String> tries = new ArrayList<>();
        if (first && item.length() > 3) {
            tries.add(item.substring(item.length() - 3));
            tries.add(item.substring(item.length() - 2));
        } else {
            tries.add(item);
        }
        for (String w : tries) {
            if (w.length() < 2 || w.length() > 4 || !allHan(w) || placeVerdict(w) == 2 || isOrganisation(w)) {
                continue;
            }
            boolean compound = w.length() >= 3 && compoundSurnames.contains(w.substring(0, 2));
            if (!compound && (w.length() > 3 || !surnames.contains(w.charAt(0)))) {
                continue;
            }
            if (!commonWord(w)) {
                return w;     // the list vouches for it: given names such as 得志, 其武 hold function characters
            }
        }
        return null;
    }

    /**
     * The possible names (HanLP's {@code nr}, strength 1 or 2) that open a headline or one of its clauses, not
     * followed by a colon. In running text a two-character name (郭涛, 胡静) needs evidence from context; a headline
     * gives none, but its subject comes first, and a bare name as a clause's subject is a public figure's (a private
     * person is 王某 or 李女士, an official comes with a title). A name before a colon introduces a quote, as business
     * headlines do (段永平：…), and says nothing about the story's desk.
     */
    List<String> headlineSubjects(List<Term> terms) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < terms.size(); i++) {
            Term t = terms.get(i);
            boolean opensClause = i == 0 || isSeparator(terms.get(i - 1).word);
            boolean beforeColon = i + 1 < terms.size() && (terms.get(i + 1).word.equals("：") || terms.get(i + 1).word.equals(":"));
            if (t.nature.toString().equals("nr") && opensClause && !beforeColon && !out.contains(t.word)
                    && nameStrength(t.word, "nr") >= 1) {
                out.add(t.word);
            }
        }
        return out;
    }

    /** A space or punctuation term: neither a Han character nor a letter or digit starts it. */
    private static boolean isSeparator(String word) {
        char c = word.charAt(0);
        return !HanScript.isHan(c) && !Character.isLetterOrDigit(c);
    }

    /**
     * Accepts, until nothing changes, each candidate listed next to an accepted name (甲、乙和丙); removes it from
     * {@code candidates}. With {@code besideToo} a name right beside an accepted one is listed with it ({@link #linkedTo}).
     */
    private void acceptListedWithAccepted(List<Term> terms, Map<String, List<Integer>> candidates, Map<String, Integer> accepted,
                                          Map<Integer, String> acceptedAt, boolean besideToo) {
        for (boolean changed = true; changed; ) {
            changed = false;
            for (var it = candidates.entrySet().iterator(); it.hasNext(); ) {
                var e = it.next();
                boolean linked = false;
                for (int i : e.getValue()) {
                    linked |= linkedTo(terms, i, -1, acceptedAt, besideToo) || linkedTo(terms, i, +1, acceptedAt, besideToo);
                }
                if (linked) {
                    accept(e.getKey(), e.getValue(), accepted, acceptedAt);
                    it.remove();
                    changed = true;
                }
            }
        }
    }

    private static void accept(String w, List<Integer> at, Map<String, Integer> accepted, Map<Integer, String> acceptedAt) {
        accepted.merge(w, at.size(), Integer::sum);
        for (int i : at) {
            acceptedAt.put(i, w);
        }
    }

    /** 2: a name as it stands; 1: a possible name that needs evidence from context; 0: not a name. */
    int nameStrength(String w, String nature) {
        if (!allHan(w.replace("·", ""))) {
            return 0;
        }
        if (nature.equals("nrf")) {                     // transliterated: 特朗普; two characters are often not
            return w.length() >= 3 ? 2 : w.length() == 2 ? 1 : 0;
        }
        if (nature.equals("nrj")) {
            return w.length() >= 2 && w.length() <= 4 ? 1 : 0;
        }
        if (w.length() < 2 || w.length() > 4) {
            return 0;
        }
        if (w.length() >= 3 && knownPerson(w)) {       // 刘少奇, 郭沫若: the dictionary's own people, whatever their given name
            return 2;
        }
        String given;
        boolean compound = w.length() >= 3 && compoundSurnames.contains(w.substring(0, 2));
        if (compound) {
            given = w.substring(2);
        } else if (surnames.contains(w.charAt(0)) && w.length() <= 3) {
            given = w.substring(1);
        } else {
            return 0;
        }
        boolean rare = false;
        for (char c : given.toCharArray()) {
            if (notInGivenName.contains(c)) {
                return 0;
            }
            rare |= rareInGivenName.contains(c);
        }
        if (commonWord(w)) {
            return 0;
        }
        // 安全大 of 安全大讨论, 兰花特 of 兰花特展: a 'name' that opens with a word is that word and more
        if (rare || w.length() == 3 && !compound && commonWord(w.substring(0, 2))) {
            return 1;
        }
        boolean ordinaryGiven = given.length() == 2 && !commonWord(given);
        if ((w.length() == 3 && !compound && ordinaryGiven) || (compound && (given.length() == 1 || !commonWord(given)))) {
            return 2;
        }
        return 1;
    }

    /** A word the core dictionary knows mainly as a person's name. */
    private static boolean knownPerson(String w) {
        CoreDictionary.Attribute a = CoreDictionary.get(w);
        return a != null && a.getNatureFrequency("nr") * 2 > a.totalFrequency;
    }

    /** A word the core dictionary knows mainly as something other than a person name. */
    private static boolean commonWord(String s) {
        CoreDictionary.Attribute a = CoreDictionary.get(s);
        if (a == null) {
            return false;
        }
        int nr = a.getNatureFrequency("nr");
        return a.totalFrequency - nr >= 3 && nr * 2 < a.totalFrequency;
    }

    private boolean roleBefore(List<Term> terms, int i) {
        int j = skipSpace(terms, i - 1, -1);
        return j >= 0 && isRole(terms.get(j));
    }

    private boolean isRole(Term t) {
        if (t.nature.toString().equals("nnt") || roleWords.contains(t.word)) {
            return true;
        }
        for (int k = 1; k < t.word.length() - 1; k++) {         // 副局长, 党组书记, 首席科学家
            if (roleWords.contains(t.word.substring(k))) {
                return true;
            }
        }
        return false;
    }

    /** Ways and trails named after a person or a place: the word right after the name. */
    private static final Set<String> WAYS = Set.of("路", "街", "道", "径", "大道", "巷", "弄", "桥", "大桥", "公路");

    private static boolean namesAWay(List<Term> terms, int i) {
        return i + 1 < terms.size() && WAYS.contains(terms.get(i + 1).word);
    }

    private boolean verbAfter(List<Term> terms, int i) {
        int j = skipSpace(terms, i + 1, +1);
        return j >= 0 && reportingVerbs.contains(terms.get(j).word);
    }

    /**
     * Whether the name at {@code i} is listed with an accepted one on that side: across an enumerator (、 和 与), or
     * right beside it ({@code beside}), as archive pages print a list of people whose commas the copying lost
     * (李先念徐向前姬鹏飞方毅吴德等); places run together so are one name's words (华北 大平原).
     */
    private boolean linkedTo(List<Term> terms, int i, int dir, Map<Integer, String> acceptedAt, boolean beside) {
        int sep = skipSpace(terms, i + dir, dir);
        if (beside && sep >= 0 && acceptedAt.containsKey(sep)) {
            return true;
        }
        if (sep < 0 || !enumerators.contains(terms.get(sep).word)) {
            return false;
        }
        int other = skipSpace(terms, sep + dir, dir);
        return other >= 0 && acceptedAt.containsKey(other);
    }

    /**
     * 村民周某某: a surname right after a role word, the same three characters recurring in the text or closing the
     * clause.
     */
    private static final String CLAUSE_ENDS = "、，。；;,";
    /** What ends a byline's name: a space or a bracket (记者 李俊玲 摄影报道, （记者赵春晓）). */
    private static final String BYLINE_ENDS = " \u3000)）";
    /** Characters that open what a named person does or is said to do: 说, 表示, 在, 接受, 和, 等, 的 … */
    private static final String AFTER_NAME = "说表在和与等的也称认指强会将已对向为是从到率接致出主同答回";

    /**
     * A three-character name the recogniser cut, standing alone before its title (、张爱萍将军, 徐珊贝老师): what
     * precedes it is a clause's start, and it reads as a surname and a clean given name that no dictionary knows.
     */
    private void recoverBeforeRoles(List<Term> terms, String text, Map<String, Integer> accepted) {
        for (Term role : terms) {
            int at = role.offset;
            if (!isRole(role) || at < 3) {
                continue;
            }
            String name = text.substring(at - 3, at);
            boolean opens = at == 3 || CLAUSE_ENDS.indexOf(text.charAt(at - 4)) >= 0
                    || BYLINE_ENDS.indexOf(text.charAt(at - 4)) >= 0 || text.charAt(at - 4) == '\n';
            if (opens && !accepted.containsKey(name) && cleanName(name)) {
                accepted.keySet().removeIf(a -> a.length() < name.length() && name.startsWith(a));
                accepted.put(name, occurrences(text, name));
            }
        }
    }

    /** A name the recogniser cut ({@link #readsAsCutName}) that is no place or organisation either. */
    private boolean cleanName(String name) {
        return readsAsCutName(name) && placeVerdict(name) != 2 && !isOrganisation(name);
    }

    /** Han characters, a surname first, a given name of no excluded or rare character, no dictionary word. */
    private boolean readsAsCutName(String name) {
        if (!allHan(name) || !surnames.contains(name.charAt(0)) || CoreDictionary.contains(name.substring(0, 2))
                || CoreDictionary.contains(name)) {
            return false;
        }
        for (char c : name.substring(1).toCharArray()) {
            if (notInGivenName.contains(c) || rareInGivenName.contains(c)) {
                return false;
            }
        }
        return true;
    }

    private void recoverAfterRoles(List<Term> terms, String text, Map<String, Integer> accepted) {
        for (int i = 0; i < terms.size() - 1; i++) {
            Term role = terms.get(i);
            if (!isRole(role)) {
                continue;
            }
            int pos = role.offset + role.word.length();
            while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
                pos++;
            }
            if (pos + 3 > text.length()) {
                continue;
            }
            String name = text.substring(pos, pos + 3);
            if (accepted.containsKey(name)) {
                continue;
            }
            boolean clean = readsAsCutName(name);
            int count = occurrences(text, name);
            boolean closes = pos + 3 < text.length() && (CLAUSE_ENDS.indexOf(text.charAt(pos + 3)) >= 0
                    || AFTER_NAME.indexOf(text.charAt(pos + 3)) >= 0 || BYLINE_ENDS.indexOf(text.charAt(pos + 3)) >= 0);
            if (clean && (count >= 2 || closes)) {
                // recurring, or the role's whole object (委员洪学智;), or its subject (主席胡定旭接受采访); the
                // recogniser's cut of it (李烛 of 李烛尘), found nowhere else, goes
                accepted.put(name, count);
                accepted.keySet().removeIf(a -> a.length() < name.length() && name.startsWith(a)
                        && occurrences(text, a) == count);
            }
        }
    }

    // ------------------------------------------------------------------------------------------------ places

    private List<String> places(List<Term> terms, Map<String, List<Integer>> occ, Set<String> rejected) {
        Map<String, Integer> accepted = new LinkedHashMap<>();
        Map<Integer, String> acceptedAt = new HashMap<>();
        Map<String, List<Integer>> pending = new LinkedHashMap<>();
        for (Map.Entry<String, List<Integer>> e : occ.entrySet()) {
            String w = e.getKey();
            int verdict = placeVerdict(w);
            if (verdict == 2) {
                accept(w, e.getValue(), accepted, acceptedAt);
            } else if (verdict == 1) {
                pending.put(w, e.getValue());
            } else {
                rejected.add(w);
            }
        }
        acceptListedWithAccepted(terms, pending, accepted, acceptedAt, false);   // 甲地、乙地和X: X is listed with places
        rejected.addAll(pending.keySet());
        // one name per place: 杭州 and 杭州市 → 杭州市, the full name holding the short one
        Map<String, String> fullName = new HashMap<>();
        for (String w : accepted.keySet()) {
            String suffix = placeSuffix(w);
            if (suffix != null && w.length() - suffix.length() >= 2) {
                fullName.putIfAbsent(w.substring(0, w.length() - suffix.length()), w);
            }
        }
        Map<String, Integer> merged = new LinkedHashMap<>();
        for (Map.Entry<String, Integer> e : accepted.entrySet()) {
            merged.merge(fullName.getOrDefault(e.getKey(), e.getKey()), e.getValue(), Integer::sum);
        }
        return byCount(merged);
    }

    /** 2: a place; 1: a place only if the context says so; 0: not a place. */
    int placeVerdict(String w) {
        if (w.length() < 2 || !allHan(w)) {
            return 0;
        }
        if (gazetteer.contains(w)) {
            return 2;
        }
        CoreDictionary.Attribute own = dictionary.trie.get(w);        // the tagger's own dictionary decides first
        if (own != null) {
            return own.hasNatureStartsWith("ns") ? 2 : 0;
        }
        CoreDictionary.Attribute core = CoreDictionary.get(w);
        if (core != null && (core.hasNatureStartsWith("ns") || core.totalFrequency >= 3)) {
            return core.hasNatureStartsWith("ns") ? 2 : 0;
        }
        // a word the core dictionary saw once or twice as something else is still HanLP's place (基辅/nsf)
        CoreDictionary.Attribute custom = dictionary.get(w);
        if (custom != null && custom.hasNatureStartsWith("ns")) {
            return 2;
        }
        String suffix = placeSuffix(w);
        if (suffix != null) {
            String stem = w.substring(0, w.length() - suffix.length());
            if (stem.length() >= 2 && cleanStem(stem) && !stem.endsWith("城")) {
                return 2;
            }
            return 0;
        }
        for (String f : placeFeatures) {
            if (w.length() > f.length() + 1 && w.endsWith(f) && placeVerdict(w.substring(0, w.length() - f.length())) == 2) {
                return 2;
            }
        }
        for (String e : naturalEndings) {
            // 孙昆山 is a name: three characters after a surname read as a person first
            boolean nameLike = w.length() == 3 && surnames.contains(w.charAt(0));
            if (w.length() >= e.length() + 2 && w.endsWith(e) && !nameLike && cleanStem(w.substring(0, w.length() - e.length()))) {
                return 2;
            }
        }
        return 1;     // recognised without a suffix: needs an enumeration with accepted places
    }

    /**
     * The feature or state form printed after a place, one word or two (台湾 海峡; 加纳 共和国, 越南 民主 共和国: the
     * state by its full name), or "".
     */
    private String featureAfter(List<Term> terms, int i) {
        if (i + 1 < terms.size() && placeFeatures.contains(terms.get(i + 1).word)) {
            return terms.get(i + 1).word;
        }
        if (i + 2 < terms.size() && placeFeatures.contains(terms.get(i + 1).word + terms.get(i + 2).word)) {
            return terms.get(i + 1).word + terms.get(i + 2).word;
        }
        return "";
    }

    private String placeSuffix(String w) {
        for (String s : placeSuffixes) {
            if (w.endsWith(s) && w.length() > s.length()) {
                return s;
            }
        }
        return null;
    }

    // ------------------------------------------------------------------------------------------------ organisations

    /** Abbreviations scope a body's name to the nation, the centre or the world: 国家体委, 中央编办, 国际乒联. */
    private static final Set<String> NATIONAL = Set.of("国家", "全国", "中央", "中共", "国际", "世界");

    /**
     * A body named by an abbreviation (HanLP's {@code j}), or null: after 国家, 全国, 中央 or 中共 (国家/n 体委/j), or
     * three or more characters ending in a body's kind (中联部, 国台办, 外经部).
     */
    private String abbreviatedBody(List<Term> terms, int i) {
        String w = terms.get(i).word;
        if (!allHan(w) || w.length() < 2) {
            return null;
        }
        if (i > 0 && NATIONAL.contains(terms.get(i - 1).word)) {
            return terms.get(i - 1).word + w;
        }
        return w.length() >= 3 && "部委办局院会署厅社".indexOf(w.charAt(w.length() - 1)) >= 0 ? w : null;   // 社: 法新社
    }

    /**
     * A government department named by its field alone (文化局, 宣传部, 政务院): without a place before it, only these
     * kinds are a body's name; 研究会, 总务处, 生产队, 看守所 are a kind of body, not one.
     */
    private boolean isDepartment(String w) {
        return w.length() >= 3 && "部局院办署厅委".indexOf(w.charAt(w.length() - 1)) >= 0 && isOrganisation(w);
    }

    /** A central body by the short name our list knows (中共/n), where the core dictionary reads it as no common noun. */
    private boolean knownBody(Term t) {
        CoreDictionary.Attribute a = CoreDictionary.get(t.word);
        return !t.nature.toString().equals("j") && governmentBodies.contains(t.word)
                && (a == null || a.totalFrequency < 3 || !a.nature[0].toString().equals("n"));
    }

    /**
     * A party's name the dictionaries file as a plain noun (国民党/n, 民进党/nz, 自由党): 党 after a stem of two or more
     * characters that is not itself a verb (执政党, 反对党 are kinds of party) unless its country stands before it.
     */
    private boolean isParty(List<Term> terms, int i) {
        Term t = terms.get(i);
        String w = t.word;
        String n = t.nature.toString();
        if (!(n.equals("n") || n.equals("nz") || n.equals("j")) || w.length() < 3 || !w.endsWith("党") || !allHan(w)) {
            return false;
        }
        String stem = w.substring(0, w.length() - 1);
        CoreDictionary.Attribute a = CoreDictionary.get(stem);
        // after its country any stem names a party (朝鲜 劳动党, 坦桑尼亚 革命党)
        boolean afterCountry = i > 0 && nature(terms, i - 1).startsWith("ns");
        return cleanStem(stem) && (afterCountry || a == null || !a.nature[0].toString().startsWith("v"));
    }

    /** A count and its measure word inside a "name": the text describes a body rather than naming it. */
    private static final Pattern DESCRIBED = Pattern.compile("[一两几这该某][家座个所间处]");
    private static final String LINKING = "向的及和与在从由据被把于电";

    /** An ordinal before a body's name: which session or term of it (第一届, 第十二次). */
    private static final Pattern ORDINAL = Pattern.compile("第[一二三四五六七八九十百零〇0-9]+[届次期]");

    /**
     * A recognised organisation with the words around it that the recogniser took in (向国家体育总局, 居民及西藏地方政府,
     * 国民党内): the longest part after a function character, before a trailing 内, that is an organisation.
     */
    private String withoutFunctionWords(String w) {
        Matcher ordinal = ORDINAL.matcher(w);      // 第一届全国人民代表大会: the body is 全国人民代表大会
        if (ordinal.lookingAt() && isOrganisation(w.substring(ordinal.end()))) {
            return w.substring(ordinal.end());
        }
        if (isOrganisation(w)) {
            return w;
        }
        String core = w.length() > 3 && w.endsWith("内") ? w.substring(0, w.length() - 1) : w;
        if (isOrganisation(core)) {
            return core;
        }
        for (int k = 1; k + 3 <= core.length(); k++) {
            if (LINKING.indexOf(core.charAt(k - 1)) >= 0 && isOrganisation(core.substring(k))) {
                return core.substring(k);
            }
        }
        return w;
    }

    /** Whether a place (ns) is among the {@code n} terms before term {@code i}. */
    private static boolean placeWithin(List<Term> terms, int i, int n) {
        for (int j = i - 1; j >= 0 && i - j <= n; j--) {
            if (nature(terms, j).startsWith("ns")) {
                return true;
            }
        }
        return false;
    }

    /** A recognised organisation grown leftwards over a place and its modifiers: 中国/ns 电动/b 汽车协会/nt. */
    private String extendOrganisation(List<Term> terms, int i) {
        Term t = terms.get(i);
        // 某市工业/nt 和/cc 信息化局/nt: one body whose name holds a conjunction
        if (i >= 2 && nature(terms, i - 2).startsWith("nt") && enumerators.contains(terms.get(i - 1).word)
                && !isOrganisation(terms.get(i - 2).word) && startsWithPlace(terms.get(i - 2).word)) {
            return terms.get(i - 2).word + terms.get(i - 1).word + t.word;
        }
        // a known body after its place is the place's (滁州市 人大常委会, 俄罗斯 国防部)
        if (startsWithPlace(t.word) || isDictionaryOrg(t.word) && !(i > 0 && nature(terms, i - 1).startsWith("ns"))) {
            return t.word;
        }
        int start = -1;
        for (int j = i - 1; j >= 0 && i - j <= 3; j--) {
            String n = nature(terms, j);
            if (!(n.startsWith("ns") || n.equals("b") || n.equals("nz") || n.equals("n") || n.equals("vn") || n.equals("j"))
                    || !allHan(terms.get(j).word)) {
                break;
            }
            if (n.startsWith("ns")) {
                start = j;
            }
        }
        if (start < 0) {
            return t.word;
        }
        StringBuilder sb = new StringBuilder();
        for (int j = start; j <= i; j++) {
            sb.append(terms.get(j).word);
        }
        return sb.toString();
    }

    /** The place a government or party body is named after: 福建省委 → 福建, 成都市交通运输局 → 成都市. */
    private String placeOfBody(String org) {
        boolean body = false;
        for (String s : bodySuffixes) {
            body |= org.endsWith(s);
        }
        if (!body) {
            return null;
        }
        for (int len = Math.min(org.length() - 1, 6); len >= 2; len--) {
            String head = org.substring(0, len);
            if (placeVerdict(head) == 2 && CoreDictionary.get(head) != null) {
                return head;
            }
        }
        return null;
    }

    private boolean startsWithPlace(String w) {
        for (int len = Math.min(w.length() - 1, 5); len >= 2; len--) {
            CoreDictionary.Attribute a = CoreDictionary.get(w.substring(0, len));
            if (a != null && a.hasNatureStartsWith("ns")) {
                return true;
            }
        }
        return false;
    }

    private List<String> organisations(Map<String, List<Integer>> occ, Set<String> abbreviations, Set<String> rejected) {
        Map<String, Integer> accepted = new LinkedHashMap<>();
        for (Map.Entry<String, List<Integer>> e : occ.entrySet()) {
            String w = e.getKey();
            if (isOrganisation(w) || abbreviations.contains(w)) {
                accepted.merge(w, e.getValue().size(), Integer::sum);
                String parent = parentOrganisation(w);
                if (parent != null) {
                    accepted.merge(parent, e.getValue().size(), Integer::sum);
                }
            } else {
                rejected.add(w);
            }
        }
        // 工作队 names that are only the tail of a longer accepted name (X县扶贫工作队): keep the full name
        Map<String, Integer> kept = new LinkedHashMap<>();
        for (Map.Entry<String, Integer> e : accepted.entrySet()) {
            boolean tail = false;
            for (String other : accepted.keySet()) {
                tail |= other.length() > e.getKey().length() && other.endsWith(e.getKey());
            }
            if (!tail) {
                kept.put(e.getKey(), e.getValue());
            }
        }
        return byCount(kept);
    }

    boolean isOrganisation(String w) {
        if (w.length() < 2) {
            return false;
        }
        for (char c : w.toCharArray()) {
            if (!(HanScript.isHan(c) || Character.isLetterOrDigit(c))) {
                return false;
            }
        }
        if (isDictionaryOrg(w)) {
            return true;
        }
        if (DESCRIBED.matcher(w).find()) {
            return false;   // 一家废旧塑料加工厂, 一座工厂: a body described, not named
        }
        for (String s : notOrgSuffixes) {
            if (w.endsWith(s)) {
                return false;
            }
        }
        for (String s : orgSuffixes) {
            if (w.endsWith(s)) {
                String stem = w.substring(0, w.length() - s.length());
                if (stem.length() < 2 || !cleanStem(stem) || stem.chars().anyMatch(Character::isDigit)) {
                    return false;
                }
                if (s.endsWith("政府")) {                 // 杭州市政府 yes, 数字政府 no
                    return placeSuffix(stem) != null || placeVerdict(stem) == 2;
                }
                return true;
            }
        }
        return false;
    }

    private boolean isDictionaryOrg(String w) {
        CoreDictionary.Attribute a = CoreDictionary.get(w);
        if (a != null && a.nature.length > 0 && a.nature[0].toString().startsWith("nt")) {
            return true;
        }
        // HanLP's list of institutions (全国政协/nt, 教育部/nt) unless the core dictionary reads the word otherwise
        CoreDictionary.Attribute c = dictionary.get(w);
        return c != null && c.nature.length > 0 && c.nature[0].toString().startsWith("nt")
                && (a == null || a.totalFrequency < 3) || governmentBodies.contains(w);
    }

    private String parentOrganisation(String w) {
        for (int end = w.length() - 2; end >= 4; end--) {
            String head = w.substring(0, end);
            for (String s : parentOrgSuffixes) {
                if (head.endsWith(s) && head.length() > s.length() + 1) {
                    return head;
                }
            }
        }
        return null;
    }

    // ------------------------------------------------------------------------------------------------ helpers

    private boolean cleanStem(String stem) {
        if (badLead.contains(stem.charAt(0))) {
            return false;
        }
        for (char c : stem.toCharArray()) {
            if (!HanScript.isHan(c) && !Character.isLetter(c)) {
                return false;
            }
        }
        return true;
    }

    private static String nature(List<Term> terms, int i) {
        return terms.get(i).nature.toString();
    }

    private static int skipSpace(List<Term> terms, int j, int dir) {
        while (j >= 0 && j < terms.size() && terms.get(j).word.isBlank()) {
            j += dir;
        }
        return j >= 0 && j < terms.size() ? j : -1;
    }

    static boolean allHan(String s) {
        if (s.isEmpty()) {
            return false;
        }
        for (char c : s.toCharArray()) {
            if (!HanScript.isHan(c)) {
                return false;
            }
        }
        return true;
    }

    private static int occurrences(String text, String s) {
        int n = 0;
        for (int i = text.indexOf(s); i >= 0; i = text.indexOf(s, i + s.length())) {
            n++;
        }
        return n;
    }

    private static List<String> byCount(Map<String, Integer> counts) {
        List<String> out = new ArrayList<>(counts.keySet());   // insertion order = first occurrence
        out.sort(Comparator.comparingInt((String w) -> -counts.get(w)));
        return List.copyOf(out);
    }

    private static List<String> byLengthDesc(Set<String> words) {
        List<String> out = new ArrayList<>(words);
        out.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
        return List.copyOf(out);
    }

    private static Set<Character> charsOf(Set<String> words) {
        Set<Character> out = new HashSet<>();
        for (String w : words) {
            for (char c : w.toCharArray()) {
                out.add(c);
            }
        }
        return Set.copyOf(out);
    }

    /** A file of {@code [section]} headers, each followed by whitespace-separated words. */
    private static Map<String, Set<String>> sections(String name) {
        Map<String, Set<String>> out = new HashMap<>();
        Set<String> current = null;
        for (String line : Resources.lines(name)) {
            if (line.startsWith("[") && line.endsWith("]")) {
                current = new HashSet<>();
                out.put(line.substring(1, line.length() - 1), current);
            } else if (current != null) {
                for (String w : line.split("\\s+")) {
                    current.add(w);
                }
            }
        }
        return out;
    }
}
