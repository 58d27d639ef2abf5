package newsflow.core.split;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import newsflow.model.Dateline;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * Reads credits: the one run into a lead ("新华社合肥8月22日电", "羊城晚报讯 记者孙晶报道:", "WASHINGTON (Reuters) -"),
 * a byline printed on its own line, a photo credit, and a closing credit such as "(徐林 岳宗)".
 */
final class CreditParser {

    /** Leads are matched on their opening only, which also keeps the regexes cheap on a huge paragraph. */
    private static final int LEAD_WINDOW = 200;
    private static final int MAX_CREDIT_LINE = 60;

    /** Agencies as Chinese papers name them, in either script (Hong Kong, Macao and Taiwan papers print traditional). */
    private static final String CHINESE_WIRES = "新华社|新華社|中新社|中国新闻社|中國新聞社|中新网|中新網|人民日报|人民日報|人民网|人民網"
            + "|新华网|新華網|央视新闻|央視新聞|央视网|央視網|央广网|央廣網|国际在线|國際在線|美联社|美聯社|路透社|法新社|共同社"
            + "|塔斯社|彭博社|韩联社|韓聯社|埃菲社|安莎社|德新社|中央社|合众国际社|合眾國際社|香港中通社|中通社";
    private static final String REPORTER = "(?:记|記)者";
    private static final String LATIN_WIRES = "AP|Reuters|AFP|Xinhua|Bloomberg|UPI|dpa|DPA|Kyodo|Yonhap|TASS|Tass|CNN"
            + "|ANSA|EFE|PTI|IANS|ANI|CNA|AAP|Sputnik|Interfax";
    /** "8月22日", "十二月二十七日" as papers printed it until the 1980s, or the day alone ("北京12日电"). */
    private static final String NUMBER = "(?:\\d{1,2}|[一二三四五六七八九十]{1,3})";
    private static final String DAY = "(?:(?:(" + NUMBER + ")\\s*月\\s*)?(" + NUMBER + ")\\s*日)?";
    private static final String CHINESE_DIGITS = "一二三四五六七八九";
    private static final String PARENTHESISED = "(?:\\s*[(（]([^()（）]{1,40})[)）])?";

