package newsflow.bench;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.corpus.io.IOUtil;
import com.hankcs.hanlp.seg.common.Term;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.UnaryOperator;
import newsflow.core.split.PageSplitter;
import newsflow.core.split.SplitArticle;
import newsflow.producer.PageMetadata;

/**
 * A synthetic corpus of newspaper pages made from the seed pages in {@code sources/}. Every fresh article is new
 * text: sentences of the seed articles recombined, and in each sentence a share of the content words replaced by
 * others of the same part of speech (a third, by words of the seed pages; or, in {@link Wording#DICTIONARY}, all of
 * them, by words of HanLP's synonym dictionary), person names, places and figures changed. At least
 * {@link #REPRINT_SHARE} of the articles are reprints of an earlier one, edited the way papers edit a wire story (the
 * edits of {@code ReprintEvaluationTest}: truncation, paragraphs cut or reordered or added, word substitutions, an editor's
 * note, traditional script, punctuation and spacing), and a small share of the pages is an exact re-send. The pages
 * are plain text laid out like the seed pages (masthead, date line, heads, paragraphs separated by blank lines) and
 * carry publication, date and content-type headers as a feed would. Deterministic for a given seed.
 */
public final class Corpus {
    /** The share of article slots filled with an edited reprint of an earlier article. */
    public static final double REPRINT_SHARE = 0.25;
    /** The share of pages that are an exact re-send of an earlier page. */
    public static final double RESEND_SHARE = 0.02;
    /** A reprint is of one of the last this many fresh stories. */
    private static final int REPRINT_REACH = 2_000;

    /** One page to publish: its bytes (kept in a {@link PageFile}), its headers, and what went into it. */
    public record CorpusPage(PageFile.Slice bytes, PageMetadata metadata, int articles, int reprints, boolean resend) {
        public byte[] value() {
            return bytes.read();
        }

        public int size() {
            return bytes.length();
        }
    }

    /** A generated story: heads and paragraphs. */
    record Story(String headline, String subheadline, List<String> paragraphs) {
        int length() {
            return headline.length() + paragraphs.stream().mapToInt(String::length).sum();
        }
    }

    /** How a paper edits a wire story. */
    record Edit(String name, UnaryOperator<List<String>> apply) {
    }

    private static final String[] SURNAMES = ("王 李 张 刘 陈 杨 黄 赵 吴 周 徐 孙 马 朱 胡 郭 何 高 林 罗 郑 梁 谢 宋 唐 许 韩 冯 邓 曹 彭 曾 肖 田 董 袁 潘 于 蒋 蔡 余 杜 叶 程 苏 魏 吕 丁 任 沈").split(" ");
    private static final String[] GIVEN = ("伟 芳 娜 敏 静 丽 强 磊 军 洋 勇 艳 杰 娟 涛 明 超 秀 霞 平 刚 桂 英 华 建 国 文 辉 鹏 宇 晓 红 志 海 波 宁 林 斌 春 晨 琳 雪 玉 东 亮 凯 峰 浩 鑫 欣").split(" ");
    private static final String[] PLACES = ("北京 上海 天津 重庆 广州 深圳 杭州 南京 苏州 合肥 武汉 成都 西安 长沙 郑州 济南 青岛 厦门 福州 南昌 昆明 贵阳 南宁 海口 "
            + "兰州 西宁 银川 太原 石家庄 呼和浩特 沈阳 长春 哈尔滨 宁波 无锡 温州 佛山 东莞 珠海 汕头 湛江 大连 烟台 徐州 常州 扬州 绍兴 嘉兴 芜湖 蚌埠 "
            + "安徽 江苏 浙江 广东 福建 江西 湖南 湖北 河南 河北 山东 山西 陕西 四川 云南 贵州 甘肃 辽宁 吉林 黑龙江 海南 广西 浦东 黄埔 临港").split(" ");
    private static final String[] PAPERS = ("羊城晚报 中国高新技术产业导报 南方日报 新华日报 浙江日报 解放日报 文汇报 北京日报 湖北日报 四川日报 大众日报 "
            + "河南日报 安徽日报 福建日报 江西日报 湖南日报 广西日报 云南日报 贵州日报 陕西日报 甘肃日报 辽宁日报 吉林日报 黑龙江日报 天津日报 "
            + "重庆日报 海南日报 河北日报 山西日报 新民晚报 扬子晚报 钱江晚报 齐鲁晚报 今晚报 北京晚报 广州日报 深圳特区报 南方都市报").split(" ");
    private static final String[] WEEKDAYS = {"一", "二", "三", "四", "五", "六", "日"};
    private static final String[] NOTES = {
        "编者按：本报今日转载此文，以飨读者。文章略有删节，标题为编者所加。",
        "编者按：为帮助读者了解有关情况，本报转发这篇报道，内容有删节。",
        "本报综合报道 以下内容据新华社电稿编发，有删节。"};
    private static final String[] CLOSINGS = {"（本文转载时有删改，责任编辑：王明）", "（责任编辑：李华 校对：张强）", "（据新华社电）"};
    private static final String[] ADDED = {
        "记者从有关部门了解到，相关工作将于近期陆续展开，各地将结合实际制定具体方案，确保各项任务按期完成。",
        "本报记者在采访中了解到，当地群众对此反响热烈，普遍认为各项措施符合实际、切实可行，期待早日见到成效。",
        "据悉，有关方面还将组织专家开展专题调研，及时总结推广好经验好做法，为下一步工作提供参考。"};

