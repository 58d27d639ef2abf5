package newsflow.core.tag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.dictionary.CustomDictionary;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import newsflow.model.Topic;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The tagger on short texts written for these tests. */
class ArticleTaggerTest {
    static ArticleTagger tagger;
    static ChineseEntities rules;

    @BeforeAll
    static void setUp() {
        tagger = new ArticleTagger();
        rules = new ChineseEntities(CustomDictionary.DEFAULT);
    }

    static String mainTopic(Tags t) {
        return t.topics().isEmpty() ? "none" : t.topics().get(0).label();
    }

    // ------------------------------------------------------------------------------------------------ language

    @Test
    void languageOfShortHeadlines() {
        assertEquals("zh", LanguageDetector.detect("央行降息"));
        assertEquals("zh", LanguageDetector.detect("iPhone 新机今日开售"));
        assertEquals("zh", LanguageDetector.detect("A股三大指数集体收涨"));
        assertEquals("en", LanguageDetector.detect("Rates cut"));
        assertEquals("en", LanguageDetector.detect("Markets rally after the Fed holds rates"));
        assertEquals("en", LanguageDetector.detect("Officials met in 北京 on Monday to discuss the trade deal"));
        assertEquals("und", LanguageDetector.detect(""));
        assertEquals("und", LanguageDetector.detect("2020-08-24 12:00"));
        assertEquals("und", LanguageDetector.detect("Москва приняла решение"));
        assertEquals("und", LanguageDetector.detect("東京でひらかれたかいぎについて"));
        assertEquals("und", LanguageDetector.detect(null));
    }

    @Test
    void traditionalChineseIsAnalysedAsSimplifiedAndTaggedAsPrinted() {
        Tags t = tagger.tag("國務院總理在北京會見美國總統", "國務院總理在人民大會堂會見來訪的美國總統，雙方就經濟貿易合作交換了意見。");
        assertEquals("zh", t.language());
        assertTrue(t.places().contains("北京"), t.places().toString());
        assertTrue(t.organizations().contains("國務院"), "the article's own script: " + t.organizations());
        assertEquals("politics", mainTopic(t));
        assertEquals("国务院总理", ArticleTagger.simplified("國務院總理"));
        assertEquals("软件著作权", ArticleTagger.simplified("软件著作权"), "simplified text is left as it is");
    }

    @Test
    void everyNameOfAListOfLeadersIsAPersonThoughTheRecogniserMissedSome() {
        // Given an archive report listing leaders, some given names holding function characters (得志, 其武), one
        // name the segmenter cuts short (李聚奎), one closing its role's clause (委员洪学智)
        Tags t = tagger.tag("", "出席招待会的党和国家领导人有杨尚昆、杨得志、余秋里、张廷发、秦基伟、耿飚;中共中央顾问委员会常委"
                + "王平、肖克、宋时轮;中央军委顾问李聚奎;政协全国委员会副主席董其武、杨成武、邓兆祥。");

        // Then every listed name is a person, whole
        assertTrue(t.people().containsAll(List.of("杨尚昆", "杨得志", "余秋里", "张廷发", "秦基伟", "耿飚", "王平", "肖克",
                "宋时轮", "李聚奎", "董其武", "杨成武", "邓兆祥")), t.people().toString());
        assertFalse(t.people().contains("李聚"), t.people().toString());
    }

    @Test
    void aForeignNameTheRecogniserMissedIsReadBesideItsTitle() {
        // Given foreign leaders named beside their titles, transliterated, as the archives print them
        Tags t = tagger.tag("", "华主席在同坦桑尼亚贵宾谈话时,请他转达对坦桑尼亚革命党主席尼雷尔的问候。齐奥塞斯库总统会见了代表团。");

        // Then each is a person, the title left out; the country stays a place
        assertTrue(t.people().containsAll(List.of("尼雷尔", "齐奥塞斯库")), t.people().toString());
        assertTrue(t.places().contains("坦桑尼亚"), t.places().toString());
    }