    /** 新华社合肥8月22日电 (记者 X) / 据新华社电 / 【路透社北京12日电】 / 新华社二十七日讯 */
    private static final Pattern CHINESE_WIRE_LEAD = Pattern.compile(
            "^【?(?:据|據)?(" + CHINESE_WIRES + ")(?:" + REPORTER + ")?(?:([\\p{IsHan}]{2,10}?)\\s*)??" + DAY + "\\s*(?:电|電|讯|訊)" + PARENTHESISED);
    /** An agency's credit anywhere in a line, as {@link #CHINESE_WIRE_LEAD} reads one at a lead's start. */
    private static final Pattern CHINESE_WIRE_CREDIT = Pattern.compile(
            "(?:据|據)?(?:" + CHINESE_WIRES + ")(?:[\\p{IsHan}]{2,10}?\\s*)??" + DAY + "\\s*(?:电|電|讯|訊)");
    /** The place an old dispatch names after its credit: " 华盛顿消息:". */
    private static final Pattern NEWS_FROM = Pattern.compile("\\s*([\\p{IsHan}]{2,6}?)(?:消息|讯)\\s*[:：]");
    /** 本报讯(记者 X) / 羊城晚报讯 记者X、Y报道: / 本报北京8月22日讯 / 本报洛杉矶7月30日电 记者X报道 */
    private static final Pattern PAPER_LEAD = Pattern.compile(
            "^(本(?:报|報|台|臺|刊|网|網)|[\\p{IsHan}]{2,10}?(?:报|報|网|網|台|臺))(?:([\\p{IsHan}]{2,8}?)\\s*)??" + DAY
                    + "\\s*(?:讯|訊|电|電)(?:\\s*[(（]([^()（）]{1,40})[)）]"
                    + "|\\s*((?:本报|本報|特派|首席|见习|見習|实习|實習|特约|特約)?(?:" + REPORTER
                    + "|通讯员|通訊員|实习生|實習生)[^。:：()（）]{1,40}?)\\s*(?:报道|報道|報導))?");
    /**
     * A credit in corner brackets opening a Taiwanese or Hong Kong lead: "【李新隆 台中東勢】" (reporters, then the
     * place), "【記者王小明/台北報導】".
     */
    private static final Pattern BRACKETED_LEAD = Pattern.compile(
            "^【(?:" + REPORTER + "\\s*)?((?:[\\p{IsHan}·]{2,4}[\\s、,，]+)*[\\p{IsHan}·]{2,4})"
                    + "(?:\\s*[/／]\\s*|\\s+)([\\p{IsHan}]{2,6}?)(?:报道|報道|報導)?】");
    /**
     * A newsroom desk's or a reporter's credit run into a Taiwanese lead, the writers then the place they report from:
     * "生活中心/陳孟暄 李奇 賴國彬 桃園報導", "南部中心/林俊明、曾虹雯 台南報導", "記者王小明/台北報導". The credit as printed is
     * the byline.
     */
    private static final Pattern DESK_LEAD = Pattern.compile(
            "^((?:[\\p{IsHan}]{2,4}中心\\s*[/／]|" + REPORTER + ")\\s*(?:[\\p{IsHan}·]{2,4}\\s*[\\s、,，]\\s*)*[\\p{IsHan}·]{2,4}"
                    + "\\s*(?:[/／]|\\s)\\s*([\\p{IsHan}]{2,4}?)(?:报道|報道|報導))");
    /**
     * A listing's filing date run into the writer's credit before the text, as Taiwanese sites print a teaser:
     * "2025.11.29記者方炳超/特稿距離…", "2025.11.28文/杜聖聰(銘傳大學…系主任)隨著…", "2025.11.28主筆/單厚之賴清德…".
     */
    private static final Pattern DATED_BYLINE_LEAD = Pattern.compile(
            "^\\d{4}[./-]\\d{1,2}[./-]\\d{1,2}\\s*((?:" + REPORTER + ")\\s*[\\p{IsHan}、,，]{2,14}?\\s*[/／]\\s*"
                    + "(?:[\\p{IsHan}]{0,4}(?:报道|報道|報導)|特稿)"
                    + "|(?:文|撰文|主筆|主笔)\\s*[/／]\\s*[\\p{IsHan}·]{2,3}(?:[(（][^()（）]{1,30}[)）])?)");
    private static final String MONTH = "((?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?\\s+\\d{1,2})";
    /** BEIJING, Aug. 22 (Xinhua) -- / NEW YORK, N.Y. (AP) — / (CNN) — */
    private static final Pattern LATIN_WIRE_LEAD = Pattern.compile(
            "^(?:([A-Z][A-Za-z.'’\\- ]{1,40}?)(?:,\\s*([A-Z][A-Za-z.'’\\- ]{1,30}?))??(?:,\\s*" + MONTH + ")?\\s*)?"
                    + "\\((" + LATIN_WIRES + ")\\)\\s*(?:—|–|--|-|:)");

    /** A wire credited in words by old papers, before or in the dateline: "(By Associated Press)", "International News Service:". */
    private static final Pattern WORDED_WIRE = Pattern.compile(
            "(?i)\\b(associated\\s+press|united\\s+press|(?:international\\s+)?news\\s+servi)");
    /**
     * A dateline of an old paper's wire or special story: "San Antonio, Texas, Nov. 9.—", "LONDON. March 10.",
     * "Stockholm, via London, March 10.", "St. Paul, Minn., Nov. 9", after any wire credit; the place is what the
     * scorer and the tagger want. The OCR's misreadings are let through where they keep the shape: a state's "Ill."
     * read "111.", a stray comma or stop, a month one letter off ("Jupne 2", "MaTrch 8"), a day's 1, 0 and 6 read as
     * letters ("March lO"); the month word is checked apart ({@link #datelineMonth}).
     */
    private static final Pattern OLD_DATELINE_LEAD = Pattern.compile(
            "^(?:[^A-Za-z]{0,3}(?:\\(?by\\s+)?[A-Za-z~'.-]+(?:\\s+[A-Za-z~'.-]+){0,2}\\s*(?:press|servi\\w*)\\)?[\\s:.\\-—]*)?"
                    + "(?!(?:Mr|Mrs|Ms|Dr|Gen|Col|Capt|Rev|By)\\b)((?:St\\.?\\s+)?[A-Z][A-Za-z'’]+(?:\\s+[A-Z][A-Za-z'’]+){0,2})[.,]{1,2}\\s*"
                    + "(?:(?:[^,.\\d]|1){1,25}[.,]{1,2}\\s*){0,2}(?:[A-Z]{1,2}\\s+)?\\.?"     // "Columbus, N. M., March 9", "N. M March 9"
                    + "(?<month>[A-Z][a-z]{2,8})\\.?,?\\s*(?<day>\\d{1,2}|[lIiOoG\\d][lIiOoG]?)(?![A-Za-z\\d])",
            Pattern.CASE_INSENSITIVE);
    /** A month's name misread by a letter is told from another word at this length or more ("Jane 2" for June). */
    private static final int MIN_MISREAD_MONTH = 4;