    static final List<Edit> EDITS = List.of(
            new Edit("truncated to 60%", p -> truncate(p, 0.6)),
            new Edit("truncated to 35%", p -> truncate(p, 0.35)),
            new Edit("every third paragraph cut", Corpus::cutEveryThird),
            new Edit("paragraphs reordered", Corpus::reorder),
            new Edit("editor's note added", p -> withNote(p)),
            new Edit("a paragraph of its own added", p -> append(p, ADDED[Math.abs(p.hashCode()) % ADDED.length])),
            new Edit("words substituted", p -> map(p, t -> t.replace("发展", "进步").replace("推动", "促进").replace("要", "需").replace("工作", "任务"))),
            new Edit("traditional script", p -> map(p, HanLP::convertToTraditionalChinese)),
            new Edit("punctuation and spacing", p -> map(p, t -> t.replace("，", ",").replace(",", " , ").replace("。", ". "))));

    /** Which words replace a seed sentence's content words in a fresh story. */
    public enum Wording {
        /** A third of them, by others of the seed pages: unrelated stories share much of their wording. */
        SEED(0.35),
        /** All of them, by words of HanLP's synonym dictionary: unrelated stories share about as little as real ones. */
        DICTIONARY(1.0);

        private final double swapShare;

        Wording(double swapShare) {
            this.swapShare = swapShare;
        }
    }

    /** Seed sentences, segmented once: the material every article is made of. */
    private final List<List<Term>> sentences = new ArrayList<>();
    private final List<String> seedHeadlines = new ArrayList<>();
    private final Map<String, List<String>> wordsByNature;
    private final Wording wording;

    private Corpus(List<String> seedPages, Wording wording) {
        wordsByNature = wording == Wording.DICTIONARY ? dictionaryWords() : new HashMap<>();
        this.wording = wording;
        PageSplitter splitter = new PageSplitter();
        for (String page : seedPages) {
            for (SplitArticle a : splitter.split(page).articles()) {
                if (a.headline() != null) {
                    seedHeadlines.add(a.headline());
                }
                for (String paragraph : a.body().split("\n")) {
                    for (String sentence : sentencesOf(paragraph)) {
                        if (sentence.length() >= 8) {
                            List<Term> terms = HanLP.segment(sentence);
                            sentences.add(terms);
                            for (Term t : terms) {
                                String cls = natureClass(t);
                                if (cls != null && t.word.length() >= 2 && wording == Wording.SEED) {
                                    wordsByNature.computeIfAbsent(cls, k -> new ArrayList<>()).add(t.word);
                                }
                            }
                        }
                    }
                }
            }
        }
        if (sentences.isEmpty()) {
            throw new IllegalStateException("the seed pages hold no article text to build a corpus from");
        }
    }