    @Test
    void aForeignNameWrittenWithDotsIsOnePersonAndAShipNamedSoIsNone() {
        // Given foreign names with a dot between their parts, which the segmenter cuts at the dot, one run on into the
        // verb after it, and an aircraft carrier named after a president
        Tags t = tagger.tag("", "他们在机场受到巴基斯坦总统齐亚·哈克、信德省省长贾汉·达德·汗的热情迎送。"
                + "会见者包括银行部长穆萨·迪亚基特。伊朗总统称阿里·塔巴塔拜当选。“亚伯拉罕·林肯”号航空母舰驶离港口。");

        // Then each name is one person, whole; the ship is none
        assertTrue(t.people().containsAll(List.of("齐亚·哈克", "贾汉·达德·汗", "穆萨·迪亚基特", "阿里·塔巴塔拜")),
                t.people().toString());
        assertFalse(t.people().contains("亚伯拉罕·林肯"), t.people().toString());
    }

    @Test
    void writersWhoSignAPieceOffInBracketsArePeopleButAWordInBracketsIsNone() {
        // Given pieces signed off by their writers in brackets, and one closing on a bracketed word
        Tags t = tagger.tag("", "战士们终于完成了抢险任务,保住了堤防。 (毛丹)\n职工订了自己的报纸。(黄建生 汪明喜)\n会议开得很成功。(完)");

        // Then the writers are people; the word is not
        assertTrue(t.people().containsAll(List.of("毛丹", "黄建生", "汪明喜")), t.people().toString());
        assertFalse(t.people().contains("完"), t.people().toString());
    }

    @Test
    void aBodyNamedWithItsSessionIsTheBody() {
        // Given a congress named with the ordinal of its term
        Tags t = tagger.tag("", "1955年7月,第一届全国人民代表大会第二次全体会议通过了决议。");

        // Then the organisation is the congress, not its first term
        assertTrue(t.organizations().contains("全国人民代表大会"), t.organizations().toString());
    }

    @Test
    void namesPrintedSideBySideWithoutTheirCommasAreEachAPerson() {
        // Given an archive list of leaders whose enumeration commas the copying lost, two of its names two characters
        // long, which need evidence on their own
        Tags t = tagger.tag("", "宴会上,李先念徐向前姬鹏飞方毅吴德等出席作陪。");

        // Then each name beside an accepted one is a person
        assertTrue(t.people().containsAll(List.of("李先念", "姬鹏飞", "方毅", "吴德")), t.people().toString());
    }

    @Test
    void aPlaceNamedShortAndFullIsGivenOnceByItsFullName() {
        // Given a province named with and without its suffix
        Tags t = tagger.tag("", "山西省太谷县的农民来到辽宁参观。山西的棉花今年丰收。");

        // Then it is one place under its full name, which holds the short one
        assertTrue(t.places().contains("山西省"), t.places().toString());
        assertFalse(t.places().contains("山西"), t.places().toString());
    }

    @Test
    void aNameAfterItsTitleIsWholeThoughTheRecogniserCutIt() {
        // Given ministers named after their titles, the recogniser cutting each name after two characters
        Tags t = tagger.tag("", "同机回来的是轻工业部部长李烛尘和纺织工业部副部长荣毅仁等。");

        // Then each is a person, whole, and the cut names are gone
        assertTrue(t.people().containsAll(List.of("李烛尘", "荣毅仁")), t.people().toString());
        assertFalse(t.people().contains("李烛") || t.people().contains("荣毅"), t.people().toString());
    }

    @Test
    void abbreviatedBodiesAreOrganisations() {
        // the nation's sports commission and federation and a party department, as archives abbreviate them
        Tags t = tagger.tag("", "本报讯 国家体委和全国体总今天联合举办全国运动会。中联部官员出席。");
        assertTrue(t.organizations().containsAll(List.of("国家体委", "全国体总", "中联部")), t.organizations().toString());
    }

    @Test
    void aPlacesPaperIsAnOrganisation() {
        // a place and the kind of body it names, which the segmenter leaves apart (山西/ns 日报/n), are one organisation
        Tags t = tagger.tag("", "据山西日报报道,当地棉花今年丰收。");
        assertTrue(t.organizations().contains("山西日报"), t.organizations().toString());
    }

    @Test
    void aListOfThingsIsNoListOfNames() {
        // a list whose items start with surname characters but holds no recognised name stays out of the people
        Tags t = tagger.tag("", "会议讨论了高速公路、石油化工、金融改革和林业发展等问题。");
        assertTrue(t.people().isEmpty(), t.people().toString());
    }

