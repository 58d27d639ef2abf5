package newsflow.core.split;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * Recognises the lines a page prints around its stories rather than in them: issue dates, issue and page numbers,
 * registration and postal codes, URLs, staff credits, social-media labels, "continued on" notes.
 */
final class PageFurniture {

    /** Furniture lines are short; longer lines are prose even when they mention a phone number or a URL. */
    private static final int MAX_FURNITURE_LENGTH = 60;

    private static final Pattern CHINESE_DATE = Pattern.compile(
            "^(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日(?:$|\\s|星期|周|农历|礼拜)[^。，,；;]{0,30}$");
    /** "2023-04-12", "2023-04-12 星期三", an archive's page title "1988-05-01第6版面所有文章内容", "新闻联播直播:2018-06-02". */
    private static final Pattern ISO_DATE = Pattern.compile("^(?:[\\p{IsHan}]{2,10}[:：]\\s*)?(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})(?:(?:\\s|第\\s*\\d{1,3}\\s*版).{0,30})?$");
    /**
     * A date alone with the day first, as Hong Kong and Malaysian sites print it: "15-06-2018". Read only where the day
     * cannot be a month (over 12); "05-06-2018" could be either order and is left unread.
     */
    private static final Pattern LONE_DAY_FIRST_DATE = Pattern.compile("^(\\d{1,2})[-/.](\\d{1,2})[-/.]((?:19|20)\\d{2})$");
    private static final String MONTHS =
            "(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?"
                    + "|Nov(?:ember)?|Dec(?:ember)?)\\.?";
    private static final Pattern ENGLISH_DATE = Pattern.compile(
            "^(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\\s+)?" + MONTHS + "\\s+(\\d{1,2}),?\\s+(\\d{4})$",
            Pattern.CASE_INSENSITIVE);