    /** A corpus generator over the pages (every {@code .txt}, {@code .md}) of a sources folder. */
    public static Corpus fromSources(Path sources) {
        return fromSources(sources, Wording.SEED);
    }

    /** The same, with the given wording of fresh stories. */
    public static Corpus fromSources(Path sources, Wording wording) {
        try (var files = Files.list(sources)) {
            List<String> pages = new ArrayList<>();
            for (Path f : files.sorted().toList()) {
                String name = f.getFileName().toString();
                if (Files.isRegularFile(f) && (name.endsWith(".txt") || name.endsWith(".md"))) {
                    pages.add(Files.readString(f, StandardCharsets.UTF_8));
                }
            }
            if (pages.isEmpty()) {
                throw new IllegalArgumentException("no seed pages (.txt, .md) in " + sources);
            }
            return new Corpus(pages, wording);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the seed pages in " + sources, e);
        }
    }

    /** The {@code sources/} folder of the repository above the working directory. */
    public static Path defaultSources() {
        for (Path d = Path.of("").toAbsolutePath(); d != null; d = d.getParent()) {
            if (Files.isDirectory(d.resolve("sources")) && Files.isRegularFile(d.resolve("sources/catalog.json"))) {
                return d.resolve("sources");
            }
        }
        return Path.of("sources");
    }

    /** {@code n} pages, deterministic for {@code seed}. */
    public List<CorpusPage> pages(int n, long seed) {
        Random rnd = new Random(seed);
        List<CorpusPage> out = new ArrayList<>(n);
        PageFile file = new PageFile();
        List<Story> published = new ArrayList<>();
        LocalDate day = LocalDate.of(2020, 8, 1);
        for (int i = 0; i < n; i++) {
            if (i > 10 && rnd.nextDouble() < RESEND_SHARE) {
                CorpusPage earlier = out.get(out.size() - 1 - rnd.nextInt(Math.min(out.size(), 200)));
                out.add(new CorpusPage(earlier.bytes(), earlier.metadata(), earlier.articles(), earlier.articles(), true));
                continue;
            }
            LocalDate date = day.plusDays(i / 400);
            String paper = PAPERS[rnd.nextInt(PAPERS.length)];
            StringBuilder page = new StringBuilder(16_000);
            page.append(paper).append("\n\n").append(date.getYear()).append("年").append(date.getMonthValue()).append("月")
                    .append(date.getDayOfMonth()).append("日 星期").append(WEEKDAYS[date.getDayOfWeek().getValue() - 1]).append("\n\n");
            int articles = 0;
            int reprints = 0;
            // a page of about 5,000 characters, as the seed pages: articles until it is full
            while (page.length() < 4_600 || articles == 0) {
                Story story;
                if (published.size() > 20 && rnd.nextDouble() < REPRINT_SHARE) {
                    Story original = published.get(published.size() - 1 - rnd.nextInt(Math.min(published.size(), REPRINT_REACH)));
                    Edit edit = EDITS.get(rnd.nextInt(EDITS.size()));
                    List<String> edited = edit.apply().apply(original.paragraphs());
                    String headline = edit.name().equals("traditional script")
                            ? HanLP.convertToTraditionalChinese(original.headline()) : original.headline();
                    story = new Story(headline, null, edited);
                    reprints++;
                } else {
                    story = freshStory(rnd, paper);
                    published.add(story);
                    if (published.size() > REPRINT_REACH) {
                        published.remove(0); // never reprinted any more: out of reach
                    }
                }
                appendStory(page, story);
                articles++;
            }
            PageMetadata meta = new PageMetadata(paper, date.toString(), String.valueOf(1 + rnd.nextInt(16)), null, "text/plain");
            out.add(new CorpusPage(file.append(page.toString().getBytes(StandardCharsets.UTF_8)), meta, articles, reprints, false));
        }
        return out;
    }

    /** Synthetic stories alone (no pages), for the dedup bench: cheap enough for a million. */
    public Story story(Random rnd) {
        return freshStory(rnd, PAPERS[rnd.nextInt(PAPERS.length)]);
    }