    @Test
    void conversionIsSkippedWhenNoCharacterCouldChange() {
        // simplified text: nothing HanLP's conversion could change, so it is not run
        assertFalse(ArticleTagger.holdsTraditional("国务院总理在北京会见美国总统，双方就经济贸易合作交换了意见。"));
        assertFalse(ArticleTagger.holdsTraditional("Shares rose 3% on Monday"));
        assertFalse(ArticleTagger.holdsTraditional(""));
        // one traditional character anywhere is enough to convert
        assertTrue(ArticleTagger.holdsTraditional("国务院总理在北京会见美国总统，双方就经济贸易合作交换了意見。"));
        assertEquals("经济贸易合作交换了意见", ArticleTagger.simplified("經濟貿易合作交換了意見"));
        // HanLP's phrase entries alone do not make a text traditional (its 程式 → 程序 would break 方程式)
        assertEquals("解一元二次方程式", ArticleTagger.simplified("解一元二次方程式"));
        // the skip changes nothing: every CJK character it lets through converts to itself
        for (char c = '\u3400'; c <= '\u9fff'; c++) {
            String one = String.valueOf(c);
            if (!ArticleTagger.holdsTraditional(one)) {
                assertEquals(one, HanLP.convertToSimplifiedChinese(one), "U+" + Integer.toHexString(c));
            }
        }
    }

    @Test
    void emptyAndNullTextGiveEmptyTags() {
        for (Tags t : List.of(tagger.tag("", ""), tagger.tag(null, null), tagger.tag("  \n ", "。，！"))) {
            assertEquals("und", t.language());
            assertTrue(t.keywords().isEmpty() && t.people().isEmpty() && t.places().isEmpty()
                    && t.organizations().isEmpty() && t.topics().isEmpty(), t.toString());
        }
    }

    // ------------------------------------------------------------------------------------------------ dictionary

    @Test
    void customDictionaryTermsAreKeptWhole() {
        Tags t = tagger.tag("天琴一号卫星完成空间引力波探测关键技术验证",
                "天琴一号卫星在轨测试显示，空间引力波探测所需的关键技术指标均达到预期。引力波探测是重大科学计划，"
                        + "天琴一号的成功为后续任务奠定基础。长三角一体化发展也对科技创新提出了新的要求。");
        assertTrue(t.keywords().contains("天琴一号"), t.keywords().toString());
        assertTrue(t.keywords().contains("引力波"), t.keywords().toString());
        assertTrue(t.places().contains("长三角"), t.places().toString());
        assertFalse(t.keywords().contains("天琴"), t.keywords().toString());
        assertEquals("science and technology", mainTopic(t));
    }

    @Test
    void partyAndStateBodiesAreOrganisations() {
        Tags t = tagger.tag("市委常委会召开会议", "近日，市委常委会召开会议，传达学习国务院常务会议精神。中央政治局委员出席。");
        assertTrue(t.organizations().contains("市委常委会"), t.organizations().toString());
    }

    // ------------------------------------------------------------------------------------------------ entity rules

    @Test
    void organisationSuffixRule() {
        assertTrue(rules.isOrganisation("杭州市交通运输局"));
        assertTrue(rules.isOrganisation("浙江大学医学院"));
        assertTrue(rules.isOrganisation("杭州海康威视数字技术股份有限公司"));
        assertTrue(rules.isOrganisation("杭州市人民政府"));
        assertFalse(rules.isOrganisation("协调推进发展"), "no organisation suffix");
        assertFalse(rules.isOrganisation("数字政府"), "政府 needs a place before it");
        assertFalse(rules.isOrganisation("年度工作座谈会"), "a meeting is not a body");
        assertFalse(rules.isOrganisation("和平局"), "stem starting with a function character");
        assertFalse(rules.isOrganisation("服务方面,中心"), "punctuation");
        assertFalse(rules.isOrganisation("坂东市一家废旧塑料加工厂"), "a body described by a count, not named");
    }