    private static final String ROLE = "(?:本报|本報|特派|首席|见习|見習|实习|實習|特约|特約|摄影|攝影)?(?:" + REPORTER
            + "|通讯员|通訊員|实习生|實習生|撰稿人?)";
    private static final Pattern CHINESE_BYLINE = Pattern.compile(
            "^(?:文|图文|文图|撰文|口述|整理)\\s*[/:：|]|" + ROLE + "\\s*[\\p{IsHan}·]{2,4}(?:\\s|$|[、,，])");
    private static final Pattern LATIN_BYLINE = Pattern.compile(
            "^(?:By|BY)\\s+[A-Z][\\w.'’-]*(?:\\s+(?:[A-Z][\\w.'’-]*|de|van|von|der|and|&))*(?:\\s*[,|/]\\s*.{0,60})?$");
    private static final Pattern MONTH_DAY_SEPARATOR = Pattern.compile("[.\\s]+");
    private static final Pattern SENTENCE_PUNCTUATION = Pattern.compile("[。；;!?！？]");
    private static final Pattern HEADLINE_BREAKERS = Pattern.compile("[。；;]");

    private static final Pattern PHOTO_CREDIT = Pattern.compile(
            "(?:^|/|\\s)[摄攝](?:影)?$|(?:记者|記者)\\s*[\\p{IsHan}·]{0,4}[摄攝]$|^[(（][^()（）]{1,40}[摄攝][)）]$|^(?:图|圖|图片|圖片|摄影|攝影|照片)\\s*[/:：|]|供图$"
                    + "|图片来源|圖片來源|资料图片$|^[(（](?:[^()（）]{0,30}(?:图片|圖片)|(?:图|圖)\\s*[/:：])[^()（）]{0,30}[)）]"
                    + "|^\\(?(?:AP|AFP|Reuters|Getty Images|Xinhua|EPA)(?:/\\S+)?\\s+Photo"
                    + "|^(?:Photo|Photograph|Picture|Image)s?\\s*(?:by\\b|:|/|credit)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern PHOTO_CREDIT_END = Pattern.compile("[摄攝](?:影)?[)）]?$");
    private static final Pattern WRITER_MARK = Pattern.compile("(?:^|\\s)(?:文|撰文)\\s*[/:：|]");
    private static final Pattern TRAILING_PHOTO_CREDIT = Pattern.compile(
            "[(（][^()（）]{1,40}[摄攝][)）]$|\\((?:AP|AFP|Reuters|Getty Images|Xinhua|EPA)(?:/[^()]{1,40})?\\s+Photo[^()]{0,60}\\)$");
    private static final Pattern CLOSING_CREDIT = Pattern.compile(
            "^[(（][\\p{IsHan}·、\\s]{1,30}[)）]$|^\\((?:Reporting|Writing|Additional reporting|Editing)\\s+by\\s[^()]{1,200}\\)$");