    /** An edited reprint of a story, by one of the {@link #EDITS}. */
    public static Story reprint(Story original, Random rnd) {
        return new Story(original.headline(), null, EDITS.get(rnd.nextInt(EDITS.size())).apply().apply(original.paragraphs()));
    }

    public static String text(Story s) {
        return s.headline() + "\n" + String.join("\n", s.paragraphs());
    }

    private Story freshStory(Random rnd, String paper) {
        // article lengths as on the seed pages: briefs of a few hundred characters to wire stories of 3,000
        int targetChars = rnd.nextDouble() < 0.2 ? 2_000 + rnd.nextInt(1_200) : 350 + rnd.nextInt(1_100);
        List<String> paragraphs = new ArrayList<>();
        int length = 0;
        while (length < targetChars) {
            StringBuilder p = new StringBuilder();
            int n = 1 + rnd.nextInt(4);
            for (int s = 0; s < n; s++) {
                p.append(perturb(sentences.get(rnd.nextInt(sentences.size())), rnd));
            }
            paragraphs.add(p.toString());
            length += p.length();
        }
        String credit = switch (rnd.nextInt(4)) {
            case 0 -> "新华社" + PLACES[rnd.nextInt(24)] + (1 + rnd.nextInt(12)) + "月" + (1 + rnd.nextInt(28)) + "日电 ";
            case 1 -> paper + "讯 记者" + name(rnd) + "、" + name(rnd) + "报道:";
            case 2 -> "本报讯 ";
            default -> "";
        };
        paragraphs.set(0, credit + paragraphs.get(0));
        String headline = rnd.nextBoolean()
                ? perturbText(seedHeadlines.isEmpty() ? clause(rnd) : seedHeadlines.get(rnd.nextInt(seedHeadlines.size())), rnd)
                : clause(rnd);
        String sub = rnd.nextInt(3) == 0 ? clause(rnd) : null;
        return new Story(headline, sub, paragraphs);
    }

    /** A headline made of a sentence's first clause. */
    private String clause(Random rnd) {
        for (int tries = 0; tries < 20; tries++) {
            String s = perturb(sentences.get(rnd.nextInt(sentences.size())), rnd);
            int cut = indexOfAny(s, "，,。；：、");
            String c = (cut > 0 ? s.substring(0, cut) : s).strip();
            if (c.length() >= 8 && c.length() <= 28) {
                return c;
            }
        }
        return perturbText(seedHeadlines.isEmpty() ? "推动高质量发展取得新成效" : seedHeadlines.get(rnd.nextInt(seedHeadlines.size())), rnd);
    }

    private String perturbText(String text, Random rnd) {
        return perturb(HanLP.segment(text), rnd);
    }

    /** A seed sentence with its names, places and figures changed and about a third of its content words swapped. */
    private String perturb(List<Term> terms, Random rnd) {
        StringBuilder out = new StringBuilder(64);
        for (Term t : terms) {
            String nature = t.nature == null ? "" : t.nature.toString();
            String w = t.word;
            if (nature.startsWith("nr") && w.length() >= 2) {
                out.append(name(rnd));
            } else if (nature.startsWith("ns")) {
                out.append(PLACES[rnd.nextInt(PLACES.length)]);
            } else if (nature.equals("m") && w.chars().anyMatch(Character::isDigit)) {
                for (char c : w.toCharArray()) {
                    out.append(Character.isDigit(c) ? (char) ('0' + rnd.nextInt(10)) : c);
                }
            } else {
                String cls = natureClass(t);
                List<String> pool = cls == null ? null : wordsByNature.get(cls);
                out.append(pool != null && w.length() >= 2 && rnd.nextDouble() < wording.swapShare ? pool.get(rnd.nextInt(pool.size())) : w);
            }
        }
        return out.toString();
    }

    private static String natureClass(Term t) {
        if (t.nature == null) {
            return null;
        }
        String n = t.nature.toString();
        if (n.startsWith("nr") || n.startsWith("ns") || n.startsWith("nt")) {
            return null;
        }
        if (n.equals("n") || n.equals("nz") || n.equals("vn") || n.equals("gi") || n.equals("nis")) {
            return "n";
        }
        if (n.equals("v")) {
            return "v";
        }
        if (n.equals("a") || n.equals("ad")) {
            return "a";
        }
        return null;
    }