    @Test
    void surnameRuleRejectsNonNames() {
        assertEquals(2, rules.nameStrength("张明远", "nr"));
        assertEquals(2, rules.nameStrength("欧阳明", "nr"));
        assertEquals(1, rules.nameStrength("王芳", "nr"), "two characters need evidence");
        assertEquals(1, rules.nameStrength("李建设", "nr"), "a given name that is a common word needs evidence");
        assertEquals(0, rules.nameStrength("美好", "nr"), "美 is not a surname");
        assertEquals(0, rules.nameStrength("于是", "nr"), "是 is not a given-name character");
        assertEquals(0, rules.nameStrength("马上", "nr"), "a common word");
        assertEquals(0, rules.nameStrength("陈两会", "nr"), "numeral and suffix characters");
        assertEquals(0, rules.nameStrength("王小明明明", "nr"), "too long");
    }

    @Test
    void namesNeedContextWhenWeak() {
        Tags t = tagger.tag("村里的变化", "记者王芳报道：村民李建设说，今年种植的苹果长势很好。李建设的女儿在城里工作。"
                + "县长刘刚、副县长陈平出席活动。");
        assertTrue(t.people().contains("王芳"), t.people().toString());
        assertTrue(t.people().contains("李建设"), t.people().toString());
        assertTrue(t.people().contains("刘刚"), t.people().toString());
        assertTrue(t.people().contains("陈平"), t.people().toString());
    }

    @Test
    void givenNamesHoldingNumeralsOrFunctionCharactersNeedEvidence() {
        assertEquals(1, rules.nameStrength("王百福", "nr"), "百: a numeral, rare in a given name");
        assertEquals(1, rules.nameStrength("李长和", "nr"), "和: a conjunction, rare in a given name");
        assertEquals(1, rules.nameStrength("安全大", "nr"), "opens with a word (安全大讨论)");
        assertEquals(2, rules.nameStrength("刘少奇", "nr"), "the dictionary's own person");
        // Given such names after a role, and a name only the surname table vouches for
        Tags t = tagger.tag("", "二队社员王百福主动把余粮卖给国家。中国驻捷克大使李长和出席。国民党立委赖士葆表示反对。"
                + "德国再度掀起国内安全大讨论。内阁首相金日成接见了代表团。");

        // Then the role is the evidence; a word with a character after it is no one
        assertTrue(t.people().containsAll(List.of("王百福", "李长和", "赖士葆", "金日成")), t.people().toString());
        assertFalse(t.people().contains("安全大"), t.people().toString());

        // a name a trail or a road is named after is the way's, not a person in the story
        Tags trail = tagger.tag("", "两名男子在麦理浩径第6段行山时迷路,消防员到场救援。");
        assertFalse(trail.people().contains("麦理浩"), trail.people().toString());
    }

    @Test
    void institutionsAndPartiesAreOrganisations() {
        // Given bodies HanLP lists as institutions, a body after its country, parties filed as plain nouns, an agency
        // and a federation by their abbreviations, and a department named by its field
        Tags t = tagger.tag("", "教育部和全国政协发表声明。俄罗斯国防部表示将继续行动。国民党和民进党在议会辩论，英国保守党也表态。"
                + "据法新社报道，国际乒联宣布了赛程。文化局局长介绍了展览。学会的研究会也派人出席。");

        // Then each is an organisation, by the name the text gives it; a kind of body is not one
        assertTrue(t.organizations().containsAll(List.of("教育部", "全国政协", "俄罗斯国防部", "国民党", "民进党", "英国保守党", "法新社",
                "国际乒联", "文化局")), t.organizations().toString());
        assertFalse(t.organizations().contains("研究会"), t.organizations().toString());

        // a party after its country, whatever its name's stem, and a league (同盟)
        Tags parties = tagger.tag("", "朝鲜劳动党中央政治局委员出席了大会。中国民主同盟主席张澜也出席了会议。");
        assertTrue(parties.organizations().containsAll(List.of("朝鲜劳动党", "中国民主同盟")), parties.organizations().toString());

        // a body the recogniser took with the preposition before it (向国家体育总局/nt) is the body alone
        Tags bid = tagger.tag("", "长株潭城市群联合向国家体育总局提交了申办报告。");
        assertTrue(bid.organizations().contains("国家体育总局"), bid.organizations().toString());
    }