    /**
     * A credit signed after a story's last sentence behind a mark, as Hong Kong papers close their briefs: "…的發展。
     * ■記者 陳曉莉", "…三四名對決。 ■新華社".
     */
    private static final String MARKED_CREDIT = "[■□▲△●◆]\\s*(?:[\\p{IsHan}]{0,6}" + ROLE
            + "\\s*[\\p{IsHan}·]{2,4}(?:[\\s、,，]+[\\p{IsHan}·]{2,4})*|(" + CHINESE_WIRES + "))";
    private static final Pattern MARKED_CLOSING_CREDIT = Pattern.compile("(?<=[。！？!?」”』）)])\\s*(" + MARKED_CREDIT + ")$");
    private static final Pattern MARKED_CREDIT_LINE = Pattern.compile("^" + MARKED_CREDIT + "$");
    private static final Pattern BRACKETED_WIRE = Pattern.compile("^[(（](" + CHINESE_WIRES + ")[)）]$");
    /** A role in a credit that makes it a byline: it names a reporter, not only a source. */
    private static final Pattern REPORTER_ROLE = Pattern.compile(ROLE);
    /**
     * A listing's line: a story's headline, the day it was posted and its writer ("中聯辦召開…傳達會 2024年03月13日|文:論盡採訪組").
     */
    private static final Pattern LISTED_HEAD = Pattern.compile(
            "^(\\S.{5,100}?)\\s+(?:\\d{4}\\s*年\\s*\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日|\\d{4}[-/.]\\d{1,2}[-/.]\\d{1,2})"
                    + "\\s*[|丨｜]\\s*((?:文|撰文|記者|记者)\\s*[/:：][^|丨｜]{1,30}?)(?:\\s*[|丨｜]\\s*https?://\\S+)?$");
    /** A listing's story on one line: headline, writer, date, text ("悉尼跨年夜煙花表演有看頭 … 歐陽宇琦 2021-12-10 午夜倒數…"). */
    private static final Pattern LISTED_STORY_BY_WRITER = Pattern.compile(
            "^(\\S.{5,100}?)\\s+([\\p{IsHan}·]{2,4})\\s+\\d{4}-\\d{1,2}-\\d{1,2}\\s+(\\S.{20,})$");
    /**
     * A listing's story on one line: headline, then the text from its credit on, then when and where it was filed
     * ("北捷驚魂!… 【記者X/台北報導】2025年底… 2026/01/15 17:23 社會 地方大小事").
     */
    private static final Pattern LISTED_STORY_WITH_CREDIT = Pattern.compile(
            "^(\\S[^【】]{5,100}?)\\s+(【[^【】]{2,30}(?:报道|報導|報道)】.{20,}?)"
                    + "(?:\\s+\\d{4}/\\d{1,2}/\\d{1,2}\\s+\\d{1,2}:\\d{2}(?:\\s+[\\p{IsHan}\\w]{1,8}){0,4})?$");

    private CreditParser() {
    }

    /**
     * Where an agency's dated credit starts inside a line ("…用各种方式结束美伪统治新华社七日讯 柬埔寨…": an archive ran a
     * story's decks into its lead), or -1; only within the lead window, since a credit opens a story's text.
     */
    static int wireCreditInside(String line) {
        Matcher m = CHINESE_WIRE_CREDIT.matcher(line.length() > LEAD_WINDOW ? line.substring(0, LEAD_WINDOW) : line);
        return m.find() ? m.start() : -1;
    }

    /** The credit run into the start of a lead paragraph, or null when it opens with none. */
    static Credit parseLead(String paragraph) {
        String lead = paragraph.length() > LEAD_WINDOW ? paragraph.substring(0, LEAD_WINDOW) : paragraph;
        Matcher m = CHINESE_WIRE_LEAD.matcher(lead);
        if (m.find()) {
            String place = m.group(2);
            if (place == null) {   // "新华社六日讯 华盛顿消息:…": the agency's old form names the place after the credit
                Matcher from = NEWS_FROM.matcher(lead).region(m.end(), lead.length());
                place = from.lookingAt() ? from.group(1) : null;
            }
            return new Credit(trimToNull(m.group(5)), m.group(1), dateline(place, monthDay(m.group(3), m.group(4))), null);
        }
        m = PAPER_LEAD.matcher(lead);
        if (m.find()) {
            String paper = m.group(1);
            String byline = trimToNull(m.group(5) != null ? m.group(5) : m.group(6));
            String publication = paper.startsWith("本") ? null : paper;
            return new Credit(byline, null, dateline(m.group(2), monthDay(m.group(3), m.group(4))), publication);
        }
        m = BRACKETED_LEAD.matcher(lead);
        if (m.find()) {
            return new Credit(m.group(1).replaceAll("[\\s、,，]+", " "), null, dateline(m.group(2), null), null);
        }
        m = DESK_LEAD.matcher(lead);
        if (m.find()) {
            return new Credit(m.group(1), null, dateline(m.group(2), null), null);
        }
        m = DATED_BYLINE_LEAD.matcher(lead);
        if (m.find()) {
            return new Credit(m.group(1), null, null, null);
        }
        m = LATIN_WIRE_LEAD.matcher(lead);
        if (m.find()) {
            String place = trimToNull(m.group(1));
            return new Credit(null, m.group(4), dateline(place, latinMonthDay(m.group(3))), null);
        }
        m = oldDateline(lead);
        if (m != null) {
            Matcher wire = WORDED_WIRE.matcher(lead.substring(0, Math.min(lead.length(), m.end() + MAX_CREDIT_LINE)));
            return new Credit(null, wire.find() ? wireCode(wire.group(1)) : null, dateline(m.group(1), oldMonthDay(m)), null);
        }
        return null;
    }