    private static final List<Pattern> NOISE = List.of(
            Pattern.compile("^\\S*(?:https?://|www\\.)\\S*$", Pattern.CASE_INSENSITIVE),
            Pattern.compile("刊号|邮发代号|连续出版物号|ISSN|\\bCN\\s*\\d{2}\\s*[-—–]\\s*\\d{4}|总第\\s*\\d+\\s*期|^第\\s*\\d+\\s*期"),
            Pattern.compile("(?:定价|零售价|邮编|邮政编码|社址|许可证|订阅)[^。，,]{0,4}[:：]"
                    + "|(?:热线|电话|传真)\\s*[:：]?\\s*[\\d(（][\\d()（）\\s-]{5,}"),
            Pattern.compile("^[(（\\[【]?(?:本版)?(?:责任编辑|责编|编辑|美编|校对|组版|版式|设计|值班|主编|总编辑|审读|监制|图片编辑|视觉)\\s*[:：/|]"),
            Pattern.compile("^(?:来源|稿源|出处|原标题|Source)\\s*[:：]", Pattern.CASE_INSENSITIVE),
            // a weather line: "上海晴到多云,8~15℃", "北京 多云转晴 -2~9°C"
            Pattern.compile("^[\\p{IsHan}]{0,8}\\s*[\\p{IsHan}]{0,6}(?:晴|阴|陰|云|雲|雨|雪)[\\p{IsHan}]{0,6}\\s*[,，]?\\s*-?\\d{1,2}\\s*[~～至-]\\s*-?\\d{1,2}\\s*(?:℃|°C|度)$"),
            // a broadcaster's credit on a line of its own over a transcript's items: "央视网消息(新闻联播):"
            Pattern.compile("^\\p{IsHan}{2,8}消息\\s*[(（]\\p{IsHan}{2,10}[)）]\\s*[:：]$"),
            // a post's meta line: its writer or source and when it was filed ("作者:X 来源:X 2009-01-28 19:00 评论")
            Pattern.compile("(?:来源|來源|作者)\\s*[:：][^。，,]{0,40}(?:19|20)\\d{2}-\\d{1,2}-\\d{1,2}\\s+\\d{1,2}:\\d{2}"),
            Pattern.compile("^\\S{2,20}(?:主管|主办)(?:\\s+\\S{2,20}(?:主管|主办|出版|协办|承办))*$"),
            // a page label, alone or with its section, as e-papers and archives print it: "第A01版:要闻", "第1版(要闻) 专栏:"
            Pattern.compile("^第?\\s*[A-Z]?[\\d一二三四五六七八九十]{1,3}\\s*版(?:\\s*[(（][\\p{IsHan}·]{0,8}[)）])?(?:\\s*专栏[:：])?"
                    + "(?:\\s*[:：]?\\s*[\\p{IsHan}·]{0,8})?$|^[A-Z]\\d{1,2}(?:\\s*[\\p{IsHan}·]{1,8})?$|^专栏[:：]$"),
            Pattern.compile("^[(（]?(?:下转|上接|转|接|见)第?\\s*[A-Z]?\\d{1,3}\\s*版[)）]?$"),
            Pattern.compile("^.{0,8}(?:微信公众号|公众号|官方微博|客户端|扫码|扫一扫|二维码|关注我们|抖音号).{0,8}$"),
            Pattern.compile("^(?:page|vol\\.?|volume|no\\.)\\s*[A-Z]?\\d+|^continued (?:on|from)|^follow us|^subscribe"
                    + "|^all rights reserved|^©|^copyright", Pattern.CASE_INSENSITIVE),
            Pattern.compile("^\\$\\d+(?:\\.\\d\\d)?$"),
            // a site's widgets and links around a story: "相关推荐", "查看最新新闻联播直播"
            Pattern.compile("^(?:相关推荐|猜你喜欢|相关新闻|相关阅读|热门推荐|推荐阅读|延伸阅读|精彩推荐|相關新聞|延伸閱讀)$"
                    + "|^(?:查看|点击)(?:更多|最新|全文|详情|原文)[\\p{IsHan}]{0,12}$"),
            // a calendar or table row of a page's sidebar: "| 日 | 一 | 二 | 三 | 四 | 五 | 六 |", "|---|"
            Pattern.compile("^\\|(?:[^|]{0,4}\\|){1,}$"),
            // a roundup's title that ends in the days it covers: "一週大事／…（2025.12.29-2026.1.4）"
            Pattern.compile("[（(]\\s*(?:19|20)\\d{2}[./-]\\d{1,2}[./-]\\d{1,2}\\s*[-–~至]\\s*(?:(?:19|20)\\d{2}[./-])?\\d{1,2}[./-]\\d{1,2}\\s*[)）]$"),
            // a page's title that ends in its date: "国际联播快讯20180602"
            Pattern.compile("^[\\p{IsHan}]{2,12}\\s*(?:19|20)\\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\\d|3[01])$"),
            // a site's breadcrumb trail: "首頁 > 文匯報 > 體育 > 正文", "Home » World » Asia"
            Pattern.compile("^[^。，,；;!?！？>＞»›]{0,20}(?:\\s*[>＞»›]\\s*[^。，,；;!?！？>＞»›]{1,16}){2,}(?:\\s*[>＞»›])?$"),
            Pattern.compile("^(?:advertisement|sponsored content|广告|廣告)$", Pattern.CASE_INSENSITIVE),
            // a site's tag list, its label left alone where the tags were links: "標籤:", "关键词："
            Pattern.compile("^(?:标签|標籤|关键词|關鍵詞|关键字|關鍵字|tags?)\\s*[:：]$", Pattern.CASE_INSENSITIVE));