    @Test
    void anArticleIsTaggedOnItsDecksAsOnItsHeadline() {
        // Given an archive's story whose deck alone names the premier and the body only "the two sides"
        String head = ArticleTagger.headWithDecks("中坦两国友谊源远流长", "李先念副总理会见坦桑尼亚代表团");
        Tags t = tagger.tag(head, "双方在友好的气氛中进行了谈话,就共同关心的问题交换了意见。");

        // Then the deck's names are the article's
        assertTrue(t.people().contains("李先念"), t.people().toString());
        assertTrue(t.organizations().contains("坦桑尼亚代表团"), t.organizations().toString());
        assertEquals("中坦两国友谊源远流长", ArticleTagger.headWithDecks("中坦两国友谊源远流长", null));
        assertEquals("李先念副总理会见代表团", ArticleTagger.headWithDecks(null, "李先念副总理会见代表团"));
    }

    @Test
    void hongKongVariantFormsAreRead() {
        // 衞 is Hong Kong's form of 衛; HanLP's conversion leaves it, and the segmenter would cut 衞生署 apart
        assertEquals("卫生署", ArticleTagger.simplified("衞生署"));
        Tags t = tagger.tag("", "衞生署今日公布，過去一個月共接獲十二宗個案。");
        assertTrue(t.organizations().contains("衞生署"), "as printed: " + t.organizations());
    }

    @Test
    void aTransliteratedNameStartsWhereAWordDoes() {
        // the characters of a country's name before a title are no name (内瑞拉 of 委内瑞拉总统)
        Tags t = tagger.tag("", "委内瑞拉总统马杜罗22日说，美国对委内瑞拉的制裁是非法的。");
        assertTrue(t.people().contains("马杜罗"), t.people().toString());
        assertTrue(t.people().stream().noneMatch(p -> p.contains("瑞拉")), t.people().toString());
    }

    @Test
    void aFeatureAfterItsPlaceIsAPlace() {
        // a strait, heights, a reservoir named by the place before them, which the segmenter leaves apart
        Tags t = tagger.tag("", "以方占领的叙利亚戈兰高地等地遭到袭击。解放军舰艇穿越台湾海峡。三峡水库水位涨至175米。");
        assertTrue(t.places().containsAll(List.of("戈兰高地", "台湾海峡", "三峡水库")), t.places().toString());

        // a state named in full, its form of government in one word or two after its name
        Tags states = tagger.tag("", "副主席今天会见了加纳共和国总统。代表团今晚设宴欢迎越南民主共和国总理和他的随行人员。");
        assertTrue(states.places().containsAll(List.of("加纳共和国", "越南民主共和国")), states.places().toString());

        // a mountain or a republic the recogniser built is a place by its ending; a name ending in 山 is a person's
        Tags built = tagger.tag("", "议员促当局交代青洲山保护进展。中国驻刚果（金）大使孙昆山时强调，双方关系良好。");
        assertTrue(built.places().contains("青洲山"), built.places().toString());
        assertFalse(built.places().contains("孙昆山"), built.places().toString());
    }

    @Test
    void aBylineNameAndANameBeforeItsTitleAreWhole() {
        // names the recogniser cuts after two characters: a byline's, closed by a space or a bracket, and one
        // standing alone before its title
        Tags t = tagger.tag("", "（记者 李俊玲 摄影报道）摊主说生意很好。新华社说，张爱萍将军率领的军事代表团今日抵达。");
        assertTrue(t.people().containsAll(List.of("李俊玲", "张爱萍")), t.people().toString());
        assertFalse(t.people().contains("李俊") || t.people().contains("张爱"), t.people().toString());
    }

    @Test
    void placesByDictionarySuffixAndEnumeration() {
        Tags t = tagger.tag("多地推进项目建设", "杭州市、宁波市和温州市在浙江省率先开展试点，嘉兴市南湖区也在推进。");
        for (String p : List.of("杭州", "宁波", "温州", "浙江")) {
            assertTrue(t.places().stream().anyMatch(x -> x.startsWith(p)), p + " in " + t.places());
        }
    }

    // ------------------------------------------------------------------------------------------------ topics

