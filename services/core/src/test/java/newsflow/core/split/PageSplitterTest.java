package newsflow.core.split;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import newsflow.model.Dateline;
import org.junit.jupiter.api.Test;

class PageSplitterTest {

    private final PageSplitter splitter = new PageSplitter();

    @Test
    void emptyAndBlankPagesHoldNoArticles() {
        for (String page : new String[] {null, "", "   ", "\n\n\t \r\n\u3000\n"}) {
            SplitPage split = splitter.read(page);
            assertTrue(split.articles().isEmpty());
            assertNull(split.publication());
            assertNull(split.date());
        }
    }

    @Test
    void aPageOfFurnitureOnlyHoldsNoArticles() {
        String page = """
                江城日报

                2021年3月5日 星期五
                第12期(总第345期)

                统一刊号 CN12—3456
                邮发代号 7—89
                http://paper.example.com

                微信公众号
                """;
        SplitPage split = splitter.read(page);
        assertEquals(List.of(), split.articles());
        assertEquals("2021-03-05", split.date());
        assertEquals("江城日报", split.publication());
    }

    @Test
    void aDigestUnderASitesNoticesIsAnArticleAnItemUnderItsLabel() {
        // Given a weekly digest page: the site's notices and title, a summary line, then a label over items of a head
        // and one paragraph each
        String page = """
                本網站使用相關技術提供更好的閱讀體驗,同時尊重使用者隱私。

                新聞APP

                下載

                0317-0323一週大事

                一週大事關注焦點:歐盟領袖同意英延後脫歐/鈴木一朗宣布退休/紐西蘭嚴管槍枝

                國際新聞:

                歐盟27國領袖點頭 英延後脫歐可延至5月22日

                歐盟領袖峰會21日長達逾7小時急商,為延長脫歐期限設下2種情境,若下週英國國會通過脫歐協議,脫歐期限可延長至5月22日。

                鈴木一朗宣布退休 28年職棒生涯落幕

                美職西雅圖水手隊日籍球星鈴木一朗在大聯盟日本海外開幕戰賽後宣布退休,生涯累計4367支安打。

                基督城恐攻後6天 紐西蘭嚴管槍枝被網友推爆

                紐西蘭總理阿爾登21日宣布,紐西蘭禁止販售攻擊步槍與半自動武器,禁令立即生效。
                """;

        // Then each item is an article of its own, the label its kicker without the colon
        List<SplitArticle> items = splitter.read(page).articles().stream().filter(a -> "國際新聞".equals(a.kicker())).toList();
        assertEquals(List.of("歐盟27國領袖點頭 英延後脫歐可延至5月22日", "鈴木一朗宣布退休 28年職棒生涯落幕",
                "基督城恐攻後6天 紐西蘭嚴管槍枝被網友推爆"), items.stream().map(SplitArticle::headline).toList());
        assertTrue(items.get(0).body().endsWith("脫歐期限可延長至5月22日。"), items.get(0).body());
    }

    @Test
    void aColumnOfSignedPiecesIsAPieceForEachWriter() {
        // Given a supplement's column: each piece under its writer's name alone on a line, one piece a poem
        String page = """
                张新玲
                1983年6月23日本是一个普通的日子,于我而言却是终生难忘。
                冯宝新
                时光是枚薄刃
                轻轻一挑 就挑开四十年的茧
                我数着指缝里漏下的光
                每一粒都沾着油墨香
                姜远娜
                我一直坚信,人和人、人和事物的相遇是需要缘分的。
                """;

        // Then each piece is an article signed by its writer, under no headline; the poem's lines are its text
        List<SplitArticle> pieces = splitter.read(page).articles();
        assertEquals(List.of("张新玲", "冯宝新", "姜远娜"), pieces.stream().map(SplitArticle::byline).toList());
        assertTrue(pieces.stream().allMatch(a -> a.headline() == null), pieces.toString());
        assertTrue(pieces.get(1).body().startsWith("时光是枚薄刃"), pieces.get(1).body());
    }

    @Test
    void aHeadRunIntoItsLeadsLineBeforeABracketedCreditIsTheHead() {
        // Given an e-paper's export that ran a story's headline and deck into the line of its credited lead
        String page = """
                維州增21728例6人死亡 RAT陽性結果報告系統上線 【本報墨爾本訊】維州增21,728例新冠肺炎確診病例,高於前一日。
                """;

        // Then the headline and deck are the head, and the text starts at the credit
        SplitArticle a = splitter.read(page).articles().get(0);
        assertEquals("維州增21728例6人死亡", a.headline());
        assertEquals("RAT陽性結果報告系統上線", a.subheadline());
        assertTrue(a.body().startsWith("【本報墨爾本訊】維州增"), a.body());
    }

    @Test
    void aTableOfFiguresExportedACellALineIsNoStoryHead() {
        // Given a statistics box exported one cell a line (column heads, then a label and its figures a row) over a story
        String page = """
                確診
                死亡
                全澳洲
                763393
                2322
                新州
                380758
                700
                維州
                274390
                1565
                塔州
                5911
                13
                疫苗接種率創新高
                【本報悉尼訊】新州昨日再有數萬人接種疫苗,當局表示接種率已創新高。
                """;

        // Then the table's labels head nothing: the story's headline is its own
        List<SplitArticle> articles = splitter.read(page).articles();
        assertEquals(1, articles.size(), articles.toString());
        assertEquals("疫苗接種率創新高", articles.get(0).headline());
    }

    @Test
    void aTeasersCutMarkIsNoneOfItsText() {
        // Given a site's listing of teasers, each cut off by the site mid-word with an ellipsis or dots
        String page = """
                新城A區人口住宅密度俱增

                人口密度及住宅密度增加,可以預見新城A區居民日後的生活空間將會縮小,這似⋯

                載人登月任務穩步推進

                中國計劃2030年前實現中國人首次登陸月球的目標,載人月球探測工程登月階段任務各...
                """;

        // Then each body ends where the site cut it, without the mark; a story that ends on its own "……" keeps it
        List<SplitArticle> items = splitter.read(page).articles();
        assertTrue(items.get(0).body().endsWith("這似"), items.get(0).body());
        assertTrue(items.get(1).body().endsWith("任務各"), items.get(1).body());
        assertTrue(splitter.read("他說\n\n「我們再等等……」").articles().get(0).body().endsWith("……」"));
    }

    @Test
    void aTranscriptsRunOfItemsIsADigestThoughOtherSegmentsFollow() {
        // Given a programme's transcript: its host's opening, four items of a short head and a paragraph, then a
        // segment of another form (labelled parts)
        String page = """
                换个角度看新闻,这里有最新鲜的资讯。欢迎每天收看本节目。
                霾预警
                近日,我国中东部地区被大范围雾霾笼罩,中央气象台第一次专门针对霾发布了预警。
                鞭刑
                刑事犯罪高发怎么办?全国人大代表陈伟才建议引进新加坡鞭刑。
                最美园长
                近日,浙江金华一名女园长死死抱住持刀闯入幼儿园的男子,被网友称为最美园长。
                大学生猪倌
                近日,北大高材生陈生领衔的大学生猪肉倌正式在上海12个菜市场亮相。
                【标题】不是逃离是无奈
                【口播】吸着有毒的空气,喝着不靠谱的水。
                【正文】如果说,人才竞争激烈、资源紧张都没能撼动他们。
                """;

        // Then each item is an article under its own head
        List<String> heads = splitter.read(page).articles().stream().map(SplitArticle::headline).toList();
        assertTrue(heads.containsAll(List.of("霾预警", "鞭刑", "最美园长", "大学生猪倌")), heads.toString());
    }

    @Test
    void aRoundupsTitleAndItsLinksToExplainersHeadNothing() {
        // Given a weekly roundup: its title with the days it covers, items whose paragraphs are set between links
        // to explainers (short questions)
        String page = """
                一週大事／美國抓走委內瑞拉總統夫妻 中共擴大環台軍演 （2025.12.29-2026.1.4）
                中共環台軍演（12/29）
                中國29日突宣布對台發動環台軍演，演習範圍涵蓋台灣海峽，並於30日展開實彈射擊。
                總統府回應？
                美國回應？
                中國人民解放軍東部戰區30日聲稱，對台灣南北兩端海域實施遠程火力實彈射擊。
                如何識別認知作戰影片？
                美國抓走委內瑞拉總統夫妻（1/3）
                委內瑞拉首都於當地時間3日凌晨遭美軍空襲，美國總統宣布已生擒委國總統夫妻。
                稍晚美國表示2人已被押送至紐約的看守所，並將起訴。
                """;

        // Then the items are the articles, under their own heads, and the links are none of their text
        List<SplitArticle> items = splitter.read(page).articles();
        assertEquals(List.of("中共環台軍演（12/29）", "美國抓走委內瑞拉總統夫妻（1/3）"), items.stream().map(SplitArticle::headline).toList());
        assertFalse(items.get(0).body().contains("回應？"), items.get(0).body());
    }

    @Test
    void aMorningDigestsMarkedSectionsHeadlinesAndBulletedItemsAreRead() {
        // Given a morning digest: a weather line, sections behind "§", a headline behind "▌", items behind "●"
        String page = """
                上海晴到多云,8~15℃
                § 今日关注
                ▌中国必须统一,必然统一
                ※国防部新闻发言人9日就美国国会议员窜访台湾发表谈话。
                他强调,中国必须统一,也必然统一。
                § 国内
                ● 虚假诉讼,损害司法权威。最高人民法院9日发布意见。
                ● 中国石油辽河油田储气库群日前打开10口采气井阀门。
                ● 司法部近日印发通知,严格规范司法行政干警配偶经商办企业行为。
                """;

        // Then the headline is one under its section's label, each bulleted item an article under its section's, and
        // the weather is no story
        List<SplitArticle> articles = splitter.read(page).articles();
        assertEquals(4, articles.size(), articles.toString());
        assertEquals("中国必须统一,必然统一", articles.get(0).headline());
        assertEquals("今日关注", articles.get(0).kicker());
        assertEquals(List.of("国内", "国内", "国内"), articles.subList(1, 4).stream().map(SplitArticle::kicker).toList());
        assertTrue(articles.get(2).body().startsWith("●中国石油"), articles.get(2).body());
    }

    @Test
    void aListBehindMiddleDotsIsAnItemALineAndItsClosingNoteAPieceOfItsOwn() {
        // Given a morning brief: a greeting naming the day and who gathered it, items behind "·" (some grouped in one
        // block), and a closing note under them
        String page = """
                朋友们,早上好,今天是2025年3月14日,星期五。南湖晨报为您梳理每日新鲜资讯!

                ·南湖大桥14日起封闭施工,预计工期两个月。

                ·市统计局:前两个月全市社会消费品零售总额增长4.1%。
                ·市气象台发布大风蓝色预警。
                ·第三届南湖马拉松3月30日开跑。

                在信息多如潮水的时代,慢一点读新闻,也许能读懂更多。
                """;

        // Then each item is an untitled article, the note one more, and the brief names its maker and its day
        SplitPage split = splitter.read(page);
        List<SplitArticle> articles = split.articles();
        assertEquals(5, articles.size(), articles.toString());
        assertTrue(articles.get(1).body().endsWith("零售总额增长4.1%。"), articles.get(1).body());
        assertTrue(articles.get(4).body().startsWith("在信息多如潮水的时代"), articles.get(4).body());
        assertEquals("南湖晨报", split.publication());
        assertEquals("2025-03-14", split.date());
    }