    /** A jump line: the story goes on on a later page. */
    private static final Pattern JUMP = Pattern.compile(
            "^[(（]?(?:下转|转)第?\\s*[A-Z]?\\d{1,3}\\s*版[)）]?$|^\\(?(?:continued|see [\\w\\s]{1,30}) on (?:page )?[A-Z]?\\d{1,3}\\b.{0,20}$"
                    + "|^\\W{0,3}continued on page \\w{1,8}\\W{0,4}$"     // an old page spells it: "(CONTINUED ON PAGE FOUR.)"
                    + "|^\\W{0,3}continued \\S{1,3} pag\\w \\S{1,4}$",     // and its OCR reads it: "[Continued 011 Page IS]", "(Continued on Page l&J"
            Pattern.CASE_INSENSITIVE);
    /** A running head (folio): page label, paper name and issue date on one line, "A4 THE X TRIBUNE TUESDAY, AUGUST 22, 2023". */
    private static final Pattern FOLIO_DATE = Pattern.compile(
            "(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\\s+)?" + MONTHS + "\\s+(\\d{1,2}),?\\s+(\\d{4})",
            Pattern.CASE_INSENSITIVE);
    /** A year as OCR reads it on an old masthead: "1916", "191G", "19l6". */
    private static final String OCR_YEAR = "((?:1[789]|20)[\\dGOolI]{2})";
    /**
     * The issue date under a masthead, with its weekday: "BRYAN, TEXAS, THURSDAY, NOVEMBER 9, 1916.". The weekday lets
     * the rest be read through the OCR's errors: a month misread by a letter ("OCTOHER"), a year's last digit lost to a
     * mark ("191$").
     */
    private static final Pattern WEEKDAY_DATE = Pattern.compile(
            "\\b(?<weekday>Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day(?:\\s+(?:evening|morning|afternoon))?[,.]?\\s+"
                    + "(?<month>[A-Za-z]{3,9})\\.?[,.]?\\s+(?<day>\\d{1,2})[,.;:]?\\s*(?<year>(?:1[789]|20)[\\dGOolI][\\dGOolI$S])(?!\\w)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern MONTH = Pattern.compile(MONTHS, Pattern.CASE_INSENSITIVE);
    private static final List<String> MONTH_NAMES = List.of("january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december");
    /** A month's name this long or longer is told from a misreading one letter off; shorter ones (June, July) are not. */
    private static final int MIN_MISREAD_MONTH = 5;
    private static final LevenshteinDistance ONE_EDIT = new LevenshteinDistance(1);
    /** The same without a weekday, in a line set in capitals: "CAPE GIRARDEAU MISSOURI, OCTOBER 13. 1916.". */
    private static final Pattern CAPS_DATE = Pattern.compile(
            "\\b" + MONTHS + "[,.]?\\s+(\\d{1,2})[,.;:]\\s*" + OCR_YEAR + "\\b", Pattern.CASE_INSENSITIVE);
    private static final int MAX_MASTHEAD_LINE = 120;
    private static final Pattern FOLIO_CHINESE_DATE = Pattern.compile("(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日(?:\\s*星期.|\\s*周.)?");
    private static final Pattern PAGE_LABEL = Pattern.compile("^(?:[A-Z]\\d{1,2}|\\d{1,3}|Page\\s+[A-Z]?\\d{1,3})$", Pattern.CASE_INSENSITIVE);
    private static final Pattern FOLIO_SEPARATORS = Pattern.compile("\\s*[|•·]\\s*|\\s{2,}");
    private static final Pattern SENTENCE_MARKS = Pattern.compile("[。，；;!?！？]|[a-z]\\.\\s");
    private static final int MAX_FOLIO_WORDS = 8;

    private static final Pattern CHINESE_PUBLICATION = Pattern.compile(
            "^[\\p{IsHan}]{2,14}(?:报|報|周刊|週刊|网|網)$");
    private static final Pattern ENGLISH_PUBLICATION = Pattern.compile(
            "^(?:The\\s+)?(?:[A-Z][\\w'.&-]*\\s+){0,4}(?:[A-Z][\\w'.&]*-)?(?:Times|Post|News|Journal|Herald|Gazette|Courier|Tribune|Daily"
                    + "|Chronicle|Observer|Guardian|Telegraph|Record|Star|Sun|Mail|Express|Independent|Register|Inquirer"
                    + "|Globe|Examiner|Monitor|Dispatch|Bulletin|Press|Review|Standard|Mirror"
                    // the words of older titles: "The Evening Herald", "Laclede Blade", "The Bryan Daily Eagle"
                    + "|Eagle|Blade|Democrat|Republican|Argus|Clarion|Enterprise|Sentinel|Leader|Outlook|Citizen|Advocate"
                    + "|Intelligencer|Pilot|Banner|Messenger|Reporter|Transcript|Ledger|Courant|Telegram|Beacon|Recorder"
                    + "|Signal|Patriot|Statesman|Headlight|Tidings|Plaindealer|Picayune|Commoner|Age|Mercury|Appeal"
                    // a state's people ("East Oregonian", "Hopkinsville Kentuckian"); a period printed after the name
                    + "|[A-Z][a-z]+ian)\\.?$",
            Pattern.CASE_INSENSITIVE);

    private PageFurniture() {
    }

    static boolean isNoise(String text) {
        if (text.length() > MAX_FURNITURE_LENGTH) {
            return false;
        }
        if (printedDate(text) != null) {
            return true; // a running head included: printedDate reads its date
        }
        for (Pattern p : NOISE) {
            if (p.matcher(text).find()) {
                return true;
            }
        }
        return false;
    }

    /** A jump line that sends the reader to a later page: "(下转A06版)", "Continued on A6". */
    static boolean isJumpToLaterPage(String text) {
        return text.length() <= MAX_FURNITURE_LENGTH && JUMP.matcher(text).find();
    }

    /** A running head: what is left of it beside its date, split at wide gaps or bars. */
    record Folio(String date, String rest) {
    }

    /**
     * A running head that prints the issue date with the paper's name and a page label ("A4   THE EASTBROOK TRIBUNE
     * TUESDAY, AUGUST 22, 2023", "滨江晚报 | 2023年4月12日 | A05"): the date and the rest, or null when the line is no
     * such head (a sentence that mentions a date).
     */
    static Folio folio(String text) {
        if (text.length() > MAX_FURNITURE_LENGTH || SENTENCE_MARKS.matcher(text).find()) {
            return null;
        }
        String date = null;
        String rest = null;
        Matcher m = FOLIO_DATE.matcher(text);
        if (m.find()) {
            date = isoDate(m.group(3), String.valueOf(monthNumber(m.group(1))), m.group(2));
            rest = text.substring(0, m.start()) + "  " + text.substring(m.end());
        } else {
            m = FOLIO_CHINESE_DATE.matcher(text);
            if (m.find()) {
                date = isoDate(m.group(1), m.group(2), m.group(3));
                rest = text.substring(0, m.start()) + "  " + text.substring(m.end());
            }
        }
        if (date == null) {
            return null;
        }
        List<String> parts = new java.util.ArrayList<>();
        for (String part : FOLIO_SEPARATORS.split(rest.strip())) {
            String p = part.strip();
            if (!p.isEmpty() && !PAGE_LABEL.matcher(p).matches()) {
                parts.add(p);
            }
        }
        String left = String.join(" ", parts);
        if (left.split("\\s+").length > MAX_FOLIO_WORDS) {
            return null;
        }
        return new Folio(date, left.isEmpty() ? null : left);
    }

    /** The publication a running head names, or null. */
    static String folioPublication(String text) {
        Folio f = folio(text);
        if (f == null || f.rest() == null) {
            return null;
        }
        String name = f.rest().replaceFirst("^(?:[A-Z]\\d{1,2}|\\d{1,3})\\s+", "")
                .replaceFirst("\\s+(?:[A-Z]\\d{1,2}|\\d{1,3}|第\\s*[A-Z]?\\d{1,3}\\s*版)$", "");
        return isPublicationName(name) ? name : null;
    }

    private static final Pattern SOURCE_LINE_SEPARATORS = Pattern.compile("[\\s>＞»|｜\\-—_]+");

    /**
     * The publication a furniture line names among other things, or null: a site's breadcrumb trail ("首頁 > 文匯報 >
     * 體育 > 正文") or a portal's source line ("http://… 2005年11月20日02:14 人民网-江南时报": the paper named last is the
     * one the portal took the story from).
     */
    static String publicationAmong(String text) {
        if (text.length() > MAX_FURNITURE_LENGTH) {
            return null;
        }
        String[] parts = SOURCE_LINE_SEPARATORS.split(text.strip());
        for (int i = parts.length - 1; i >= 0 && parts.length >= 2; i--) {
            if (CHINESE_PUBLICATION.matcher(parts[i]).matches()) {
                return parts[i];
            }
        }
        return null;
    }

    /** A host's greeting that gives the day: "今天是2013年2月1号". */
    private static final Pattern GREETING_DATE = Pattern.compile("今天是\\s*((?:19|20)\\d{2})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*[日号號]");

    /** The day a digest's host names in the greeting ("今天是2013年2月1号，首先请看…"), as ISO-8601, or null. */
    static String greetingDate(String text) {
        Matcher m = GREETING_DATE.matcher(text);
        return m.find() ? isoDate(m.group(1), m.group(2), m.group(3)) : null;
    }

    /** The issue date a furniture line prints ("2020年8月24日 星期一"), as ISO-8601, or null. */
    static String printedDate(String text) {
        if (text.length() > MAX_FURNITURE_LENGTH) {
            return null;
        }
        Matcher m = CHINESE_DATE.matcher(text);
        if (m.matches()) {
            return isoDate(m.group(1), m.group(2), m.group(3));
        }
        m = ISO_DATE.matcher(text);
        if (m.matches()) {
            return isoDate(m.group(1), m.group(2), m.group(3));
        }
        m = ENGLISH_DATE.matcher(text);
        if (m.matches()) {
            return isoDate(m.group(3), String.valueOf(monthNumber(m.group(1))), m.group(2));
        }
        m = LONE_DAY_FIRST_DATE.matcher(text.strip());
        if (m.matches() && Integer.parseInt(m.group(1)) > 12) {
            return isoDate(m.group(3), m.group(2), m.group(1));
        }
        Folio f = folio(text);
        return f == null ? null : f.date();
    }

    /**
     * The issue date a masthead line prints in words, as ISO-8601, or null: a date with its weekday, or a month, day and
     * year in a line set in capitals. Only for the top of a page: further down such a date belongs to a story.
     */
    static String mastheadDate(String text) {
        if (text.length() > MAX_MASTHEAD_LINE) {
            return null;
        }
        Matcher m = WEEKDAY_DATE.matcher(text);
        while (m.find()) {
            String date = dateOnItsWeekday(m.group("month"), m.group("day"), m.group("year"), m.group("weekday"));
            if (date != null) {
                return date;
            }
        }
        m = CAPS_DATE.matcher(text);
        if (!m.find() || !mostlyCapitals(text)) {
            return null;
        }
        return isoDate(ocrDigits(m.group(3)), String.valueOf(monthNumber(m.group(1))), m.group(2));
    }

    /**
     * A date printed with its weekday, as ISO-8601, or null. Read as printed, it is taken even where the weekday
     * disagrees and no lookalike year mends it ("JUNE 2, 1926"); read through a misread month or a lost digit, only
     * where the weekday agrees.
     */
    private static String dateOnItsWeekday(String monthWord, String day, String year, String weekday) {
        boolean asPrinted = MONTH.matcher(monthWord).matches();
        int month = asPrinted ? monthNumber(monthWord) : misreadMonth(monthWord, MIN_MISREAD_MONTH);
        if (month == 0) {
            return null;
        }
        DayOfWeek printed = DayOfWeek.valueOf(weekdayName(weekday));
        char last = year.charAt(year.length() - 1);
        if (last == '$' || last == 'S' || last == 's') {
            // a round digit the OCR read as a mark: the one of them on which the day falls on its weekday
            List<String> fitting = new ArrayList<>();
            for (char d : LOOKALIKE_DIGITS.get(0).toCharArray()) {
                String iso = isoDate(ocrDigits(year.substring(0, year.length() - 1) + d), String.valueOf(month), day);
                if (iso != null && LocalDate.parse(iso).getDayOfWeek() == printed) {
                    fitting.add(iso);
                }
            }
            return fitting.size() == 1 ? fitting.get(0) : null;
        }
        String iso = isoDate(ocrDigits(year), String.valueOf(month), day);
        if (iso == null) {
            return null;
        }
        String mended = onItsWeekday(iso, weekday);
        return asPrinted || LocalDate.parse(mended).getDayOfWeek() == printed ? mended : null;
    }

    /** Whether a word is the start of a month's name, three letters or more ("Sept", "November"). */
    static boolean startsMonthName(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return w.length() >= 3 && MONTH_NAMES.stream().anyMatch(name -> name.startsWith(w));
    }

    /** The month a word names with one letter misread ("OCTOHER", "MAECH"), of names this long or longer, or 0. */
    static int misreadMonth(String word, int minLength) {
        String w = word.toLowerCase(Locale.ROOT);
        for (int i = 0; i < MONTH_NAMES.size(); i++) {
            String name = MONTH_NAMES.get(i);
            if (name.length() >= minLength && ONE_EDIT.apply(w, name) >= 0) {
                return i + 1;
            }
        }
        return 0;
    }

    /** Digits as an old page's OCR prints them, read back: G for 6, O for 0, l, I and i for 1 ("191G", "March lO"). */
    static String ocrDigits(String digits) {
        return digits.replace('G', '6').replace('O', '0').replace('o', '0').replace('l', '1').replace('I', '1')
                .replace('i', '1');
    }

    /** Digits an OCR misreads for one another: round ones, and upright strokes. */
    private static final List<String> LOOKALIKE_DIGITS = List.of("035689", "147");

    /**
     * A date whose year the OCR misread by one digit (1918 for 1916), told by the weekday printed with it: the year one
     * lookalike digit apart in its last two ({@link #LOOKALIKE_DIGITS}), nearest first, on which the day falls on that
     * weekday; the date as read when it already does, or when no such year or more than one equally near does.
     */
    static String onItsWeekday(String iso, String weekday) {
        LocalDate read = LocalDate.parse(iso);
        DayOfWeek printed = DayOfWeek.valueOf(weekdayName(weekday));
        if (read.getDayOfWeek() == printed) {
            return iso;
        }
        String year = String.valueOf(read.getYear());
        List<LocalDate> fitting = new ArrayList<>();
        for (int at = year.length() - 2; at < year.length(); at++) {     // the decade or the year: the century reads true
            for (char d = '0'; d <= '9'; d++) {
                if (d != year.charAt(at) && lookalike(d, year.charAt(at))) {
                    // withYear moves 29 February to the 28th: the day must stay the day printed
                    LocalDate other = read.withYear(Integer.parseInt(year.substring(0, at) + d + year.substring(at + 1)));
                    if (other.getDayOfWeek() == printed && other.getDayOfMonth() == read.getDayOfMonth()) {
                        fitting.add(other);
                    }
                }
            }
        }
        fitting.sort(Comparator.comparingInt(other -> Math.abs(other.getYear() - read.getYear())));
        boolean tie = fitting.size() > 1 && Math.abs(fitting.get(0).getYear() - read.getYear())
                == Math.abs(fitting.get(1).getYear() - read.getYear());
        return fitting.isEmpty() || tie ? iso : fitting.get(0).toString();
    }


    private static boolean lookalike(char a, char b) {
        return LOOKALIKE_DIGITS.stream().anyMatch(g -> g.indexOf(a) >= 0 && g.indexOf(b) >= 0);
    }

    private static String weekdayName(String prefix) {
        String p = prefix.toUpperCase(Locale.ROOT);
        return switch (p) {
            case "MON" -> "MONDAY";
            case "TUES" -> "TUESDAY";
            case "WEDNES" -> "WEDNESDAY";
            case "THURS" -> "THURSDAY";
            case "FRI" -> "FRIDAY";
            case "SATUR" -> "SATURDAY";
            default -> "SUNDAY";
        };
    }

    /**
     * A line made of a place, a weekday and a full date, in capitals, and little else: an issue's date line ("VOL. XIII.
     * NO. 281. TACOMA, WASH., THURSDAY, NOVEMBER 9,1916. lc A COPY").
     */
    private static final Pattern ISSUE_DATE_LINE = Pattern.compile(
            "^[A-Z][A-Z0-9 .,'-]{2,60}?[,.]\\s*(?:MON|TUES|WEDNES|THURS|FRI|SATUR|SUN)DAY(?:\\s+(?:EVENING|MORNING|AFTERNOON))?[,.]?\\s+"
                    + "[A-Z]{3,9}\\.?[,.]?\\s+\\d{1,2}[,.;:]?\\s*(?:1[789]|20)[\\dGOolI][\\dGOolI$S](?!\\w).{0,40}$");
    /**
     * The same with no weekday: a place and a month spelled out, day and year, in capitals and nothing after. The OCR
     * may run the day into the year ("SAFFORD GRAHAM COUNTY ARIZONA OCTOBER 131916").
     */
    private static final Pattern PLACE_AND_DATE_LINE = Pattern.compile(
            "^[A-Z][A-Z .,'-]{4,60}?[,.]?\\s+(JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER"
                    + "|DECEMBER)[,.]?\\s+(\\d{1,2})[,.;:]?\\s*((?:1[789]|20)\\d{2})\\.?$");

    /**
     * The issue date of a line that is an issue's date line and little else (see {@link #ISSUE_DATE_LINE} and
     * {@link #PLACE_AND_DATE_LINE}), or null.
     */
    static String datelineOfIssue(String line) {
        if (ISSUE_DATE_LINE.matcher(line).matches()) {
            return mastheadDate(line);
        }
        Matcher m = PLACE_AND_DATE_LINE.matcher(line);
        return m.matches() ? isoDate(m.group(3), String.valueOf(monthNumber(m.group(1))), m.group(2)) : null;
    }

    private static boolean mostlyCapitals(String text) {
        int upper = 0;
        int letters = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                upper += Character.isUpperCase(c) ? 1 : 0;
            }
        }
        return letters > 0 && upper * 10 >= letters * 8;
    }

    /** Whether a line on its own names a newspaper in Latin letters ("The Evening Herald", "LACLEDE BLADE"). */
    static boolean isLatinPublicationName(String text) {
        String t = text.strip();
        // "New. By Wire Daily", "ASSOCIATED PRESS": a service a masthead's ears name, not the paper; "LOCAL NEWS": a
        // section's heading
        return t.length() <= MAX_FURNITURE_LENGTH && ENGLISH_PUBLICATION.matcher(t).matches() && !BY_WORD.matcher(t).find()
                && !CreditParser.namesWire(t) && !SECTION_HEADING.matcher(t).find();
    }

    private static final Pattern BY_WORD = Pattern.compile("(?i)\\bby\\b");
    /** A heading that ends in a section's name ("LOCAL NEWS", "SERVICE LOCAL NEWS" run over two ear lines). */
    private static final Pattern SECTION_HEADING = Pattern.compile("(?i)(?:^|\\s)(?:local|state|war|society|church|sporting"
            + "|sports|county|personal|general|latest|foreign|school|farm|market|social|business)\\s+news$");

    /**
     * A producer a digest's or programme's page names near its top, or null: "欢迎收听由中新社贵州分社出品的新闻早餐",
     * a transcript's title "2025年11月24日新闻联播文字稿", "新闻联播直播:2018-06-02", a labelled source "来源:新闻联播",
     * a broadcaster's credit "央视网消息(新闻联播):" (the programme in brackets).
     */
    static String producerNamed(String line) {
        String text = line.strip();
        if (text.length() > MAX_FURNITURE_LENGTH * 2) {
            return null;
        }
        for (Pattern p : PRODUCER) {
            Matcher m = p.matcher(text);
            if (m.find()) {
                return m.group(1);
            }
        }
        return null;
    }

    private static final Pattern LINE_DATE = Pattern.compile(
            "((?:19|20)\\d{2})\\s*(?:年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日|-(\\d{1,2})-(\\d{1,2})(?:$|\\s))");

    private static final Pattern DOTTED_DATE = Pattern.compile("(?:^|[\\s|｜/])((?:19|20)\\d{2})[./-](\\d{1,2})[./-](\\d{1,2})(?:$|[\\s|｜])");
    /** The day first, as European sites set it: "政治 | 16.12.2017 |". */
    private static final Pattern DAY_FIRST_DATE = Pattern.compile("(?:^|[\\s|｜/])(\\d{1,2})\\.(\\d{1,2})\\.((?:19|20)\\d{2})(?:$|[\\s|｜])");

    /**
     * The day on a top line that credits whoever put the page together and when ("整理/林育辰 |2021.09.17"): a line of
     * no sentence, a writer's mark or a bar before a date written with dots, dashes or slashes; as ISO-8601, or null.
     */
    static String creditLineDate(String line) {
        String text = line.strip();
        if (text.length() > MAX_FURNITURE_LENGTH || SENTENCE_MARKS.matcher(text).find() || text.indexOf('|') < 0 && text.indexOf('/') < 0) {
            return null;
        }
        Matcher m = DOTTED_DATE.matcher(text);
        if (m.find()) {
            return isoDate(m.group(1), m.group(2), m.group(3));
        }
        m = DAY_FIRST_DATE.matcher(text);
        return m.find() ? isoDate(m.group(3), m.group(2), m.group(1)) : null;
    }

    /** The day printed on a line that names a digest's producer ({@link #producerNamed}), as ISO-8601, or null. */
    static String producerLineDate(String line) {
        if (producerNamed(line) == null) {
            return null;
        }
        Matcher m = LINE_DATE.matcher(line);
        return !m.find() ? null : m.group(2) != null ? isoDate(m.group(1), m.group(2), m.group(3)) : isoDate(m.group(1), m.group(4), m.group(5));
    }

    private static final List<Pattern> PRODUCER = List.of(
            Pattern.compile("由(\\p{IsHan}{2,16}?)(?:出品|制作|製作|主办|主辦|编辑|編輯)的"),
            // the maker named before its programme: "欢迎收听中国台湾网《早安,海峡》", "上观新闻『早读』来啦"
            Pattern.compile("[欢歡]迎(?:每天|每日|大家)?(?:收看|收听|收聽|阅读|閱讀)(\\p{IsHan}{2,10})《"),
            Pattern.compile("(?:^|[!！,，。\\s])(\\p{IsHan}{2,10})[『《「][^』》」]{1,12}[』》」](?:来啦|来了|來了|來啦)"),
            // a bracketed credit of the day's report: "【新唐人2014年11月23日訊】", "【大紀元8月6日訊】"
            Pattern.compile("^【(\\p{IsHan}{2,8}?)(?:(?:19|20)\\d{2}\\s*年\\s*)?\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日\\s*(?:訊|讯|電|电)】"),
            Pattern.compile("欢迎(?:每天|每日|大家)?(?:收看|收听|阅读|歡迎收看|收聽|閱讀)《(\\p{IsHan}{2,12})》"),
            Pattern.compile("^\\d{4}年\\d{1,2}月\\d{1,2}日\\s*(\\p{IsHan}{2,10}?)\\s*(?:文字稿|文字版|全文|完整版)$"),
            Pattern.compile("^(\\p{IsHan}{2,10}?)直播\\s*[:：]\\s*\\d{4}-\\d{2}-\\d{2}$"),
            Pattern.compile("(?:^|\\s|\\d)(?:来源|來源)\\s*[:：]\\s*(\\p{IsHan}{2,12})(?:\\s|$)"),
            Pattern.compile("^\\p{IsHan}{2,8}消息\\s*[(（](\\p{IsHan}{2,10})[)）]\\s*[:：]"),
            // a digest's greeting names who gathered it: "…，自贡观察为您梳理每日新鲜资讯！"
            Pattern.compile("(\\p{IsHan}{2,12}?)[为為]您(?:梳理|整理|带来|帶來|奉上|推荐|推薦|播报|播報|盘点|盤點|精选|精選)"),
            // a source in brackets before the day: "【Now新聞台】2020年12月23日報章A1頭條摘要。"
            Pattern.compile("^【([\\p{IsHan}A-Za-z0-9]{2,12})】\\s*(?:19|20)\\d{2}\\s*年\\s*\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日"),
            // a posted article's writer, account and day on one line: "央视评论员 央视新闻 2020-11-06"
            Pattern.compile("^\\S{2,16}\\s+([\\p{IsHan}A-Za-z]{2,12})\\s+(?:19|20)\\d{2}-\\d{1,2}-\\d{1,2}$"));

    /** Whether a line on its own names a newspaper ("羊城晚报", "The Daily Courier"). */
    static boolean isPublicationName(String text) {
        return CHINESE_PUBLICATION.matcher(text).matches() || ENGLISH_PUBLICATION.matcher(text).matches();
    }

    /** The month of a name or abbreviation ("Aug.", "September"), 1..12, or 0 when it names none. */
    static int monthNumber(String name) {
        String m = name.toLowerCase(Locale.ROOT);
        String[] starts = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
        for (int i = 0; i < starts.length; i++) {
            if (m.startsWith(starts[i])) {
                return i + 1;
            }
        }
        return 0;
    }

    private static String isoDate(String year, String month, String day) {
        try {
            return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day)).toString();
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }
}