    @Test
    void topicsOfShortChineseHeadlines() {
        assertEquals("sport", mainTopic(tagger.tag("主队加时赛险胜卫冕冠军 晋级总决赛", "")));
        assertEquals("economy, business and finance", mainTopic(tagger.tag("央行宣布下调存款准备金率 股市应声上涨", "")));
        assertEquals("education", mainTopic(tagger.tag("教育部：今年高考报名人数创新高", "")));
        assertEquals("arts, culture, entertainment and media", mainTopic(tagger.tag("新片首映礼 导演携主演亮相红毯", "")));
        assertEquals("lifestyle and leisure", mainTopic(tagger.tag("大型网游新资料片今日公测 玩家可领礼包", "")));
        assertEquals("politics", mainTopic(tagger.tag("外交部发言人就两国会谈答记者问", "")));
        // a domestic incident headline alone goes to the society desk, its IPTC topic second (HeadlineDesk)
        Tags fraud = tagger.tag("警方破获特大诈骗案 抓获犯罪嫌疑人十二名", "");
        assertEquals(List.of("society", "crime, law and justice"), fraud.topics().stream().map(Topic::label).limit(2).toList());
        assertEquals("science and technology", mainTopic(tagger.tag("科学家利用望远镜发现新的系外行星", "")));
        assertEquals("society", mainTopic(tagger.tag("扶贫干部帮助贫困户脱贫 村民过上小康生活", "")));
        assertEquals("health", mainTopic(tagger.tag("流感进入高发期 医生提醒及时接种疫苗", "")));
    }

    @Test
    void headlineDeskRules() {
        // with a body the specific IPTC topic stays first
        assertEquals("crime, law and justice", mainTopic(tagger.tag("警方破获特大诈骗案",
                "警方近日破获一起特大电信诈骗案，抓获犯罪嫌疑人十二名，涉案金额逾千万元。案件已移送检察院审查起诉。")));
        // an incident abroad, or military news, is the politics and world desk's
        assertEquals("politics", mainTopic(tagger.tag("巴西南部发生严重洪灾 数十人死亡", "")));
        assertEquals("politics", mainTopic(tagger.tag("两国海军举行联合军事演习", "")));
        // a person named in full in a private-life headline is a public figure: entertainment
        assertEquals("society", mainTopic(tagger.tag("老人捐出毕生积蓄资助贫困学生", "")));
        assertEquals("arts, culture, entertainment and media", mainTopic(tagger.tag("张曼玉为地震灾区儿童慈善义卖", "")));
        // a star athlete's private life is the sports desk's, as a film star's is the entertainment desk's
        assertEquals("sport", mainTopic(tagger.tag("刘翔为地震灾区儿童慈善义卖", "")));
        // no topic word at all, but a person named in full: a public figure, the entertainment desk's
        assertEquals(List.of(), tagger.tag("他说明天再来", "").topics());
        assertEquals("arts, culture, entertainment and media", mainTopic(tagger.tag("张曼玉说明天再来", "")));
        // Hong Kong, Macau and Taiwan news is the politics desk's (its 港澳台 section), not the home society desk's
        assertEquals("politics", mainTopic(tagger.tag("香港一处工地发生火灾 三人受伤", "")));
        assertEquals("society", mainTopic(tagger.tag("杭州一处工地发生火灾 三人受伤", "")));
        // a government body opening the headline makes it government business, whatever the subject
        assertEquals("politics", mainTopic(tagger.tag("公安部：严厉打击电信诈骗犯罪", "")));
        assertEquals("society", mainTopic(tagger.tag("警方：严厉打击电信诈骗犯罪", "")));
        // a foreign place read as the head of an organisation name still makes the incident international
        assertEquals("politics", mainTopic(tagger.tag("墨西哥边境城市6人遭枪杀", "")));
        // an incident at a school is the society desk's, not the education desk's
        assertEquals("society", mainTopic(tagger.tag("小学老师猥亵学生被判刑", "")));
        // a technology company's results are the technology desk's; another company's stay the finance desk's
        assertEquals("science and technology", mainTopic(tagger.tag("网易第二季度净利润同比增长两成", "")));
        assertEquals("economy, business and finance", mainTopic(tagger.tag("钢铁企业第二季度净利润同比增长两成", "")));
        // labour, health, environment or weather news from abroad is the world desk's; at home it keeps its topic
        assertEquals("politics", mainTopic(tagger.tag("法国工会发起全国大罢工 抗议提高退休年龄", "")));
        assertEquals("labour", mainTopic(tagger.tag("工会发起罢工 要求提高工资", "")));
        // a quoted title beside games words is a game's: its trailer is the games desk's, not the film desk's
        assertEquals("lifestyle and leisure", mainTopic(tagger.tag("《星海远征》公测定档 首支预告片公布", "")));
        assertEquals("arts, culture, entertainment and media", mainTopic(tagger.tag("《长河》首映 导演携主演亮相红毯", "")));
        // a quoted title and no topic word, no one named: a game and what happens in it
        assertEquals(List.of(), tagger.tag("勇者再集结 龙城之战今夜打响", "").topics());
        assertEquals("lifestyle and leisure", mainTopic(tagger.tag("《星海远征》勇者再集结 龙城之战今夜打响", "")));
    }