    /** The old paper's dateline a text opens with ({@link #OLD_DATELINE_LEAD}) where its month word is a month, or null. */
    private static Matcher oldDateline(String text) {
        Matcher m = OLD_DATELINE_LEAD.matcher(text);
        return m.lookingAt() && Character.isUpperCase(m.group(1).charAt(0)) && datelineMonth(m.group("month")) > 0 ? m : null;
    }

    /**
     * The month a dateline's word names: a month's name or its start ("Sept", "Nov"; not "Marshall"), or one letter off.
     */
    private static int datelineMonth(String word) {
        int printed = PageFurniture.monthNumber(word);
        return printed > 0 && PageFurniture.startsMonthName(word) ? printed : PageFurniture.misreadMonth(word, MIN_MISREAD_MONTH);
    }

    /** The month and day of an old dateline, its day's 1, 0 and 6 read back from the letters the OCR made of them. */
    private static String oldMonthDay(Matcher m) {
        return monthDay(String.valueOf(datelineMonth(m.group("month"))), PageFurniture.ocrDigits(m.group("day")));
    }

    /** Debris before a dateline this long at most is an OCR'd deck or rule, not the story's text. */
    private static final int MAX_DEBRIS_BEFORE_DATELINE = 100;
    /** A sentence's start: after its stop, or after a column rule's debris the OCR set at the line's start ("j Berlin"). */
    private static final Pattern SENTENCE_START = Pattern.compile("(?<=[.;:!?]\\s{1,3}|^[^A-Za-z]{1,4}|^[a-z]\\s{1,2})(?=[A-Z])");
    private static final Pattern WEEKDAY = Pattern.compile("(?i)(?:mon|tues|wednes|thurs|fri|satur|sun)day\\b.*");

    /**
     * Where a dateline starts that an OCR'd line of debris or deck keeps from opening a lead with no credit of its own
     * ("Spelasi Cabie to ne washisstm Mara. Milan, March 9.-Austria is…", ";0 Chicago, March 10. Illinois…"), or -1:
     * a sentence start after the first, within {@value #MAX_DEBRIS_BEFORE_DATELINE} characters, where an old paper's
     * dateline begins.
     */
    static int datelineAfterDebris(String lead) {
        Matcher start = SENTENCE_START.matcher(lead);
        while (start.find() && start.start() <= MAX_DEBRIS_BEFORE_DATELINE) {
            String rest = lead.substring(start.start());
            Matcher m = oldDateline(rest);
            if (start.start() > 0 && m != null && !WEEKDAY.matcher(m.group(1)).matches() && m.group(0).length() <= MAX_CREDIT_LINE) {
                return start.start();
            }
        }
        return -1;
    }

    /**
     * A wire's byline on a line of its own, as old papers print it: "(By Associated Press)", "By United Press.". A
     * wire named without "By" ("International News Service:") runs into the dateline below it and stays there.
     */
    // OCR reads "Press" as "Pren" or "Presa": the wire's first word and the press's first letters say enough
    private static final String WIRE_NAMES = "associated\\s+pr[a-z]{2,4}|united\\s+pr[a-z]{2,4}|international\\s+news\\s+servi[a-z]{2,3}";
    private static final Pattern WIRE_LINE = Pattern.compile(
            "^\\W{0,3}(?:[BP][yv]\\s+(?:the\\s+)?(" + WIRE_NAMES + ")(?:\\s+(?:service|leased\\s+wire|dispatch|telegram))?"
                    + "|(" + WIRE_NAMES + ")\\s+(?:staff\\s+)?correspondent)\\W{0,3}$", Pattern.CASE_INSENSITIVE);
    /** What may follow the month and day of a dateline printed on a line of its own: its stop and dash. */
    private static final Pattern DATELINE_END = Pattern.compile("^[\\s\\d.,:;—–-]*$");

    /**
     * Whether a line is a dateline and nothing more, as a narrow column sets it over the story's first line: "COLUMBUS,
     * N. M.. March 9", "Washington, Oct. 13.—".
     */
    static boolean isDatelineLine(String line) {
        Matcher m = oldDateline(line.strip());
        return m != null && DATELINE_END.matcher(line.strip().substring(m.end())).matches();
    }

    /** Whether a text names a wire in words: "Associated Press", "United Press", "International News Service". */
    static boolean namesWire(String text) {
        return WORDED_WIRE.matcher(text).find();
    }

    /** Whether a short line names a wire in words and leads into the next: "International News Service:". */
    static boolean isWireInWordsLine(String line) {
        String t = line.strip();
        return t.length() <= MAX_GARBLED_CREDIT && t.endsWith(":") && WORDED_WIRE.matcher(t).find();
    }