    @Test
    void headsSetAlikeOpenAnArticleEachHoweverLongTheTextUnderThem() {
        // Given a week in review whose heads stand under section numbers, over two paragraphs each
        String numbered = """
                一周回看丨本周最热的三件事

                编辑部 南湖新闻 2024-05-10

                01

                最暖心的一幕

                7日,一名老人在公交站晕倒,路过的学生为他做心肺复苏。

                老人已脱离危险,家属专程到学校致谢。

                02

                最忙碌的工地

                南湖新区三座学校同时开工,工人们三班倒赶工期。

                预计明年秋季三所学校将同时投入使用。

                03

                最热闹的赛场

                市运会开幕,来自全市的两千名运动员参加比赛。

                比赛将持续十天,设二十个大项。
                """;
        // and a round-up of the papers' front pages, each head opening with the paper's name and a dash
        String papers = """
                《南湖日報》— 大橋封閉施工兩個月 市民改道

                南湖大橋今起封閉施工,市民需改道而行。交通部門增開接駁巴士。

                《晨光報》— 零售總額增長 消費回暖

                統計局公布,前兩個月零售總額按年增長百分之四點一。

                《商報》— 新區三校同開工

                南湖新區三座學校同時開工,預計明年啟用。
                """;

        // Then every such head opens an article, and the week in review names its maker and its day
        SplitPage week = splitter.read(numbered);
        assertEquals(List.of("最暖心的一幕", "最忙碌的工地", "最热闹的赛场"),
                week.articles().stream().map(SplitArticle::headline).toList());
        assertEquals("南湖新闻", week.publication());
        assertEquals("2024-05-10", week.date());
        assertEquals(3, splitter.read(papers).articles().size(), splitter.read(papers).articles().toString());
    }

    @Test
    void aRoundUpOfWhatThePapersReportIsAnItemAPaper() {
        // Given the day's front pages in one post: an introduction, then a paragraph a paper, each opening with its name
        String page = """
                今日報章頭條摘要

                標籤:

                今日報章頭條新聞各有重點,《南湖日報》報道大橋封閉施工的消息。

                《南湖日報》報道,南湖大橋今起封閉施工兩個月,市民需改道。

                《晨光報》報道,統計局公布前兩個月零售總額按年增長。

                《商報》報道,新區三座學校同時開工。

                《時報》報道,市運會開幕,兩千名運動員參賽。
                """;

        // Then the introduction goes with the first paper's paragraph, and every other paper's is an article; the tag
        // list's label is furniture
        List<SplitArticle> articles = splitter.read(page).articles();
        assertEquals(4, articles.size(), articles.toString());
        assertTrue(articles.get(0).body().startsWith("今日報章頭條新聞各有重點"), articles.get(0).body());
        assertTrue(articles.get(1).body().startsWith("《晨光報》報道"), articles.get(1).body());
    }

    @Test
    void aListingsWriterAndFilingTimeUnderAHeadIsItsByline() {
        // Given a paper's list of teasers: its name, each head over the writer and filing time and a cut teaser
        String page = """
                南湖醒報

                今日必讀

                大橋封閉施工 市民改道

                王小明 2024/03/02 18:19

                南湖大橋今起封閉施工兩個月,交通部門增開接駁巴士,市民...

                零售總額增長 消費回暖

                李大華 2024/03/02 17:48

                統計局公布,前兩個月零售總額按年增長百分之四點一,其中...
                """;

        // Then each head is an article whose byline is that line, and the paper's name is no head
        SplitPage split = splitter.read(page);
        List<SplitArticle> articles = split.articles();
        assertEquals("南湖醒報", split.publication());
        assertEquals(List.of("王小明 2024/03/02 18:19", "李大華 2024/03/02 17:48"),
                articles.stream().map(SplitArticle::byline).toList(), articles.toString());
        assertEquals("2020-12-23", PageFurniture.producerLineDate("【Now新聞台】2020年12月23日報章A1頭條摘要。"));
        // a source run on to the filing time, and a compiler's credit with the day in dots
        assertEquals("南湖日报", PageFurniture.producerNamed("2023-07-10 10:47:30来源:南湖日报"));
        assertEquals("2021-09-17", PageFurniture.creditLineDate("整理/王小明 |2021.09.17"));
        assertNull(PageFurniture.creditLineDate("2021.09.17 南湖大桥封闭施工,市民需改道。"), "a sentence is no credit line");
        assertEquals("2017-12-16", PageFurniture.creditLineDate("政治 | 16.12.2017 |"), "the day first, as European sites set it");
        // the maker before its programme's name, in a greeting or a bracketed credit of the day's report
        assertEquals("南湖网", PageFurniture.producerNamed("各位早上好,欢迎收听南湖网《早安,南湖》。"));
        assertEquals("南湖新闻", PageFurniture.producerNamed("早上好!南湖新闻『早读』来啦!"));
        assertEquals("南湖台", PageFurniture.producerNamed("【南湖台2014年11月23日訊】本週的主要新聞事件。"));
        assertEquals("2014-11-23", PageFurniture.producerLineDate("【南湖台2014年11月23日訊】本週的主要新聞事件。"));
        assertEquals("Now新聞台", PageFurniture.producerNamed("【Now新聞台】2020年12月23日報章A1頭條摘要。"));
    }

    @Test
    void aDispatchUnderAnEditorsSummaryIsCreditedToItsWire() {
        // Given an archive's article: its head, a summary of the dispatch, then the dispatch opening with its credit
        String page = """
                南湖水利建设取得新进展

                兴修水利,是发展农业生产的一个根本性问题。——各地群众自力更生,修建了大批小型水利工程。

                新华社南宁十五日电 南湖地区今冬以来兴修水利的群众运动正在蓬勃发展。
                """;

        // Then the article's wire and dateline are the dispatch's, its body still opening with the summary
        SplitArticle a = splitter.read(page).articles().get(0);
        assertEquals("新华社", a.wire());
        assertEquals("南宁", a.dateline().place());
        assertTrue(a.body().startsWith("兴修水利"), a.body());
    }

    @Test
    void aFolioUnderASitesAdvertisementNamesThePaperAndTheAdvertisementIsNoStory() {
        // Given an archive's page whose mirror sets its own advertisement above the folio line
        String page = """
                VPS 高速线路,稳定8K在线视频,3个独立ip,最高2TB流量。
                被封后自动换IP,仅需3.5元每月,支持各种支付。按年付款,更多优惠!

                1974年3月15日南湖日报 第5版

                南湖水利建设取得新进展

                新华社南宁十二日电 南湖地区今冬以来兴修水利的群众运动正在蓬勃发展。
                """;

        // Then the paper and the day are the folio's, and what the site set above the folio is no story
        SplitPage split = splitter.read(page);
        assertEquals("南湖日报", split.publication());
        assertEquals("1974-03-15", split.date());
        assertEquals(List.of("南湖水利建设取得新进展"), split.articles().stream().map(SplitArticle::headline).toList());
    }

    @Test
    void aLabelRepeatedOverEveryItemIsThePagesNotTheirHeadline() {
        // Given a slideshow of the week: the series' name printed again over each picture's own head
        String page = """
                三张图看南湖一周

                三张图看南湖一周
                南湖大桥封闭施工

                南湖大桥今起封闭施工两个月,市民需改道而行。

                三张图看南湖一周
                零售总额增长

                统计局公布,前两个月零售总额按年增长百分之四点一。

                三张图看南湖一周
                新区三校同开工

                南湖新区三座学校同时开工,预计明年启用。
                """;

        // Then each item is headed by its own head
        assertEquals(List.of("南湖大桥封闭施工", "零售总额增长", "新区三校同开工"),
                splitter.read(page).articles().stream().map(SplitArticle::headline).toList());
    }

    @Test
    void aRoundupsOwnTitleOverItsFirstItemIsNotThatItemsHeadline() {
        // Given a week's roundup whose title stands over its first item's head
        String page = """
                一周要闻 3/8 - 3/14
                南湖大桥封闭施工两个月
                南湖大桥今起封闭施工两个月,市民需改道而行。
                (王小明/南湖报)
                零售总额按年增长
                统计局公布,前两个月零售总额按年增长百分之四点一。
                新区三座学校同时开工
                南湖新区三座学校同时开工,预计明年启用。
                """;

        // Then the first item is headed by its own head
        assertEquals("南湖大桥封闭施工两个月", splitter.read(page).articles().get(0).headline());
    }

    @Test
    void aNoticeClosesWithTheDayItWasSigned() {
        // Given an archive's notice dated under its text, then the next article's head
        String page = """
                南湖邮政局关于报刊发行的通知

                一、各地邮局应做好报刊发行工作。
                二、各代销处须接受当地邮局之管理。
                一九五○年五月二十五日

                全国委员会会议第四日

                【新华社十七日讯】全国委员会第二次会议今日上午继续分组讨论。
                """;

        // Then the date ends the notice, and the next article is headed by its own head
        List<SplitArticle> articles = splitter.read(page).articles();
        assertEquals(List.of("南湖邮政局关于报刊发行的通知", "全国委员会会议第四日"),
                articles.stream().map(SplitArticle::headline).toList());
        assertTrue(articles.get(0).body().endsWith("一九五○年五月二十五日"), articles.get(0).body());
    }

    @Test
    void anArchivesParagraphsSetOnOneLineAndItsPairedHeadsAreRead() {
        // Given an archive's page: each item's paragraphs on one line apart by wide gaps (no-break spaces), a report's
        // head set into the text before its credit, and a listed head naming two reports joined by "/"
        String gap = "\u00A0\u00A0\u00A0\u00A0";
        String page = "1. 周恩来总理回到北京\n\n【路透社北京12日电】周恩来总理今天回到这里。" + gap + "北京电台报道了这一点。\u00A0\u00A0"
                + "合众国际社报道我军事代表团访问腊戍" + gap + "【合众国际社东京12日电】军事代表团在缅甸东北部访问。\n\n"
                + "2. 缅贸易发展部长即将来华访问/尼日利亚经济代表团将访问我国\n\n【美联社仰光12日电】贸易发展部长将率团前往中国。"
                + gap + "官方人士说,代表团将研究贸易的可能性。" + gap + "【新华社阿克拉12日电】尼日利亚经济代表团将在今年访问中国。\n";

        // Then every report is an article under its own head
        List<String> heads = splitter.read(page).articles().stream().map(SplitArticle::headline).toList();
        assertEquals(List.of("周恩来总理回到北京", "合众国际社报道我军事代表团访问腊戍", "缅贸易发展部长即将来华访问",
                "尼日利亚经济代表团将访问我国"), heads);
        // while a credit spaced out on its line stays one line
        assertEquals(1, PageLines.read("本报记者   张三   实习生   李四").size());
    }

    @Test
    void aDigestOrTranscriptNamesItsProducerAsItsPublication() {
        // Given the tops of a news digest and of a programme's transcripts, with no masthead of a paper
        String digest = """
                今天是10月29日星期五。观听天下事,开启新一天,欢迎收听由中新社贵州分社出品的新闻早餐。

                【国内】

                1、国防部新闻发言人28日指出,坚决捍卫国家主权和领土完整。
                """;
        String transcript = """
                完整版[视频]国际联播快讯

                2025年11月24日新闻联播文字稿

                央视网消息(新闻联播):黎巴嫩真主党23日发表声明,证实该组织一名指挥官在空袭中身亡。
                """;

        // Then the producer is the publication
        assertEquals("中新社贵州分社", splitter.read(digest).publication());
        assertEquals("新闻联播", splitter.read(transcript).publication());
        assertEquals("新闻联播", PageFurniture.producerNamed("新闻联播直播:2018-06-02"));
        assertEquals("中新网事", PageFurniture.producerNamed("欢迎每天收看《中新网事》,我是赵洁。"));
        assertEquals("2013-02-01", PageFurniture.greetingDate("今天是2013年2月1号,首先请看“新闻热搜词”。"));
        assertEquals("新闻联播", PageFurniture.producerNamed("字号+作者:新闻联播 来源:新闻联播 2009-01-28 19:00"));
        assertEquals("新闻联播", PageFurniture.producerNamed("央视网消息(新闻联播):以军空袭"));
        assertNull(PageFurniture.producerNamed("由于天气原因,比赛推迟。"));
        // a post's meta line (writer, source, filing time) is furniture, not a headline
        assertTrue(PageFurniture.isNoise("字号+作者:新闻联播 来源:新闻联播 2009-01-28 19:00 评论(创建话题) 收藏成功收藏本文"));
    }