    @Test
    void topicsAreOrderedThresholdedAndValid() {
        Tags t = tagger.tag("球队主场大胜 球迷庆祝夺冠", "赛后主教练表示，球员们打出了水平。俱乐部股价次日上涨。");
        assertEquals("sport", mainTopic(t));
        assertTrue(t.topics().size() <= TopicClassifier.MAX_TOPICS);
        assertEquals(t.topics().size(), Set.copyOf(t.topics()).size(), "no topic twice");
        Set<String> iptc = Set.of("medtop:01000000", "medtop:02000000", "medtop:03000000", "medtop:04000000",
                "medtop:05000000", "medtop:06000000", "medtop:07000000", "medtop:08000000", "medtop:09000000",
                "medtop:10000000", "medtop:11000000", "medtop:12000000", "medtop:13000000", "medtop:14000000",
                "medtop:15000000", "medtop:16000000", "medtop:17000000");
        List<Topic> known = tagger.knownTopics();
        assertEquals(17, known.size(), known.toString());
        for (Topic k : known) {
            assertTrue(iptc.contains(k.code()), k.toString());
        }
        assertEquals(new Topic("medtop:11000000", "politics"), known.stream().filter(k -> k.code().endsWith("11000000")).findFirst().orElseThrow());
    }

    // ------------------------------------------------------------------------------------------------ English

    @Test
    void englishFirstVersion() {
        Tags t = tagger.tag("Police arrest suspect after London bank robbery",
                "Police in London said on Monday they had arrested a man after a robbery at a branch of Barclays Bank. "
                        + "Detective Inspector John Smith said the suspect would appear in court on Friday.");
        assertEquals("en", t.language());
        assertTrue(t.places().contains("London"), t.places().toString());
        assertTrue(t.organizations().contains("Barclays Bank"), t.organizations().toString());
        assertTrue(t.people().contains("John Smith"), t.people().toString());
        assertEquals("crime, law and justice", mainTopic(t));
        assertTrue(t.keywords().contains("robbery"), t.keywords().toString());
        assertFalse(t.keywords().contains("the"), t.keywords().toString());
    }

    // ------------------------------------------------------------------------------------------------ threads

    @Test
    void oneInstanceIsSafeAcrossThreads() throws Exception {
        List<String[]> texts = List.of(
                new String[] {"记者张明远报道", "记者张明远报道：杭州市交通运输局今天召开会议，部署道路建设工作。"},
                new String[] {"天琴一号卫星", "天琴一号卫星完成空间引力波探测技术验证，科学家表示成果显著。"},
                new String[] {"Markets rally", "Stocks rose in New York as investors cheered strong earnings at Apple Inc."},
                new String[] {"國務院總理會見", "國務院總理在北京會見美國總統。"});
        List<Tags> expected = new ArrayList<>();
        texts.forEach(x -> expected.add(tagger.tag(x[0], x[1])));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                int k = i % texts.size();
                results.add(pool.submit(() -> tagger.tag(texts.get(k)[0], texts.get(k)[1]).equals(expected.get(k))));
            }
            for (Future<Boolean> r : results) {
                assertTrue(r.get(), "same tags from any thread");
            }
        } finally {
            pool.shutdownNow();
        }
        assertNotNull(expected.get(0));
    }
}