    /** The wire a line of its own credits ("AP" for "(By Associated Press)", "(United Press staff correspondent.)"), or null. */
    static String wireLine(String line) {
        Matcher m = WIRE_LINE.matcher(line.strip());
        return m.matches() ? wireCode(m.group(1) != null ? m.group(1) : m.group(2)) : null;
    }

    /**
     * A wire's credit the OCR garbled past {@link #wireLine}: a "By" and two words ("iHy Amorlalrd Preu.t",
     * "IB) Auwlilrd Pr.),", "(Br AswtrUted rress.)"), or two words and "Leased Wire" ("(I'nitetl I'i-ess Leased Wire.)").
     */
    private static final Pattern GARBLED_WIRE_LINE = Pattern.compile(
            "^\\W{0,3}(?:\\d\\s+)?[A-Za-z]{0,2}[yjr)]\\W?\\s+(\\S{4,12})\\s+\\S{2,8}\\W{0,10}$"
                    + "|^\\W{0,3}(\\S{4,12})\\s+\\S{2,8}\\s+leased\\s+wire\\W{0,4}$", Pattern.CASE_INSENSITIVE);
    private static final List<String> WIRE_FIRST_WORDS = List.of("associated", "united");
    /** How far a garbled wire's first word may stray from the name, in edits per letter of the name. */
    private static final double WIRE_WORD_STRAY = 0.5;
    private static final double WIRE_WORD_STRAY_SAME_INITIAL = 0.7;
    /**
     * The paper's own correspondent's credit: "Special to The Washington Herald.", "Special Cable to The Herald.", as the
     * OCR reads them ("Bretsal to The Wshinetom Herald.", "MedCable to The Washisgten Heral.").
     */
    private static final Pattern OWN_CORRESPONDENT_LINE = Pattern.compile(
            "^\\W{0,3}(\\S{3,10})(?:\\s+\\S{4,6})?\\s+to\\s+(?:the|ne)\\s+\\S.{2,30}$", Pattern.CASE_INSENSITIVE);
    private static final Pattern CABLED = Pattern.compile("(?i)cable|dispatch|telegra");
    private static final double SPECIAL_STRAY = 0.6;
    private static final LevenshteinDistance EDITS = LevenshteinDistance.getDefaultInstance();
    /** A credit line garbled or not is this short or shorter. */
    static final int MAX_GARBLED_CREDIT = 45;

    /**
     * The wire a line credits though the OCR garbled it past {@link #wireLine} (see {@link #GARBLED_WIRE_LINE}), or
     * null: its first word near "Associated" or "United". Such a line is told from text only by where it stands, over a
     * dateline; the caller sees to that.
     */
    static String garbledWireLine(String line) {
        Matcher m = GARBLED_WIRE_LINE.matcher(line.strip());
        if (!m.matches()) {
            return null;
        }
        String word = letters(m.group(1) != null ? m.group(1) : m.group(2));
        String nearest = null;
        double stray = Double.MAX_VALUE;
        for (String name : WIRE_FIRST_WORDS) {
            double s = (double) EDITS.apply(word, name) / name.length();
            if (s < stray) {
                stray = s;
                nearest = name;
            }
        }
        boolean sameInitial = !word.isEmpty() && word.charAt(0) == nearest.charAt(0);
        return stray <= WIRE_WORD_STRAY || sameInitial && stray <= WIRE_WORD_STRAY_SAME_INITIAL ? wireCode(nearest) : null;
    }

    /**
     * Whether a line is the paper's own correspondent's credit (see {@link #OWN_CORRESPONDENT_LINE}): a first word near
     * "Special" or naming a cable. Told from text only over a dateline, as {@link #garbledWireLine}.
     */
    static boolean isOwnCorrespondentLine(String line) {
        Matcher m = OWN_CORRESPONDENT_LINE.matcher(line.strip());
        if (!m.matches()) {
            return false;
        }
        String word = letters(m.group(1));
        return CABLED.matcher(word).find() || (double) EDITS.apply(word, "special") / "special".length() <= SPECIAL_STRAY;
    }

    /**
     * Where a lead's dateline starts after a credit line the OCR garbled and ran into it ("(By -ftolHtrlt I'rroii.) NEW
     * YORK, June 2. Bouck White…", "Special to The Wahinate Herald. Princeton, N. J., March 9.-"), or -1.
     */
    static int datelineAfterGarbledCredit(String lead) {
        int limit = Math.min(lead.length() - 1, MAX_GARBLED_CREDIT);
        for (int p = 1; p <= limit; p++) {
            if (lead.charAt(p - 1) == ' ' && Character.isUpperCase(lead.charAt(p))) {
                String before = lead.substring(0, p).strip();
                if (garbledWireLine(before) != null || isOwnCorrespondentLine(before)) {
                    Credit credit = parseLead(lead.substring(p));
                    if (credit != null && credit.dateline() != null) {
                        return p;
                    }
                }
            }
        }
        return -1;
    }