    @Test
    void anOcrFrontPageTakesItsDateAndNameFromTheMastheadNotFromAStory() {
        // Given an OCR front page whose masthead prints its date (year misread) above a story that prints an older one
        String page = """
                THE VALLEY GAZETTE
                VOL XXX
                MILLTOWN. OHIO, THURSDAY, NOVEMBER 9. 191G.
                , NUMBER 262
                August 6, 1913
                OLD MILL BURNS AGAIN
                The mill that burned on that day
                was rebuilt and burned again last
                night, the owners said.
                """;

        // When it is split
        SplitPage split = splitter.read(page);

        // Then the page date is the masthead's, its year read through the OCR error, and the paper is the masthead's
        assertEquals("1916-11-09", split.date());
        assertEquals("THE VALLEY GAZETTE", split.publication());
    }

    @Test
    void aDateInCapitalsWithoutItsWeekdayIsTheIssueDateOnlyAtTheTopOfThePage() {
        assertEquals("1916-10-13", PageFurniture.mastheadDate("THE CAPE COUNTY HERALD,CAPE GIRARDEAU MISSOURI, OCTOBER 13. 1916."));
        assertNull(PageFurniture.mastheadDate("The meeting of October 13, 1916, was held in the hall of the lodge."));
        assertEquals("1916-06-02", PageFurniture.mastheadDate("TONOPAH, NEVADA, FRIDAY EVENING, JUNE 2, 1916"));
        // an issue's date line stands alone wherever the OCR set the masthead's box; a story's date does not
        assertEquals("1916-10-13", PageFurniture.datelineOfIssue("SEATTLE, WASH., FRIDAY, OCTOBER 13. 1916"));
        assertNull(PageFurniture.datelineOfIssue("She died on Friday, October 13, 1916, at her home."));
        assertEquals("1916-06-02", PageFurniture.datelineOfIssue("HARRISBURG, PA.. FRIDAY EVENING, JUNE 2, 1916."));
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            lines.add("The column of text runs on here, line " + i + ".");
        }
        lines.add("CRESCO, HOWARD COUNTY, IOWA, FRIDAY, OCTOBER 13, 1916 $1.00 PER YEAR");
        assertEquals("1916-10-13", MastheadReader.readTop(lines).date());
        // a year misread by a lookalike digit is told by the weekday printed with it; a year the weekday fits is kept
        assertEquals("1916-11-09", PageFurniture.mastheadDate("BRYAN, TEXAS, THURSDAY, NOVEMBER 9, 1918."));
        assertEquals("1926-06-02", PageFurniture.mastheadDate("TONOPAH, NEVADA, FRIDAY EVENING, JUNE 2, 1926"));
        assertEquals("1916-03-10", PageFurniture.mastheadDate("WASHINGTON, FRIDAY, MARCH 10, 1916."));
        // the OCR read the comma before the year as a semicolon
        assertEquals("1916-03-10", PageFurniture.mastheadDate("HARTFORD, OHIO COUNTY, KY., FRIDAY, MARCH 10; 1916."));
    }

    @Test
    void theWeekdayReadsAnIssueDateThroughAMisreadMonthOrALostDigit() {
        // a month one letter off, and a lookalike year: the weekday agrees with 13 October 1916 alone
        assertEquals("1916-10-13", PageFurniture.mastheadDate("OREGON, MISSOURI, FRIDAY, OCTOHER 13, 1910."));
        // a month one letter off where the weekday does not fall on the day read is no date
        assertNull(PageFurniture.mastheadDate("OREGON, MISSOURI, MONDAY, OCTOHER 13, 1916."));
        // a word one letter from no month is no month
        assertNull(PageFurniture.mastheadDate("FRIDAY, ORDERED 13, 1916."));
        // the year's last digit read as a mark: the round digit on which the day falls on its weekday (1911 fits too,
        // but 1 is no round digit)
        assertEquals("1916-10-13", PageFurniture.mastheadDate("CARLSBAD, NEW MEXICO. FRIDAY. OCTOBER, 13. 191$."));
        // an issue's date line after its volume and number, and one with no weekday whose day runs into its year
        assertEquals("1916-11-09",
                PageFurniture.datelineOfIssue("VOL. XIII. NO. 281. TACOMA, WASH., THURSDAY, NOVEMBER 9,1916. lc A COPY"));
        assertEquals("1916-10-13", PageFurniture.datelineOfIssue("SAFFORD GRAHAM COUNTY ARIZONA OCTOBER 131916"));
        assertNull(PageFurniture.datelineOfIssue("ELECTION ON NOVEMBER 7, 1916, WILL DECIDE IT"));
    }

    @Test
    void aPapersNameSetAWordALineIsThePublicationAndAWiresNameInTheEarsIsNot() {
        // the name in large type over three lines, under the ears' wire credit run over lines
        MastheadReader.Masthead top = MastheadReader.readTop(List.of("ASSOCIATED", "PRESS", "SERVICE", "VOL. XXXIII., NO. 70.",
                "SOUTH BEND, INDIANA, FRIDAY, MARCH 10, 1916.", "SOUTH", "BEND", "NEWS-TIMES", "WILSON ORDERS TROOPS"));
        assertEquals("SOUTH BEND NEWS-TIMES", top.publication());
        // an ear's line that names a service by wire is not the paper
        assertEquals("EXPRESS", MastheadReader.readTop(List.of("New. By Wire Daily", "from the United Press", "EXPRESS",
                "CHICKASHA, OKLAHOMA, FRIDAY, JUNE 2, 1916.")).publication());
        assertNull(MastheadReader.readTop(List.of("ASSOCIATED", "PRESS", "LEASED WIRE REPORT")).publication());
        // nor a section's heading in an ear, alone or run on from the line above
        assertNull(MastheadReader.readTop(List.of("EVENING", "STAP", "ASSOCIATED", "PRESS", "SERVICE", "LOCAL NEWS", "TO",
                "PRESS TIME")).publication());
    }

    @Test
    void aPapersNameLeadingItsDateLineIsThePublication() {
        MastheadReader.Masthead top = MastheadReader.readTop(List.of("VOL. XV", "THE CAPE COUNTY HERALD,CAPE GIRARDEAU "
                + "MISSOURI, OCTOBER 13. 1916.", "NUMBER 40.", "WATER COMPANY"));
        assertEquals("THE CAPE COUNTY HERALD", top.publication());
        assertEquals("1916-10-13", top.date());
        // a place leading the date line is no paper's name
        assertNull(MastheadReader.readTop(List.of("OCALA, FLORIDA, FRIDAY, JUNE 2, 1916")).publication());
    }

    @Test
    void aDigestOfHeadsEachOverOneLongParagraphIsOneArticlePerItem() {
        // Given a news digest under its label: each item a head line over one paragraph, too long to be a brief
        String para = "市政府昨天召开会议,研究部署全市重点工作,会议要求各部门加强协调配合,确保各项任务按时完成,"
                + "同时做好安全生产和民生保障工作,切实维护社会和谐稳定,推动经济持续健康发展,让群众得到更多实惠。";
        String page = "本市新闻\n南湖新桥正式通车\n" + para + para + "\n北湖公园完成改造\n" + para + para
                + "\n西城医院新楼启用\n" + para + para + "\n";

        // When it is split
        SplitPage split = splitter.read(page);

        // Then each head opens an article of its own, not an intertitle of the first
        assertEquals(List.of("南湖新桥正式通车", "北湖公园完成改造", "西城医院新楼启用"),
                split.articles().stream().map(SplitArticle::headline).toList());
    }

    @Test
    void aLabelInCornerBracketsBeforeAHeadlineIsItsKicker() {
        String para = "市政府昨天召开会议,研究部署全市重点工作,会议要求各部门加强协调配合,确保各项任务按时完成,"
                + "同时做好安全生产和民生保障工作,切实维护社会和谐稳定,推动经济持续健康发展,让群众得到更多实惠。";
        String page = "今日要闻\n【要闻一】南湖新桥正式通车\n" + para + para + "\n【要闻二】北湖公园完成改造\n" + para + para
                + "\n【要闻三】西城医院新楼启用\n" + para + para + "\n【要闻四】东区学校";   // the page stops here
        SplitPage split = splitter.read(page);
        assertEquals(List.of("南湖新桥正式通车", "北湖公园完成改造", "西城医院新楼启用"),
                split.articles().stream().map(SplitArticle::headline).toList());
        assertEquals(List.of("要闻一", "要闻二", "要闻三"), split.articles().stream().map(SplitArticle::kicker).toList());
    }

    @Test
    void aLabelPartedFromItsHeadlineByABarIsItsKickerAndABreadcrumbTrailIsNoHead() {
        String para = "新华社巴黎2月22日电 据法国媒体报道,法国东部城市米卢斯22日发生一起持刀袭击事件,目前已致1人死亡、多人受伤。"
                + "嫌疑人已被逮捕。报道说,22日下午,一名持刀男子在当地一市场附近向路人发动袭击。(完)";
        String page = "首頁 > 新闻 > 国际 > 正文\n\n新华简讯|法国东部发生持刀袭击事件\n\n" + para
                + "\n\n新华简讯|法国总统表示将对黎巴嫩军队提供支持\n\n" + para.replace("巴黎", "贝鲁特") + "\n";
        SplitPage split = splitter.read(page);
        assertEquals(List.of("法国东部发生持刀袭击事件", "法国总统表示将对黎巴嫩军队提供支持"),
                split.articles().stream().map(SplitArticle::headline).toList());
        assertEquals(List.of("新华简讯", "新华简讯"), split.articles().stream().map(SplitArticle::kicker).toList());
        assertFalse(split.articles().stream().anyMatch(a -> a.body().contains("正文")), "the trail is furniture");
    }

    @Test
    void anOldMastheadNamedForItsStatesPeopleOrPrintedAsASentenceNamesThePaper() {
        // Given two front pages of 1916, one whose name ends on the state's people, one printing it with a period
        String oregon = """
                DAILY EAST OREGONIAN
                PENDLETON, OREGON, FRIDAY, JUNE 2, 1916.

                TRAIN BLOWN FROM TRACK

                A passenger train was blown from the track by a high wind near here today.
                """;
        String idaho = """
                The Idaho Recorder.
                SALMON, IDAHO, FRIDAY. JUNE 2. 1916.

                ROCKS FALL IN CANYON

                Travelers down the Salmon river on the last voyage saw the effects of the recent earthquake.
                """;

        // Then each page's publication is its name, without the period
        assertEquals("DAILY EAST OREGONIAN", splitter.read(oregon).publication());
        assertEquals("The Idaho Recorder", splitter.read(idaho).publication());
    }

    @Test
    void anOcrPageThatReadsItsMastheadAfterAColumnStillNamesThePaperButNotBySentencesText() {
        // Given OCR lines whose top is a column of text, the paper's name read further down on a line of its own;
        // and the same with only a sentence's line that ends on a title word
        List<String> column = new ArrayList<>();
        for (int i = 0; i < 45; i++) {
            column.add("the president spoke at length of the");
        }
        List<String> named = new ArrayList<>(column);
        named.add("The Seattle Star");
        List<String> unnamed = new ArrayList<>(column);
        unnamed.add("The dedication of the Christian");

        // Then the first names the paper; the second names none
        assertEquals("The Seattle Star", MastheadReader.readTop(named).publication());
        assertNull(MastheadReader.readTop(unnamed).publication());
    }

    @Test
    void writersNamesInBracketsAfterTheLastSentenceSignThePieceAndStayInItsText() {
        // Given an archive page's pieces, one signed off by its writer in brackets after its last sentence, one closing
        // on an agency's credit in brackets
        String page = """
                第6版()
                专栏:

                抢险

                七月二十六日,洪水还在上涨。战士们一直干到二十七日中午,终于完成了抢险任务,保住了堤防。 (毛丹)

                警觉的战士

                夜深了,人们都已入睡。哨兵发现了火情,及时报告。(据新华社)
                """;
        SplitPage split = splitter.read(page);

        // Then the first piece is by its writer, whose name stays where it is printed; the credit is no writer
        SplitArticle signed = split.articles().get(0);
        assertEquals("(毛丹)", signed.byline());
        assertTrue(signed.body().endsWith("保住了堤防。 (毛丹)"), signed.body());
        assertNull(split.articles().get(1).byline());
    }

    @Test
    void telegramsPrintedOneAfterAnotherAreEachAStorySignedAndDated() {
        // Given an archive page of state telegrams: each heading run into its salutation, each closed by the signer's
        // title and name and the date
        String page = """
                第4版()
                专栏:

                甲国总统的贺电中华人民共和国主席某某先生阁下:
                值此贵国国庆之际,我代表甲国政府和人民,向阁下致以衷心的祝贺,祝两国人民的友谊日益发展。
                甲国总统
                罗文·达科
                1964年9月29日
                乙国总理的复电中华人民共和国国务院总理某某阁下:
                感谢你在我国独立日发来的贺电。我国政府和人民珍视同贵国人民的友谊。
                乙国总理 马卡·图雷
                1964年9月30日
                """;
        SplitPage split = splitter.read(page);

        // Then each telegram is a story under its own heading, opening on its salutation and ending on its date
        assertEquals(List.of("甲国总统的贺电", "乙国总理的复电"),
                split.articles().stream().map(SplitArticle::headline).toList());
        SplitArticle first = split.articles().get(0);
        assertTrue(first.body().startsWith("中华人民共和国主席某某先生阁下:"), first.body());
        assertTrue(first.body().endsWith("罗文·达科\n1964年9月29日") || first.body().endsWith("罗文·达科 1964年9月29日"),
                first.body());
        assertTrue(split.articles().get(1).body().endsWith("1964年9月30日"), split.articles().get(1).body());
    }

    @Test
    void decksAnArchiveRanIntoTheLeadEndAtTheAgencysCredit() {
        // Given an archive page whose transcription ran a story's two decks into its lead, up to the agency's credit
        String page = """
                第5版()
                专栏:

                全省农田水利建设进入高潮
                抢修水渠三千多条,扩大灌溉面积一百万亩保证明年春耕用水新华社长沙十日电 湖南省各地人民公社抓紧冬闲,大修水利。
                到目前为止,全省已抢修水渠三千多条。
                """;
        SplitPage split = splitter.read(page);

        // Then the decks are the story's subheadline and its text opens on the credit, which names the agency
        SplitArticle story = split.articles().get(0);
        assertEquals(1, split.articles().size());
        assertEquals("全省农田水利建设进入高潮", story.headline());
        assertEquals("抢修水渠三千多条,扩大灌溉面积一百万亩保证明年春耕用水", story.subheadline());
        assertTrue(story.body().startsWith("新华社长沙十日电 湖南省各地人民公社"), story.body());
        assertEquals("新华社", story.wire());
    }

    @Test
    void aPersonNamedByOfficeOverWhatTheyDidIsOneHeadline() {
        // Given heads set as subject and predicate on two lines, as archives print them, over a deck
        String page = """
                第6版()
                专栏:

                甲国国家元首阿布杜拉亲王
                会见我国友好代表团
                宾主进行了亲切友好的谈话
                新华社某地五日电 甲国国家元首阿布杜拉亲王今天会见了我国友好代表团全体成员。
                """;
        SplitPage split = splitter.read(page);

        // Then the two lines are the headline and the third its deck
        SplitArticle story = split.articles().get(0);
        assertEquals("甲国国家元首阿布杜拉亲王 会见我国友好代表团", story.headline());
        assertEquals("宾主进行了亲切友好的谈话", story.subheadline());

        // and a head that already says what was done stays whole over the deck that opens on a deed
        SplitArticle whole = splitter.read("""
                第3版()
                专栏:

                王副总理会见甲国代表团团长阿布杜拉亲王
                会见后,设宴招待甲国贵宾
                新华社五日讯 王副总理今天会见了甲国代表团全体成员。
                """).articles().get(0);
        assertEquals("王副总理会见甲国代表团团长阿布杜拉亲王", whole.headline());
        assertEquals("会见后,设宴招待甲国贵宾", whole.subheadline());
    }

    @Test
    void anIssuingBodyOverTheDocumentItIssuedIsOneHeadline() {
        // Given an archive's notice: the issuing body on one line, the notice on the next
        String page = """
                第1版()
                专栏:

                中央人民政府农业部
                关于做好秋季种子调剂工作的通知
                各省农业厅:今年秋收在即,各地应及早做好种子的选留和调剂工作。
                """;
        SplitPage split = splitter.read(page);

        // Then both lines are the headline
        assertEquals("中央人民政府农业部 关于做好秋季种子调剂工作的通知", split.articles().get(0).headline());
        assertNull(split.articles().get(0).subheadline());
    }

    @Test
    void aTranscriptsNumberedItemsAreAStoryEachAndItsLeadInsAreNone() {
        // Given a programme's page: its title, a lead-in over items numbered 1, 2, a section's lead-in over items numbered
        // again from 1 (one opening on a date, "3.9月…"), the last shaped like a head
        String page = """
                晨光新闻速递

                首先让我们关注头条新闻:

                1.近日,省委召开全体会议,研究部署秋冬季森林防火和安全生产工作,要求各地压实责任。

                2.省政府新闻办公室昨日举行发布会,介绍前三季度全省经济运行情况,主要指标稳中有进。

                县域新闻:

                1.近日,县城北门综合市场升级改造工程全面完成,市场内购物环境明显改善,摊位重新规划。

                2.近日,县农业农村局组织技术人员深入田间地头,指导农户做好秋收秋种和秸秆还田工作。

                3.9月23日,县文化馆联合社区开展“欢度国庆”文艺演出,载歌载舞庆祝新中国成立75周年。

                4.今天在短视频专栏《家乡美》播出第十集:《红叶将红 你想家了么?
                """;
        SplitPage split = splitter.read(page);

        // Then each numbered item is a story of its own, its number kept as printed; the lead-ins are no story's text
        assertEquals(6, split.articles().size(), split.articles().toString());
        assertTrue(split.articles().get(2).body().startsWith("1.近日,县城北门"), split.articles().get(2).body());
        assertTrue(split.articles().get(4).body().startsWith("3.9月23日"), split.articles().get(4).body());
        assertTrue(split.articles().get(5).body().startsWith("4.今天在短视频专栏"), split.articles().get(5).body());
        assertTrue(split.articles().stream().noneMatch(a -> a.body().contains("县域新闻") || a.body().contains("首先让我们")));
    }

    @Test
    void aHeadNumberedOnFromTheTextAboveItStillHeadsThePointsNumberedUnderIt() {
        // Given a page of numbered heads, each over its points numbered from 1
        String page = """
                1. 国产大型邮轮启航

                  1. 上午,国产大型邮轮从国际邮轮港正式启航,标志着高端船舶制造迈出关键一步。
                  2. 这艘邮轮承载着造船工业的骄傲,也象征着海洋经济和旅游产业的战略布局。
                  3. 邮轮的亮相让世界看到了制造业的实力,也赢得了更多的市场话语权。

                4. 高原铁路全线贯通

                  1. 当天,高原铁路最后一段隧道贯通,全线进入铺轨阶段,预计明年通车运营。
                  2. 铁路通车后,沿线城市之间的旅行时间将由十小时缩短到三小时左右。
                """;
        // Then the second head, numbered 4 after a point numbered 3, heads its own points
        assertEquals(List.of("国产大型邮轮启航", "高原铁路全线贯通"),
                splitter.read(page).articles().stream().map(SplitArticle::headline).toList());
    }

    @Test
    void aSitesTeasersCutWhereTheSiteStoppedAreAStoryEach() {
        // Given a section's listing: its label, then teasers under no heads, each but the last cut by the site
        String page = """
                國際時事

                  日本執政黨昨日投票選出新任總裁,由於該黨是國會最大黨,新總裁將接任首相。 在第一階段投票時,他獲得256票、…
                  挪威週一舉行國會大選,由工黨主席為首的反對派聯盟取得壓倒性勝利。工黨贏得48席,兩個盟友中間黨和左翼黨(…
                  阿富汗喀布爾機場昨日遭到自殺炸彈攻擊,導致60名平民與13名軍人身亡,140多人受傷。 根據報導,爆炸發生在…
                  今天要持續說阿富汗的故事。阿富汗的動態是近期最重大的世界大事,一舉一動都對周遭影響極大。我們就講一個最簡單的問
                """;
        SplitPage split = splitter.read(page);

        // Then each teaser is an untitled story; the label heads none of them
        assertEquals(4, split.articles().size(), split.articles().toString());
        assertTrue(split.articles().stream().allMatch(a -> a.headline() == null), split.articles().toString());
        assertTrue(split.articles().get(3).body().startsWith("今天要持續說"), split.articles().get(3).body());
    }

    @Test
    void aShortLineAfterATeaserTheSiteCutIsTheNextTeasersHeadThoughItExclaims() {
        // Given a listing of heads over teasers the site cut, one head exclaiming
        String page = """
                市長晨起排隊投票 副總統返鄉投票

                13日是總統副總統及立法委員選舉的投票日,市長一早即現身投票所,積極履行公民義務,他表示,當天氣候宜人,對提高投票率有…

                縣政府春聯免費索取 15日起送完為止

                農曆春節將至,縣政府為與縣民共同迎接龍年到來,特別印製春聯供民眾免費索取,表達縣長對鄉親之祝福,送完為止。…

                不只他遭抹黑!議員怒轟對手「偷圖」 曝還有兩位名人也受害

                對手昨公布名人推薦影片,影片中竟出現一位事務官,嚇得他立即澄清,表示身為事務官不會表態支持誰;對此,議員痛批對手是沒
                """;
        // Then the exclaiming line heads the second teaser rather than running on the first
        assertEquals(List.of("市長晨起排隊投票 副總統返鄉投票", "縣政府春聯免費索取 15日起送完為止",
                        "不只他遭抹黑!議員怒轟對手「偷圖」 曝還有兩位名人也受害"),
                splitter.read(page).articles().stream().map(SplitArticle::headline).toList());
    }

    @Test
    void aDateAloneWithTheDayFirstDatesThePageWhenTheDayCannotBeAMonth() {
        // Given a brief dated as Hong Kong sites print it, and one whose date reads either way
        String items = """

                1.立法會交通事務委員會15日討論兩間巴士公司申請加價一成二,多名議員質疑加幅過大。

                2.港鐵已於15日向路政署提交月台工程報告,有議員稱港鐵不會對外披露整份報告。

                3.港府15日刊憲建議修訂僱傭條例,將男士侍產假由三天增至五天,條例草案下月提交。
                """;
        // Then the first page is of 15 June 2018; the second's date is left unread
        assertEquals("2018-06-15", splitter.read("15-06-2018\n" + items).date());
        assertNull(splitter.read("05-06-2018\n" + items).date());
    }

    @Test
    void aPresentersLinksBetweenSectionsAreNoStorysTextAndTheSectionLabelIsTheKicker() {
        // Given a radio programme's transcript in sections under labels in corner brackets, the presenter's slogan and
        // link between one section's last story and the next label
        String page = """
                各位早上好,今天是3月7日,星期三。欢迎收听《早安新闻》。
                首先来关注新闻头条
                【头条】
                全国人大、政协昨日分别举行记者会
                6日上午,大会新闻中心举行记者会,有关部门负责人就宏观调控相关问题回答中外记者提问。(央视新闻)
                早安,新闻
                我们再来看大陆新闻
                【大陆】
                第三架飞机预计年底前首飞
                6日,飞机总设计师在代表团开放团组会议上表示,第三架飞机预计年底前首飞。(央视新闻)
                外交部回应钓鱼岛问题
                外交部发言人6日回应:钓鱼岛及其附属岛屿自古以来就是中国的固有领土。(央视新闻)
                """;
        SplitPage split = splitter.read(page);

        // Then the links are in no story; each section's stories have its label, without brackets, as kicker
        assertTrue(split.articles().stream().noneMatch(a -> a.body().contains("我们再来看") || a.body().contains("早安,新闻")),
                split.articles().toString());
        SplitArticle mainland = split.articles().stream().filter(a -> "第三架飞机预计年底前首飞".equals(a.headline()))
                .findFirst().orElseThrow();
        assertEquals("大陆", mainland.kicker());
        assertTrue(mainland.body().endsWith("(央视新闻)"), mainland.body());
        assertEquals("大陆", split.articles().get(split.articles().size() - 1).kicker());
    }

    @Test
    void aListingsDateUnderEachItemEndsTheItem() {
        // Given a tag page's listing: untitled teasers, each with its date on a line of its own under it
        String page = """
                台灣已正式邁入超高齡社會,如何讓長者在熟悉的土地上安老,成為地方政府的重要課題。
                日期:2025-10-09
                萬眾期待的年度盛事,購物節來了!今年同樣有琳瑯滿目的好禮,鼓勵民眾消費試手氣。
                日期:2025-10-09
                國慶日連假即將到來,國道、省道以及各大風景區,預期將會有大批車潮湧入。
                日期:2025-10-08
                中秋節有垃圾車嗎?多數縣市垃圾車於中秋節當天皆是正常收運,需留意所在縣市的公告。
                """;
        SplitPage split = splitter.read(page);

        // Then each teaser is a story of its own and no date is in a story's text
        assertEquals(4, split.articles().size(), split.articles().toString());
        assertTrue(split.articles().stream().noneMatch(a -> a.body().contains("日期")), split.articles().toString());
        assertTrue(split.articles().get(3).body().startsWith("中秋節有垃圾車嗎"), split.articles().get(3).body());
    }

    @Test
    void paragraphsOpeningOnADesksCreditAreAStoryEach() {
        // Given a collection of TV news leads, each paragraph opening on its desk's credit
        String page = """
                生活中心/陳孟暄 李奇 桃園報導由市政府文化局主辦的文學獎徵文比賽,7日舉行頒獎典禮,活動邁入第11屆。

                南部中心/林俊明、曾虹雯 台南報導台南市一名女警取締違規停車時,竟遭轎車駕駛拿登山斧砍傷,所幸沒有生命危險。

                生活中心/陳佳侖 、嚴文謙 台北報導實力派女星昨晚舉辦出道18年首場大型演唱會,演藝圈許多好友也到場支持。
                """;
        // Then each is an untitled story whose byline is its credit
        assertEquals(List.of("生活中心/陳孟暄 李奇 桃園報導", "南部中心/林俊明、曾虹雯 台南報導", "生活中心/陳佳侖 、嚴文謙 台北報導"),
                splitter.read(page).articles().stream().map(SplitArticle::byline).toList());
    }

    @Test
    void aListOfTeasersEachUnderItsHeadAndOpeningOnDateAndWriterIsAStoryForEachTeaser() {
        // Given a site's list of teasers: each head (one asking a question) over a line that opens with the filing date
        // and the writer's credit and ends where the site cut it
        String page = """
                縣長選戰提前開打?兩黨人選各有盤算
                2025.11.29記者林明志/特稿距離明年選戰已不到一年,各黨正加緊布局,地方派系的動向也受到關注,能否整合將是...
                港口轉型?觀光與貨運如何兼顧
                2025.11.28文/陳怡君(海洋大學航運管理學系教授)港口的轉型並非一朝一夕,過去以貨運為主的碼頭,如今正面臨觀光...
                防災演練的意義
                2025.11.27主筆/黃國偉今年的防災演練擴大舉行,參與的學校與社區創下新高,演練的重點也從地震轉向複合型災害,值得...
                """;
        SplitPage split = splitter.read(page);

        // Then each teaser is a story under its head, its text opening on the date, its writer its byline
        assertEquals(List.of("縣長選戰提前開打?兩黨人選各有盤算", "港口轉型?觀光與貨運如何兼顧", "防災演練的意義"),
                split.articles().stream().map(SplitArticle::headline).toList());
        assertEquals(List.of("記者林明志/特稿", "文/陳怡君(海洋大學航運管理學系教授)", "主筆/黃國偉"),
                split.articles().stream().map(SplitArticle::byline).toList());
        assertTrue(split.articles().get(1).body().startsWith("2025.11.28文/陳怡君"), split.articles().get(1).body());
    }

    @Test
    void aRoundupRunIntoOneLineIsAStoryForEachBracketedHeadWithoutItsLinks() {
        // Given a broadcaster's weekly roundup run into one line: each item a head in corner brackets, a bullet, its
        // text, then the site's links to related stories
        String page = """
                【一周回顧】3月2日至3月8日
                【新界北新巴士線啟用】 ● 運輸署宣布,新界北三條新巴士線下周一啟用,方便居民往返市區。 ➢點擊重溫 ➢路線詳情 【天文台發寒冷警告】 ● 天文台表示,受強烈季候風影響,本港氣溫明早降至9度。 ➢點擊重溫
                """;
        SplitPage split = splitter.read(page);

        // Then each item is a story under its head, and no link is in a text
        assertEquals(List.of("新界北新巴士線啟用", "天文台發寒冷警告"),
                split.articles().stream().map(SplitArticle::headline).toList());
        assertEquals("運輸署宣布,新界北三條新巴士線下周一啟用,方便居民往返市區。", split.articles().get(0).body());
        assertEquals("天文台表示,受強烈季候風影響,本港氣溫明早降至9度。", split.articles().get(1).body());
    }

    @Test
    void aDigestOfLabelledItemsIsAStoryForEachLabelAndItsPresentersLinesAreNone() {
        // Given a digest whose items are a dash, a label and a colon before the text, with the presenter's lines between
        String page = """
                今日新闻播报:
                首先来看国内新闻:
                - 南方强降雨: 受冷暖空气共同影响,广东、广西多地今天出现暴雨,气象部门提醒注意防范山洪和城市内涝。
                接下来是国际新闻:
                - 欧洲央行议息: 欧洲央行今天宣布维持三项关键利率不变,行长在记者会上表示,将根据未来几个月的通胀数据决定下一步政策走向。
                """;
        SplitPage split = splitter.read(page);

        // Then each label heads its item; the presenter's lines are in no story
        assertEquals(List.of("南方强降雨", "欧洲央行议息"), split.articles().stream().map(SplitArticle::headline).toList());
        assertEquals("受冷暖空气共同影响,广东、广西多地今天出现暴雨,气象部门提醒注意防范山洪和城市内涝。",
                split.articles().get(0).body());

        // and a notice's labelled fields are its text, not heads of items
        List<PageItem> notice = LineClassifier.classify(PageLines.read("""
                读书会本周六举行
                - 时间: 3月8日下午
                - 地点: 市图书馆三楼
                欢迎市民报名参加,名额有限。
                """));
        assertTrue(notice.stream().noneMatch(i -> i.text().equals("时间") || i.text().equals("地点")), notice.toString());
    }

    @Test
    void aCreditSignedBehindAMarkAfterTheLastSentenceClosesTheBriefAsItsBylineOrWire() {
        // Given briefs each closed by a marked credit, as Hong Kong papers print them
        String page = """
                體育短訊

                張帥首晉皇冠賽八強

                WTA皇冠級中國網球公開賽昨繼續在北京國家網球中心進行。中國金花張帥以6:0、6:3淘汰夏莉普,生涯首晉皇冠賽8強。 ■記者 陳曉莉

                華夏 建業明爭冠軍盃

                京津冀冠軍盃足球賽5日在秦皇島市奧體中心展開首回合爭奪。泰達和國安將展開三四名對決。 ■新華社
                """;
        SplitPage split = splitter.read(page);
        // Then each brief is an article; the reporter's credit is the byline, the agency's the wire, neither in the body
        assertEquals(List.of("張帥首晉皇冠賽八強", "華夏 建業明爭冠軍盃"),
                split.articles().stream().map(SplitArticle::headline).toList());
        SplitArticle tennis = split.articles().get(0);
        assertEquals("■記者 陳曉莉", tennis.byline());
        assertTrue(tennis.body().endsWith("生涯首晉皇冠賽8強。"), tennis.body());
        SplitArticle football = split.articles().get(1);
        assertEquals("新華社", football.wire());
        assertTrue(football.body().endsWith("三四名對決。"), football.body());
    }

    @Test
    void aListingsLineOfHeadlineDateAndWriterOpensAStoryUnderItsByline() {
        String page = """
                即時報道

                中聯辦召開全國「兩會」精神傳達會 鄭新聰:澳門與國家命運與共 2024年03月13日|文:論盡採訪組

                中央政府駐澳門聯絡辦公室今(13)日下午召開全國「兩會」精神傳達會。中聯辦主任鄭新聰在講話中指出⋯

                氹仔東亞運大馬路六車相撞 兩傷者送院 2024年03月12日|文:記者K

                據治安警察局消息,今(12)日下午氹仔東亞運大馬路發生一宗交通意外,涉及四輛私家車相撞。 事故中一名電單車男駕駛⋯
                """;
        SplitPage split = splitter.read(page);
        assertEquals(List.of("中聯辦召開全國「兩會」精神傳達會 鄭新聰:澳門與國家命運與共", "氹仔東亞運大馬路六車相撞 兩傷者送院"),
                split.articles().stream().map(SplitArticle::headline).toList());
        assertEquals(List.of("文:論盡採訪組", "文:記者K"), split.articles().stream().map(SplitArticle::byline).toList());
    }

    @Test
    void aHeadSetLikeTheStorysHeadlineAfterAFinishedSentenceOpensTheNextStory() {
        String para = "昨天下午,中超杯决赛第二回合在武汉体育中心进行。最终主场作战的武汉队凭借两个进球,2比0战胜对手,"
                + "以两个回合3比1的总比分夺得冠军。这是武汉队第二次夺得全国冠军。";
        String page = "  巴西双煞齐发威武汉夺得中超杯冠军\n\n  " + para + "\n\n  " + para
                + "\n\n  瑞典乒球赛中国单打全面胜利\n\n  " + para.replace("武汉", "瑞典") + "\n\n  " + para + "\n";
        SplitPage split = splitter.read(page);
        assertEquals(List.of("巴西双煞齐发威武汉夺得中超杯冠军", "瑞典乒球赛中国单打全面胜利"),
                split.articles().stream().map(SplitArticle::headline).toList());
    }

    @Test
    void aPortalsSourceLineOrBreadcrumbTrailNamesThePublication() {
        String story = "连战今年4月访问大陆,时隔60年实现了国共两党最高领导人的首次会谈,越过陈水扁政权与大陆在经贸等具体领域进行了交涉。";
        SplitPage portal = splitter.read("新闻中心新浪首页 > 新闻中心 > 国际新闻 > 正文\n\n午间国际要闻:马英九当选主席\n\n"
                + "http://www.sina.com.cn 2005年07月18日12:03 人民网-江南时报\n\n  " + story + "\n");
        assertEquals("江南时报", portal.publication(), "the paper the portal took the story from");
        SplitPage site = splitter.read("logo 首頁 > 文匯報 > 體育 > 正文\n\n張帥首晉皇冠賽八強\n\n" + story + "\n");
        assertEquals("文匯報", site.publication());
    }

    @Test
    void anArchivePageOfBriefsUnderItsColumnGivesPaperDateKickerAndWire() {
        // Given a People's Daily archive page as one archive prints it: date and paper, then each story under its page
        // and column lines, closed by the agency's credit
        String page = """
                1990年9月4日人民日报 第1版

                第1版(要闻)
                专栏:新闻简报

                  南湖新桥正式通车
                经过两年建设,南湖新桥今天正式通车。大桥全长一千二百米,双向六车道,将大大缓解城南交通压力。
                                      (新华社)


                第1版(要闻)
                专栏:新闻简报

                  西城医院新楼启用
                西城医院新住院大楼日前启用,新增床位六百张,设有急诊、手术和重症监护中心。
                                      (新华社)
                """;
        SplitPage split = splitter.read(page);
        // Then the page's lines are furniture, the column is each brief's kicker, the credit its wire and its last line
        assertEquals("人民日报", split.publication());
        assertEquals("1990-09-04", split.date());
        assertEquals(List.of("南湖新桥正式通车", "西城医院新楼启用"), split.articles().stream().map(SplitArticle::headline).toList());
        assertEquals(List.of("新闻简报", "新闻简报"), split.articles().stream().map(SplitArticle::kicker).toList());
        assertEquals(List.of("新华社", "新华社"), split.articles().stream().map(SplitArticle::wire).toList());
        assertTrue(split.articles().get(0).body().endsWith("(新华社)"), split.articles().get(0).body());
    }

    @Test
    void anArchiveThatRepeatsEachListedHeadBeforeItsTextStartsTheTextAfterTheRepeat() {
        // Given an archive page that lists its stories by number, then gives each story's text on one line opening with
        // the page, the column and the head again; the first story ends with its photo and the photo's caption
        String page = """
                1978-09-29
                第 1 版
                1. 市长会见外国友好代表团 会见在亲切友好的气氛中进行
                第1版()专栏: 市长会见外国友好代表团 会见在亲切友好的气氛中进行 新华社北京九月二十八日电 市长今天晚上会见了外国友好代表团。会见在亲切友好的气氛中进行。(附图片) 市长同代表团团长亲切交谈。 新华社记者摄
                2. 南湖新桥正式通车 全长一千二百米,双向六车道
                第1版()专栏: 南湖新桥正式通车 全长一千二百米,双向六车道 新华社北京九月二十八日电 经过两年建设,南湖新桥今天正式通车。
                """;
        SplitPage split = splitter.read(page);
        // Then each story has its head's parts as headline and decks, and its text starts with its dispatch
        assertEquals(List.of("市长会见外国友好代表团", "南湖新桥正式通车"), split.articles().stream().map(SplitArticle::headline).toList());
        assertEquals(List.of("会见在亲切友好的气氛中进行", "全长一千二百米,双向六车道"),
                split.articles().stream().map(SplitArticle::subheadline).toList());
        for (SplitArticle a : split.articles()) {
            assertTrue(a.body().startsWith("新华社北京九月二十八日电"), a.body());
            assertEquals(new Dateline("北京", "09-28"), a.dateline());
        }
        assertTrue(split.articles().get(0).body().endsWith("新华社记者摄"), "the photo's caption stays in the text");
        assertNull(split.articles().get(0).byline(), "a photographer is not the writer");
    }

    @Test
    void aCaptionAnArchiveSetsBetweenTwoStoriesPageLinesIsNoStorysHead() {
        // Given an archive's supplement page: a poem, a work of calligraphy's caption alone under the page and column
        // lines, then an essay under its own page and column lines
        String page = """
                1997年8月5日人民日报 第12版

                第12版(副刊)
                专栏:

                山村行
                林晓明
                山高路远云深处,春风吹绿万重山。

                第12版(副刊)
                专栏:

                录古诗一首(书法) 王一平

                第12版(副刊)
                专栏:金台随感

                读书之乐
                周明远
                儿时读过一些故事,便爱上了读书。后来读的书多了,才知道读书的乐趣不只在故事里。
                """;
        SplitPage split = splitter.read(page);
        // Then the essay runs under its own head and column, and the caption heads no story
        SplitArticle essay = split.articles().get(split.articles().size() - 1);
        assertEquals("读书之乐", essay.headline());
        assertEquals("金台随感", essay.kicker());
        assertTrue(split.articles().stream().noneMatch(a -> String.valueOf(a.headline()).contains("书法")
                || String.valueOf(a.subheadline()).contains("书法")), split.articles().toString());
    }

    @Test
    void aStoryCutIntoShortLinesIsTextNotAColumnOfHeads() {
        // Given a copy a site rewrote: the story's sentences cut at their commas into short lines, no line of text
        String page = """
                國家統計局11日公佈第七次全國人口普查主要數據
                全國人口共141178萬人
                與2010年的133972萬人相比
                增加7206萬人
                增長5.38%
                """;
        SplitPage split = splitter.read(page);
        // Then the page is one story holding every line, not heads over nothing and no story at all
        assertEquals(1, split.articles().size(), split.articles().toString());
        String body = split.articles().get(0).body();
        assertTrue(body.contains("全國人口共141178萬人") && body.contains("增長5.38%"), body);
    }

    @Test
    void theColumnAnArchiveNamesBeforeARepeatedHeadIsTheStorysKicker() {
        // Given an archive page that lists its stories, then gives each story's text opening with the page, the column
        // it ran in ("专栏:年终报捷") and its head again
        String page = """
                1991-12-30
                第 1 版
                1. 煤炭:全年产量超过十亿吨
                第1版(要闻)专栏:年终报捷  煤炭:全年产量超过十亿吨 本报北京12月29日讯 记者王平报道:今天凌晨,全国煤炭产量超过十亿吨。
                2. 电力:发电量再创新高
                第1版(要闻)专栏:年终报捷  电力:发电量再创新高 据新华社北京12月29日电 全国发电量今天再创新高。
                """;
        SplitPage split = splitter.read(page);
        // Then each story runs under its own head, the column is its kicker, and its text starts with its dispatch
        assertEquals(List.of("煤炭:全年产量超过十亿吨", "电力:发电量再创新高"), split.articles().stream().map(SplitArticle::headline).toList());
        assertEquals(List.of("年终报捷", "年终报捷"), split.articles().stream().map(SplitArticle::kicker).toList());
        assertTrue(split.articles().get(1).body().startsWith("据新华社北京12月29日电"), split.articles().get(1).body());
    }

    @Test
    void aWritersNameUnderAPiecesHeadIsItsBylineAndABracketedLineThereIsItsDeck() {
        // Given an archive's literary page: a poem's head over its writer's name, then another's head over "(外一首)"
        String page = """
                1957年5月1日人民日报 第8版

                第8版()
                专栏:

                春天的工地
                林晓明
                工地上的灯火亮了一夜,吊车把钢梁送上天空。你们的汗水流进了混凝土,明天这里就是一座大楼。

                第8版()
                专栏:

                山村的早晨
                (外一首)
                鸡叫了三遍,山村醒来了。炊烟从屋顶升起,社员们扛着锄头走向田野。
                """;
        SplitPage split = splitter.read(page);
        // Then there are two pieces: the first signed by its writer, the second with its deck, neither holding the other
        assertEquals(List.of("春天的工地", "山村的早晨"), split.articles().stream().map(SplitArticle::headline).toList());
        assertEquals("林晓明", split.articles().get(0).byline());
        assertEquals("(外一首)", split.articles().get(1).subheadline());
        assertFalse(split.articles().get(0).body().contains("鸡叫了三遍"), split.articles().get(0).body());
    }

    @Test
    void anArchivesNoticeAndItsListingOfTheStoryAboveTheStoryAreFurniture() {
        // Given an archive page: the site's notice, the page's date line, the listing of the story, then the story
        // under its page and column lines, its head set again on two lines
        String page = """
                告示:采集本站数据请保持每秒一条的频率。高于此频率则失败,滥采则封IP。谢谢!

                1988-05-01第6版面所有文章内容

                南湖新桥正式通车,全长一千二百米 双向六车道缓解城南交通

                第6版(国内)
                专栏:

                南湖新桥正式通车,全长一千二百米
                双向六车道缓解城南交通
                据新华社南京5月1日电 经过两年建设,南湖新桥今天正式通车。大桥全长一千二百米,双向六车道。
                """;
        SplitPage split = splitter.read(page);
        // Then there is one story under its own head, and the page's date is read from its date line
        assertEquals(1, split.articles().size(), split.articles().toString());
        SplitArticle a = split.articles().get(0);
        assertEquals("南湖新桥正式通车,全长一千二百米", a.headline());
        assertEquals("双向六车道缓解城南交通", a.subheadline());
        assertTrue(a.body().startsWith("据新华社南京5月1日电"), a.body());
        assertEquals("1988-05-01", split.date());
    }

    @Test
    void aNumberedListOfNewsIsAnArticlePerItemUnderItsSectionLabel() {
        // Given a morning digest: an intro, then numbered items under section labels, each with a link to the story
        String page = """
                今天是10月29日星期五。欢迎收听新闻早餐。

                  【国内】

                  1、国防部新闻发言人28日指出,坚决捍卫国家主权和领土完整是中国人民解放军的神圣使命。【详情】

                  2、当前全国公路通车里程已超过500万公里,明年1月起将实现网上申报、审批和监管。【详情】

                  【国际】

                  3、欧洲法院裁定,波兰每天须向欧盟委员会支付100万欧元罚款。【详情】
                """;
        SplitPage split = splitter.read(page);
        List<SplitArticle> items = split.articles().stream().filter(a -> a.body().matches("(?s)\\d、.*")).toList();
        // Then each numbered item is an article, as printed, under its label, without the link
        assertEquals(3, items.size(), split.articles().toString());
        assertEquals(List.of("国内", "国内", "国际"), items.stream().map(SplitArticle::kicker).toList());
        assertTrue(items.get(2).body().startsWith("3、欧洲法院裁定"), items.get(2).body());
        assertTrue(items.get(2).body().endsWith("100万欧元罚款。"), items.get(2).body());
    }

    @Test
    void aStorysNumberedPointsStayInTheStory() {
        String page = """
                市政府部署今年重点工作

                本报讯 市政府昨天召开常务会议,部署今年三项重点工作。

                1、加快城市更新,年内完成老旧小区改造一百个。

                2、推进交通建设,地铁三号线年底通车。

                3、改善民生,新建学校十所。

                会议要求各部门抓好落实。
                """;
        SplitPage split = splitter.read(page);
        assertEquals(1, split.articles().size(), split.articles().toString());
    }

    @Test
    void aTranscriptPagesTitleDateLinkAndWidgetsAreFurnitureAndEachItemIsAStory() {
        String page = """
                当前位置:新闻联播 > 央视节目 > 新闻联播直播 >

                国际联播快讯20180602

                新闻联播直播:2018-06-02

                查看最新新闻联播直播

                  西班牙首相遭弹劾下台

                  1日,西班牙议会投票通过对首相的弹劾案,首相被弹劾下台。根据宪法规定,提出弹劾案的工人社会党总书记成为首相。今年5月,西班牙法院对执政党受贿案做出判决,认定多名高级成员多年来接受企业贿赂。

                  世界杯揭幕战用球将从空间站返回

                  1日,国际空间站举行了交接仪式,两名宇航员结束了在空间站将近半年的工作,将于3日返回地球。和他们一起返回的还有一个足球。

                相关推荐
                """;
        SplitPage split = splitter.read(page);
        assertEquals(List.of("西班牙首相遭弹劾下台", "世界杯揭幕战用球将从空间站返回"),
                split.articles().stream().map(SplitArticle::headline).toList());
        assertEquals("2018-06-02", split.date());
    }

    @Test
    void untitledStoriesEachOpenedByTheirCreditAreStoriesOfTheirOwn() {
        // Given an e-paper column that sets no heads: each story opens with its credit, one paragraph to a line,
        // under a calendar widget, the first closed by the lead-in of its chart
        String page = """
                | 日 | 一 | 二 | 三 | 四 | 五 | 六 |
                第A04版:城市资讯
                本报讯(全媒体记者 王小明)昨日全市以西南风为主,市区最高气温9℃。
                今天全市多云,东北风为主,风力不大。明天全市多云,有雾或轻雾。
                市气象台5日发布天气预报:
                本报讯(全媒体记者 李青 通讯员 张萌)新春伊始,走进城东小区,一个个垃圾桶被擦洗得干干净净。
                社区工作人员将擦洗后的垃圾桶重新放回置桶架上。
                本报讯(全媒体记者 赵一)初春时节,乍暖还寒,鲜嫩的野菜已经上市。
                """;
        SplitPage split = splitter.read(page);
        assertEquals(3, split.articles().size(), split.articles().toString());
        assertTrue(split.articles().get(0).body().endsWith("市气象台5日发布天气预报:"), split.articles().get(0).body());
        assertEquals(List.of("全媒体记者 王小明", "全媒体记者 李青 通讯员 张萌", "全媒体记者 赵一"),
                split.articles().stream().map(SplitArticle::byline).toList());
        assertFalse(split.articles().get(0).body().contains("|"), "the calendar is furniture");
    }

    @Test
    void aMarkedParagraphKeepsItsMarkAndATeasersCutMarkIsDropped() {
        String page = """
                澳聞集納

                青洲坊大廈可提供臨時收容服務

                △位於青洲東街的服務中心,可為有臨時安置需要的人士提供臨時收容服務,有需要的人士可往該中心登記暫宿。

                港隊吉祥物被稱為「黃獅」

                【明報專訊】杭州亞運會昨開幕,港隊吉祥物因毛髮黃色而被稱為「黃獅」,有人批評 ......
                """;
        SplitPage split = splitter.read(page);
        assertEquals(2, split.articles().size(), split.articles().toString());
        assertTrue(split.articles().get(0).body().startsWith("△位於"), split.articles().get(0).body());
        assertTrue(split.articles().get(1).body().endsWith("有人批評"), split.articles().get(1).body());
    }

    @Test
    void aListingsStoryOnOneLineIsHeadlineWriterAndText() {
        // Given two listings that set each story on one line: headline, writer, date, text; headline, credited text,
        // filing time and tags
        String byWriter = """
                悉尼跨年夜煙花表演有看頭 2000個煙花將在夜空綻放 歐陽宇琦 2021-12-10 午夜倒數表演將從晚上8點30分開始。五顏六色的煙花將從海港大橋上綻放。
                無國界記者發新報告 批新聞自由倒退 歐陽宇琦 2021-12-10 該報告詳細揭露了打壓新聞自由的情況,並形容該國為最大的記者監禁者。
                """;
        SplitPage a = splitter.read(byWriter);
        assertEquals(List.of("悉尼跨年夜煙花表演有看頭 2000個煙花將在夜空綻放", "無國界記者發新報告 批新聞自由倒退"),
                a.articles().stream().map(SplitArticle::headline).toList());
        assertEquals(List.of("歐陽宇琦", "歐陽宇琦"), a.articles().stream().map(SplitArticle::byline).toList());
        assertTrue(a.articles().get(0).body().startsWith("午夜倒數表演"), a.articles().get(0).body());

        String withCredit = """
                北捷驚魂!女拿剪刀問鄰座 嚇壞乘客急報案 【記者王小明/台北報導】今天下午有女子在捷運列車內亮出剪刀,嚇壞乘客報警,經捷警制伏後送醫。 2026/01/15 17:23 社會 地方大小事
                嘉市加領春節禮金 普發6000這樣花 【記者李青/嘉義報導】嘉義市議會上月三讀通過振興經濟預算案,市府今天宣布同時入帳老人春節禮金。 2026/01/15 17:16 社會 地方大小事
                """;
        SplitPage b = splitter.read(withCredit);
        assertEquals(List.of("北捷驚魂!女拿剪刀問鄰座 嚇壞乘客急報案", "嘉市加領春節禮金 普發6000這樣花"),
                b.articles().stream().map(SplitArticle::headline).toList());
        assertEquals(new Dateline("台北", null), b.articles().get(0).dateline());
        assertTrue(b.articles().get(0).body().endsWith("後送醫。"), "the filing time and tags are no text: " + b.articles().get(0).body());
    }

    @Test
    void aListOfSignedBriefsIsOneArticlePerItemUnderItsLabel() {
        // Given a column of briefs: a label, then items each opened by a mark and closed by its reporters' names
        String page = """
                本市要闻

                ■4月18日,全市书法新人新作展在市美术馆举行,共有300件书法作品参展,展期两周。

                (全媒体记者王太新)

                ■4月16日,市委党校春季主体班开班,学员将用三个月时间学习城市治理。

                (全媒体记者李文刚)
                """;

        // When it is split
        SplitPage split = splitter.read(page);

        // Then each item is an article with the label as its kicker, its credit as its byline, its mark as printed
        assertEquals(2, split.articles().size(), split.toString());
        assertEquals(List.of("本市要闻", "本市要闻"), split.articles().stream().map(SplitArticle::kicker).toList());
        assertEquals(List.of("(全媒体记者王太新)", "(全媒体记者李文刚)"),
                split.articles().stream().map(SplitArticle::byline).toList());
        assertEquals("■4月16日,市委党校春季主体班开班,学员将用三个月时间学习城市治理。", split.articles().get(1).body());
    }

    @Test
    void aHeadInCornerBracketsOrNumberedIsReadWithoutThem() {
        String para = "市政府昨天召开会议,研究部署全市重点工作,会议要求各部门加强协调配合,确保各项任务按时完成,"
                + "同时做好安全生产和民生保障工作,切实维护社会和谐稳定,推动经济持续健康发展,让群众得到更多实惠。";
        String page = ">>两会聚焦\n【全国人大会议今天9时开幕】\n" + para + "\n\n1. 南湖新桥正式通车\n" + para + "\n";
        SplitPage split = splitter.read(page);
        assertEquals(List.of("全国人大会议今天9时开幕", "南湖新桥正式通车"),
                split.articles().stream().map(SplitArticle::headline).toList());
        assertEquals("两会聚焦", split.articles().get(0).kicker());
    }

    @Test
    void aHeadAfterAPhotoCreditThatEndsAStoryOpensTheNextStory() {
        // Given a story that ends on a whole sentence, its photo's caption and credit, then a head over another story
        String page = """
                小学遭大火焚毁

                市内一所小学昨日下午发生大火,没有人受伤,但整幢校舍完全焚毁。消防员出动四部救火车和一部拯救车灌救,至晚间才将火救熄,起火原因仍在调查。

                火场一角。

                (CTV圖片)

                警方发图寻找肇事车辆

                多伦多警队发出一张保安摄录机拍下的图片,呼吁公众协助寻找一辆撞伤人后逃离现场的房车。
                """;
        SplitPage split = splitter.read(page);
        assertEquals(List.of("小学遭大火焚毁", "警方发图寻找肇事车辆"),
                split.articles().stream().map(SplitArticle::headline).toList());
    }

    @Test
    void binaryJunkAndHugeLinesDoNotBreakTheSplitter() {
        byte[] bytes = new byte[64 * 1024];
        new Random(7).nextBytes(bytes);
        assertEquals(0, splitter.read(new String(bytes, StandardCharsets.UTF_8)).articles().size());
        assertEquals(0, splitter.read("\u0000\u0001\u0002 ### \uFFFD\uFFFD ## #").articles().size());

        String hugeLine = "城市发展日新月异".repeat(40_000);
        SplitPage huge = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> splitter.read(hugeLine));
        assertEquals(1, huge.articles().size());
        assertEquals(hugeLine, huge.articles().get(0).body());
    }

    @Test
    void oneArticlePage() {
        String page = """
                市图书馆新馆今起开放

                本报讯(记者 王小明) 经过两年建设,市图书馆新馆今天正式向读者开放。

                新馆藏书约两百万册,设有少儿阅览区和数字体验区。
                """;
        SplitPage split = splitter.read(page);
        assertEquals(1, split.articles().size());
        SplitArticle a = split.articles().get(0);
        assertEquals(1, a.ordinal());
        assertEquals("市图书馆新馆今起开放", a.headline());
        assertTrue(a.byline().contains("王小明"), a.byline());
        assertTrue(a.body().startsWith("本报讯(记者 王小明) 经过两年建设"), a.body());
        assertEquals(2, a.body().split("\n").length);
        assertNull(a.kicker());
        assertNull(a.subheadline());
    }

    @Test
    void columnBreaksAreJoined() {
        String page = """
                河湖治理取得新成效

                今年以来,全市持续推进河道清淤、

                岸线整治和水质监测,累计完成治理河段四十余公里。沿河群众纷纷点

                赞。下一步,将继续加大投入。
                """;
        SplitArticle a = only(splitter.read(page));
        assertEquals("今年以来,全市持续推进河道清淤、岸线整治和水质监测,累计完成治理河段四十余公里。沿河群众纷纷点赞。"
                + "下一步,将继续加大投入。", a.body());
    }

    @Test
    void photoCaptionsAreSetApartFromTheBody() {
        String page = """
                春季花展开幕

                游客在植物园内观赏郁金香。

                本报记者 丙丁/摄

                本报讯 为期一个月的春季花展昨日开幕,共展出花卉三百余种。

                孩子们在花海中嬉戏。(记者 甲乙 摄)

                花展期间,园方还将举办摄影比赛。
                """;
        SplitArticle a = only(splitter.read(page));
        assertEquals("本报讯 为期一个月的春季花展昨日开幕,共展出花卉三百余种。\n花展期间,园方还将举办摄影比赛。", a.body());
        assertEquals(2, a.captions().size());
        assertTrue(a.captions().get(0).startsWith("游客在植物园内观赏郁金香。"));
        assertTrue(a.captions().get(1).startsWith("孩子们在花海中嬉戏。"));
    }

    @Test
    void aCreditLineCarryingItsOwnCaptionLeavesTheLeadInTheBody() {
        // Xinhua's photo lines hold their caption before the credit; the lead above them is no caption
        String page = """
                嫦娥五号探测器成功发射

                新华社海南文昌11月24日电(记者胡喆、陈凯姿)11月24日4时30分,我国用长征五号遥五运载火箭成功发射嫦娥五号探测器。

                这是长征五号遥五运载火箭发射。 新华社记者 金立旺 摄

                火箭飞行约2200秒后,顺利将探测器送入预定轨道。
                """;
        SplitArticle a = only(splitter.read(page));
        assertTrue(a.body().startsWith("新华社海南文昌11月24日电"), a.body());
        assertEquals(List.of("这是长征五号遥五运载火箭发射。 新华社记者 金立旺 摄"), a.captions());
    }

    @Test
    void anIntertitleStaysInItsStoryWhileANewHeadOpensANewStory() {
        String page = """
                老旧小区改造惠及万户居民

                本报讯 今年全市计划改造老旧小区一百二十个,目前已开工九十个。

                加装电梯成亮点

                在已开工的小区中,加装电梯的需求最为集中。

                居民纷纷表示,出行更加方便了。

                (甲乙 丙丁)

                夜间经济持续升温

                南江新区夜市本周末开市,吸引大批市民前往。

                全市举办读书月活动
                各区图书馆延长开放时间

                记者日前从市文化部门获悉,读书月活动将持续到月底。

                跨境电商交易额同比增长三成

                新华社杭州5月3日电 一季度,当地跨境电商交易额同比增长三成。
                """;
        SplitPage split = splitter.read(page);
        assertEquals(List.of("老旧小区改造惠及万户居民", "夜间经济持续升温", "全市举办读书月活动", "跨境电商交易额同比增长三成"),
                split.articles().stream().map(SplitArticle::headline).toList());
        SplitArticle first = split.articles().get(0);
        assertEquals(List.of("本报讯 今年全市计划改造老旧小区一百二十个,目前已开工九十个。", "加装电梯成亮点",
                "在已开工的小区中,加装电梯的需求最为集中。", "居民纷纷表示,出行更加方便了。", "(甲乙 丙丁)"),
                List.of(first.body().split("\n")));
        assertEquals("各区图书馆延长开放时间", split.articles().get(2).subheadline());
        SplitArticle wire = split.articles().get(3);
        assertEquals("新华社", wire.wire());
        assertEquals(new Dateline("杭州", "05-03"), wire.dateline());
        assertEquals(List.of(1, 2, 3, 4), split.articles().stream().map(SplitArticle::ordinal).toList());
    }

    @Test
    void aHeadlineSetIntoAStoryTakesTheTextAboveItAndJoinsTheCutSentence() {
        String page = """
                港口吞吐量再创新高

                本报讯 上半年,港口货物吞吐量同比增长百分之八。

                港区负责人表示,将继续提升作业效率。

                乡村振兴路上

                清晨六点,山脚下的茶园里已经忙碌起来。

                如今,村里的茶叶远销各地,家家户户的日子越过越

                茶香飘出致富路

                孙甲 本报记者 李乙

                红火。村党支部书记说,下一步要发展乡村旅游。
                """;
        SplitPage split = splitter.read(page);
        assertEquals(2, split.articles().size());
        SplitArticle port = split.articles().get(0);
        assertTrue(port.body().endsWith("港区负责人表示,将继续提升作业效率。"), port.body());
        assertFalse(port.body().contains("乡村振兴路上"));
        SplitArticle tea = split.articles().get(1);
        assertEquals("茶香飘出致富路", tea.headline());
        assertEquals("乡村振兴路上", tea.kicker());
        assertEquals("孙甲 本报记者 李乙", tea.byline());
        assertEquals("清晨六点,山脚下的茶园里已经忙碌起来。\n如今,村里的茶叶远销各地,家家户户的日子越过越红火。"
                + "村党支部书记说,下一步要发展乡村旅游。", tea.body());
    }

    @Test
    void headLinesAreSortedIntoKickerHeadlineSubheadlineAndByline() {
        String page = """
                市长在全市工作会议上强调

                抓好项目建设 推动高质量发展

                本报讯 昨天,全市工作会议召开。

                老城区焕发新活力

                聚焦 城市更新三年行动

                文/本报记者 赵甲 图/本报记者 钱乙

                街巷换新颜

                走进老城区,青石板路干净整洁。
                """;
        SplitPage split = splitter.read(page);
        assertEquals(2, split.articles().size());
        assertEquals("市长在全市工作会议上强调 抓好项目建设 推动高质量发展", split.articles().get(0).headline());
        SplitArticle city = split.articles().get(1);
        assertEquals("老城区焕发新活力", city.headline());
        assertEquals("聚焦 城市更新三年行动", city.kicker());
        assertEquals("文/本报记者 赵甲 图/本报记者 钱乙", city.byline());
        assertEquals("走进老城区,青石板路干净整洁。", city.body());
    }

    @Test
    void aHeadlineWithACommaIsKnownByTheCreditAfterIt() {
        String page = """
                稳字当头,进中求新

                本报讯 今年一季度,全市经济运行总体平稳。

                第一,推动重点项目

                加快建设。各区要抓紧落实。
                """;
        SplitArticle a = only(splitter.read(page));
        assertEquals("稳字当头,进中求新", a.headline());
        assertEquals("本报讯 今年一季度,全市经济运行总体平稳。\n第一,推动重点项目加快建设。各区要抓紧落实。", a.body());
    }

    @Test
    void decorationsAroundBylinesAndHeadsAreDropped() {
        String page = """
                **新馆开放**

                ■本报记者 钱七

                市博物馆新馆今天开放。
                """;
        SplitArticle a = only(splitter.read(page));
        assertEquals("新馆开放", a.headline());
        assertEquals("本报记者 钱七", a.byline());
        assertEquals("市博物馆新馆今天开放。", a.body());
    }

    @Test
    void aParagraphPrintedTwiceIsHeldOnceInItsLaterPlace() {
        String page = """
                全省防汛工作会议召开

                本报讯 全省防汛工作会议今天召开。

                各市县有关负责同志参加会议。

                会议要求,各地要压实责任,做好应急准备。

                各市县有关负责同志参加会议。
                """;
        SplitArticle a = only(splitter.read(page));
        assertEquals("本报讯 全省防汛工作会议今天召开。\n会议要求,各地要压实责任,做好应急准备。\n各市县有关负责同志参加会议。",
                a.body());
    }

    @Test
    void markdownPageWithMastheadHeadlinesAndIntertitles() {
        String page = """
                扫码关注

                # 江城日报

                2022年6月1日 星期三

                ## 儿童公园改造完工

                江城日报讯 记者孙丙报道:经过半年改造,儿童公园今天重新开放。

                ### 新增设施

                公园新增了沙池和攀爬架。

                ## 地铁三号线试运行

                本报讯(记者 周丁) 地铁三号线今天开始试运行。
                """;
        SplitPage split = splitter.read(page);
        assertEquals("江城日报", split.publication());
        assertEquals("2022-06-01", split.date());
        assertEquals(2, split.articles().size());
        SplitArticle park = split.articles().get(0);
        assertEquals("儿童公园改造完工", park.headline());
        assertEquals("江城日报讯 记者孙丙报道:经过半年改造,儿童公园今天重新开放。\n新增设施\n公园新增了沙池和攀爬架。", park.body());
        assertTrue(park.byline().contains("孙丙"));
        assertEquals("记者 周丁", split.articles().get(1).byline());
    }

    @Test
    void publicationComesFromALeadCreditWhenThePagePrintsNoMasthead() {
        String page = """
                新桥通车

                南湖晚报讯 记者甲乙报道:南湖新桥今天通车。
                """;
        SplitPage split = splitter.read(page);
        assertEquals("南湖晚报", split.publication());
        assertNull(split.date());
    }

    @Test
    void englishOcrPage() {
        String page = """
                THE RIVERTON GAZETTE
                Tuesday, March 9, 2021

                COUNCIL APPROVES NEW BRIDGE

                By Jane Doe

                RIVERTON (AP) — The city council voted on Monday to approve
                a new bridge over the river, ending a long debate over its con-
                struction costs and its route through the old town.

                Work is due to start in the spring.

                Harbor Cleanup Begins After Storm

                LONDON, March 8 (Reuters) - Crews began clearing debris from
                the harbor on Sunday after a storm damaged dozens of boats.
                """;
        SplitPage split = splitter.read(page);
        assertEquals("2021-03-09", split.date());
        assertEquals("THE RIVERTON GAZETTE", split.publication());
        assertEquals(2, split.articles().size());
        SplitArticle bridge = split.articles().get(0);
        assertEquals("COUNCIL APPROVES NEW BRIDGE", bridge.headline());
        assertEquals("By Jane Doe", bridge.byline());
        assertEquals("AP", bridge.wire());
        assertEquals("RIVERTON", bridge.dateline().place());
        assertTrue(bridge.body().contains("over its construction costs"), bridge.body());
        assertTrue(bridge.body().contains("to approve a new bridge"), bridge.body());
        assertTrue(bridge.body().endsWith("Work is due to start in the spring."), bridge.body());
        SplitArticle harbor = split.articles().get(1);
        assertEquals("Harbor Cleanup Begins After Storm", harbor.headline());
        assertEquals("Reuters", harbor.wire());
        assertEquals(new Dateline("LONDON", "03-08"), harbor.dateline());
        assertTrue(harbor.body().contains("debris from the harbor"), harbor.body());
    }

    @Test
    void tenThousandLinesSplitInLinearTime() {
        StringBuilder page = new StringBuilder();
        for (int i = 0; i < 2_500; i++) {
            page.append("第").append(i).append("条新闻标题\n\n")
                    .append("本报讯 这是第").append(i).append("篇稿件的第一段,内容")
                    .append("\n\n较长且被分栏打断,仍需拼接。\n\n");
        }
        SplitPage split = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> splitter.read(page.toString()));
        assertEquals(2_500, split.articles().size());
        assertTrue(split.articles().get(2_499).body().endsWith("内容较长且被分栏打断,仍需拼接。"));
    }

    @Test
    void oneSplitterServesManyThreads() throws Exception {
        String page = """
                标题一

                本报讯 第一篇稿件的正文。

                标题二

                本报讯 第二篇稿件的正文。
                """;
        SplitPage expected = splitter.split(page);
        List<Thread> threads = new java.util.ArrayList<>();
        List<SplitPage> results = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
        for (int t = 0; t < 4; t++) {
            Thread thread = new Thread(() -> {
                for (int i = 0; i < 200; i++) {
                    results.add(splitter.split(page));
                }
            });
            threads.add(thread);
            thread.start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        assertEquals(800, results.size());
        assertTrue(results.stream().allMatch(expected::equals));
        assertEquals(2, expected.articles().size());
    }

    @Test
    void briefsAfterAStoryAreStoriesOfTheirOwnButAnIntertitleOverALongSectionIsNot() {
        String page = """
                公园改造完成

                本报讯 城东公园改造工程日前完工,新增步道三公里。

                新增健身区

                公园东侧新建了健身区,配有二十余件器材,吸引了不少晨练的市民,也有不少孩子前来玩耍,周末尤其热闹,管理方表示将延长开放时间,并增加夜间照明设施,方便市民锻炼。

                园内还新建了两处公共卫生间。

                公园的改造得到了周边居民的普遍好评,不少市民表示散步的去处更多了。

                菜市场搬迁

                南门菜市场本月底搬入新址。

                夜班公交延长

                三条夜班公交线路运营时间延长至凌晨一点。
                """;
        SplitPage split = splitter.read(page);
        assertEquals(List.of("公园改造完成", "菜市场搬迁", "夜班公交延长"),
                split.articles().stream().map(SplitArticle::headline).toList());
        assertTrue(split.articles().get(0).body().contains("\n新增健身区\n"), split.articles().get(0).body());
    }

    @Test
    void aShortSectionLabelOverAHeadIsItsKickerAndADeckUnderTheBylineIsKept() {
        String page = """
                WORLD

                Talks Resume on Trade Deal

                By Ann Lee

                Negotiators Meet in Geneva

                Trade talks resumed on Monday after a two-month break.
                """;
        SplitArticle a = only(splitter.read(page));
        assertEquals("WORLD", a.kicker());
        assertEquals("Talks Resume on Trade Deal", a.headline());
        assertEquals("Negotiators Meet in Geneva", a.subheadline());
        assertEquals("Trade talks resumed on Monday after a two-month break.", a.body());
    }

    @Test
    void aJumpLineEndsItsStoryAndARunningHeadGivesPaperAndDate() {
        String page = """
                B2   THE LAKESIDE HERALD   MONDAY, MAY 6, 2024

                SCHOOL BUDGET PASSES
                BY NARROW MARGIN

                The school board approved the budget on Friday by a vote
                of four to three, ending weeks of debate.
                Continued on B5

                Ferry Fares Unchanged

                Ferry fares will stay the same this summer, the operator said.
                """;
        SplitPage split = splitter.read(page);
        assertEquals("THE LAKESIDE HERALD", split.publication());
        assertEquals("2024-05-06", split.date());
        assertEquals(List.of("SCHOOL BUDGET PASSES BY NARROW MARGIN", "Ferry Fares Unchanged"),
                split.articles().stream().map(SplitArticle::headline).toList());
        assertEquals("The school board approved the budget on Friday by a vote of four to three, ending weeks of debate.",
                split.articles().get(0).body());
    }

    @Test
    void indentedLinesOpenParagraphsOfAWrappedColumn() {
        String page = """
                Harbor Reopens

                The harbor reopened on Sunday after
                a week of repairs to the sea wall.
                  Boats began returning to their moor-
                ings by the afternoon.
                """;
        SplitArticle a = only(splitter.read(page));
        assertEquals("The harbor reopened on Sunday after a week of repairs to the sea wall.\n"
                + "Boats began returning to their moorings by the afternoon.", a.body());
    }

    @Test
    void aColumnBreakAfterAQuotedTermIsJoined() {
        String page = """
                智慧城市建设提速

                本报讯 全市正在打造新型智慧“城市大脑”

                平台,目前已接入六十余套系统。
                """;
        assertEquals("本报讯 全市正在打造新型智慧“城市大脑”平台,目前已接入六十余套系统。", only(splitter.read(page)).body());
    }

    private static SplitArticle only(SplitPage page) {
        assertEquals(1, page.articles().size(), () -> page.articles().toString());
        return page.articles().get(0);
    }
}