    /**
     * The words of HanLP's synonym dictionary (Tongyici Cilin) of two or more characters, by the classes the seed's
     * words are swapped within: Cilin's classes A–D are nouns, E qualities, F–J actions and states.
     */
    private static Map<String, List<String>> dictionaryWords() {
        Map<String, List<String>> words = new HashMap<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                IOUtil.newInputStream(HanLP.Config.CoreSynonymDictionaryDictionaryPath), StandardCharsets.UTF_8))) {
            for (String line; (line = in.readLine()) != null; ) {
                String[] fields = line.strip().replace("\uFEFF", "").split(" ");
                char group = fields[0].isEmpty() ? ' ' : fields[0].charAt(0);
                String cls = group >= 'A' && group <= 'D' ? "n" : group == 'E' ? "a" : group >= 'F' && group <= 'J' ? "v" : null;
                for (int i = 1; cls != null && i < fields.length; i++) {
                    if (fields[i].length() >= 2) {
                        words.computeIfAbsent(cls, k -> new ArrayList<>()).add(fields[i]);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read HanLP's synonym dictionary", e);
        }
        return words;
    }

    private static String name(Random rnd) {
        return SURNAMES[rnd.nextInt(SURNAMES.length)] + GIVEN[rnd.nextInt(GIVEN.length)]
                + (rnd.nextBoolean() ? GIVEN[rnd.nextInt(GIVEN.length)] : "");
    }

    private static void appendStory(StringBuilder page, Story story) {
        page.append(story.headline()).append("\n\n");
        if (story.subheadline() != null) {
            page.append(story.subheadline()).append("\n\n");
        }
        for (String p : story.paragraphs()) {
            page.append(p).append("\n\n");
        }
    }

    private static List<String> sentencesOf(String paragraph) {
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < paragraph.length(); i++) {
            char c = paragraph.charAt(i);
            if (c == '。' || c == '！' || c == '？') {
                int end = i + 1;
                while (end < paragraph.length() && (paragraph.charAt(end) == '”' || paragraph.charAt(end) == '’')) {
                    end++;
                }
                out.add(paragraph.substring(start, end));
                start = end;
                i = end - 1;
            }
        }
        return out;
    }

    private static int indexOfAny(String s, String chars) {
        for (int i = 0; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }

    // ------------------------------------------------------------------------------------------------ edits

    /** The first share of the text, cut at the end of a sentence as an editor would. */
    private static List<String> truncate(List<String> paragraphs, double share) {
        int total = paragraphs.stream().mapToInt(String::length).sum();
        int budget = (int) (total * share);
        List<String> out = new ArrayList<>();
        for (String p : paragraphs) {
            if (p.length() <= budget) {
                out.add(p);
                budget -= p.length();
                continue;
            }
            int cut = p.lastIndexOf('。', budget);
            if (cut > 0) {
                out.add(p.substring(0, cut + 1));
            }
            break;
        }
        return out.isEmpty() ? List.of(paragraphs.get(0)) : out;
    }

    private static List<String> cutEveryThird(List<String> paragraphs) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < paragraphs.size(); i++) {
            if (i % 3 != 2) {
                out.add(paragraphs.get(i));
            }
        }
        return out;
    }

    private static List<String> reorder(List<String> paragraphs) {
        List<String> out = new ArrayList<>(paragraphs);
        Collections.reverse(out.subList(out.size() / 2, out.size()));
        Collections.rotate(out, 2);
        return out;
    }

    private static List<String> withNote(List<String> paragraphs) {
        List<String> out = new ArrayList<>();
        int k = Math.abs(paragraphs.hashCode());
        out.add(NOTES[k % NOTES.length]);
        out.addAll(paragraphs);
        out.add(CLOSINGS[k % CLOSINGS.length]);
        return out;
    }

    private static List<String> append(List<String> paragraphs, String paragraph) {
        List<String> out = new ArrayList<>(paragraphs);
        out.add(paragraph);
        return out;
    }

    private static List<String> map(List<String> paragraphs, UnaryOperator<String> f) {
        return paragraphs.stream().map(f).toList();
    }
}