    private static String letters(String word) {
        StringBuilder out = new StringBuilder(word.length());
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c < 128 && Character.isLetter(c)) {
                out.append(Character.toLowerCase(c));
            }
        }
        return out.toString();
    }

    /** A listing's line under a head: the writer's name and when the story was filed ("陳玨明 2017/03/02 18:19"). */
    private static final Pattern WRITER_AND_TIME = Pattern.compile(
            "[\\p{IsHan}·]{2,4}\\s+(?:19|20)\\d{2}[/.-]\\d{1,2}[/.-]\\d{1,2}(?:\\s+\\d{1,2}:\\d{2}(?::\\d{2})?)?");

    /** A day written out on a line of its own, as a notice or a letter is dated under its text ("一九五○年五月二十五日"). */
    private static final Pattern SIGNED_DATE = Pattern.compile(
            "[一二三四五六七八九○〇零]{4}\\s*年\\s*[一二三四五六七八九十]{1,2}\\s*月\\s*[一二三四五六七八九十]{1,3}\\s*日");

    /** Whether a line is the date a notice or a letter closes with; it ends the text it closes, as a credit does. */
    static boolean isSignedDate(String line) {
        return SIGNED_DATE.matcher(line).matches();
    }

    /** A byline printed on a line of its own: "黄成 吴莹 本报记者 戈清平", "文/XX记者 李晓旭 图/XX记者 王磊", "By Jane Roe". */
    static boolean isBylineLine(String line) {
        if (line.length() > MAX_CREDIT_LINE * 2 || SENTENCE_PUNCTUATION.matcher(line).find()) {
            return false;
        }
        if (TextShape.isChinese(line)) {
            return line.length() <= MAX_CREDIT_LINE && (CHINESE_BYLINE.matcher(line).find() && shortTokens(line)
                    || WRITER_AND_TIME.matcher(line).matches());
        }
        return LATIN_BYLINE.matcher(line).matches();
    }

    /** A photo credit on a line of its own: "新华社记者 王晔/摄", "图/记者 王磊", "(AP Photo/Jane Roe)". */
    static boolean isPhotoCredit(String line) {
        return line.length() <= MAX_CREDIT_LINE && PHOTO_CREDIT.matcher(line).find()
                && !WRITER_MARK.matcher(line).find();
    }

    /** Whether a text ends in a photo's credit ("… 新华社记者 孟庆彪摄"): a caption, not a writer's credit. */
    static boolean creditsAPhoto(String text) {
        return PHOTO_CREDIT_END.matcher(text).find();
    }

    /** Whether a photo credit's line holds its caption before it: a sentence ends in it ("这是火箭发射。 新华社记者 X 摄"). */
    static boolean captionsItself(String creditLine) {
        return SENTENCE_PUNCTUATION.matcher(creditLine).find();
    }

    /** Whether a paragraph ends in its own photo credit, which makes the whole of it a caption. */
    static boolean endsWithPhotoCredit(String paragraph) {
        if (!endsInClosingBracket(paragraph)) {
            return false; // asked of every paragraph: most are ruled out without running the regex over their tail
        }
        String tail = paragraph.length() > LEAD_WINDOW ? paragraph.substring(paragraph.length() - LEAD_WINDOW) : paragraph;
        return TRAILING_PHOTO_CREDIT.matcher(tail).find();
    }

    /**
     * Whether the text ends in a closing bracket, as {@link #TRAILING_PHOTO_CREDIT} requires: last, or before one line
     * terminator that ends the text (where {@code $} matches too).
     */
    private static boolean endsInClosingBracket(String text) {
        int end = text.length();
        if (end > 0 && isLineTerminator(text.charAt(end - 1))) {
            end -= end >= 2 && text.charAt(end - 1) == '\n' && text.charAt(end - 2) == '\r' ? 2 : 1;
        }
        return end > 0 && (text.charAt(end - 1) == ')' || text.charAt(end - 1) == '）');
    }

    private static boolean isLineTerminator(char c) {
        return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }

    /** A credit that closes a story: "(徐林 岳宗)", "(完)", "(Reporting by …)". */
    static boolean isClosingCredit(String line) {
        return line.length() <= MAX_CREDIT_LINE * 4 && CLOSING_CREDIT.matcher(line).matches();
    }

    /** Where a credit signed behind a mark after the last sentence starts ("■記者 陳曉莉"), or -1. */
    static int markedClosingCreditStart(String paragraph) {
        String tail = paragraph.length() > LEAD_WINDOW ? paragraph.substring(paragraph.length() - LEAD_WINDOW) : paragraph;
        Matcher m = MARKED_CLOSING_CREDIT.matcher(tail);
        return m.find() ? paragraph.length() - tail.length() + m.start(1) : -1;
    }

    /** Whether a closing credit names a reporter ("■記者 陳曉莉", "(记者 王太新)") rather than only a source or initials. */
    static boolean namesReporter(String credit) {
        return REPORTER_ROLE.matcher(credit).find();
    }

    /** The wire a closing credit names alone ("■新華社", "(新华社)"), or null. */
    static String wireOfClosingCredit(String credit) {
        Matcher m = MARKED_CREDIT_LINE.matcher(credit.strip());
        if (m.matches()) {
            return m.group(1);
        }
        m = BRACKETED_WIRE.matcher(credit.strip());
        return m.matches() ? m.group(1) : null;
    }

    /** A story as a listing sets it on one line: its headline, and its writer's credit or its text where the line has them. */
    record Listed(String headline, String byline, String text) {
    }

    /** A listing's line split into the story's headline, writer and text, or null when it is not one. */
    static Listed listed(String line) {
        Matcher m = LISTED_HEAD.matcher(line);
        if (line.length() <= MAX_CREDIT_LINE * 4 && m.matches() && isHeadline(m.group(1))) {
            return new Listed(m.group(1), m.group(2), null);
        }
        m = LISTED_STORY_BY_WRITER.matcher(line);
        if (m.matches() && isHeadline(m.group(1))) {
            return new Listed(m.group(1), m.group(2), m.group(3));
        }
        m = LISTED_STORY_WITH_CREDIT.matcher(line);
        return m.matches() && isHeadline(m.group(1)) ? new Listed(m.group(1), null, m.group(2)) : null;
    }

    /** A headline says what happened in a phrase or two, with no full stop or semicolon in it. */
    private static boolean isHeadline(String text) {
        return !HEADLINE_BREAKERS.matcher(text).find();
    }

    /** Credit lines name people in short tokens; a long run of text is a headline that mentions a reporter. */
    private static boolean shortTokens(String line) {
        for (String token : line.split(" ")) {
            if (token.length() > 12) {
                return false;
            }
        }
        return true;
    }

    private static Dateline dateline(String place, String date) {
        String p = trimToNull(place);
        return p == null && date == null ? null : new Dateline(p, date);
    }

    private static String monthDay(String month, String day) {
        if (month == null || day == null) {
            return null;
        }
        int m = number(month);
        int d = number(day);
        return m >= 1 && m <= 12 && d >= 1 && d <= 31 ? String.format("%02d-%02d", m, d) : null;
    }

    /** 1..31 written in digits or Chinese numerals ("十二", "二十七", "三十一"). */
    private static int number(String s) {
        if (Character.isDigit(s.charAt(0))) {
            return Integer.parseInt(s);
        }
        int ten = s.indexOf('十');
        if (ten < 0) {
            return s.length() == 1 ? CHINESE_DIGITS.indexOf(s.charAt(0)) + 1 : 0;
        }
        int tens = ten == 0 ? 1 : CHINESE_DIGITS.indexOf(s.charAt(0)) + 1;
        int units = ten == s.length() - 1 ? 0 : CHINESE_DIGITS.indexOf(s.charAt(ten + 1)) + 1;
        return ten > 1 || s.length() > ten + 2 ? 0 : tens * 10 + units;
    }

    private static String latinMonthDay(String monthAndDay) {
        if (monthAndDay == null) {
            return null;
        }
        String[] parts = MONTH_DAY_SEPARATOR.split(monthAndDay);
        int month = PageFurniture.monthNumber(parts[0]);
        return month == 0 ? null : monthDay(String.valueOf(month), parts[parts.length - 1]);
    }

    private static String wireCode(String worded) {
        String w = worded.toLowerCase(Locale.ROOT);
        return w.startsWith("associated") ? "AP" : w.startsWith("united") ? "UP" : "INS";
    }

    private static String trimToNull(String s) {
        if (s == null) {
            return null;
        }
        String t = s.strip();
        return t.isEmpty() ? null : t;
    }
}
