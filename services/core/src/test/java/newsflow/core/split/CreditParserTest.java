package newsflow.core.split;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import newsflow.model.Dateline;
import org.junit.jupiter.api.Test;

class CreditParserTest {

    @Test
    void aDatelineAfterALineOfDebrisIsFoundWhereItStands() {
        // an OCR'd deck run into the dateline's line, and a column rule's debris before another
        String lead = "Spelasi Cabie to ne washisstm Mara. Milan, March 9.-Austria is hastening the completion";
        assertEquals(36, CreditParser.datelineAfterDebris(lead));
        assertEquals("Milan", CreditParser.parseLead(lead.substring(36)).dateline().place());
        assertEquals(3, CreditParser.datelineAfterDebris(";0 Chicago, March 10. Illinois state militia"));
        // a lead that opens with its dateline, and text whose weekday is no place, are left alone
        assertEquals(-1, CreditParser.datelineAfterDebris("Rome, June 2. Cardinal Gasparri said"));
        assertEquals(-1, CreditParser.datelineAfterDebris("The troops left. Thursday, March 9, was quiet."));
    }

    @Test
    void chineseWireWithPlaceAndDate() {
        Credit c = CreditParser.parseLead("新华社西宁3月4日电 青海省今天召开春耕生产工作会议。");
        assertEquals("新华社", c.wire());
        assertEquals(new Dateline("西宁", "03-04"), c.dateline());
        assertNull(c.byline());
    }

    @Test
    void aWiresBylineOnALineOfItsOwn() {
        assertEquals("AP", CreditParser.wireLine("(By Associated Press)"));
        assertEquals("AP", CreditParser.wireLine("Py Associated Press"));     // as OCR reads it
        assertEquals("UP", CreditParser.wireLine("By United Press."));
        assertNull(CreditParser.wireLine("International News Service:"));  // runs into the dateline below it
        assertNull(CreditParser.wireLine("By Associated Press reports the fleet sailed."));
        assertEquals("UP", CreditParser.wireLine("(United Press staff correspondent.)"));   // under "By Perry Arnold."
        assertNull(CreditParser.wireLine("United Press"), "a wire named alone is no credit line");
    }

    @Test
    void aWiresCreditTheOcrGarbledIsReadByItsShape() {
        // a "By", a word near the wire's first and one for "Press", however the OCR spelt them
        assertEquals("AP", CreditParser.garbledWireLine("iHy Amorlalrd Preu.t"));
        assertEquals("AP", CreditParser.garbledWireLine("IB) Auwlilrd Pr.),"));
        assertEquals("AP", CreditParser.garbledWireLine("(Br AswtrUted rress.)"));
        assertEquals("UP", CreditParser.garbledWireLine("(I'nitetl I'i-ess Leased Wire.)"));
        // a writer's byline, a word far from both wires, a sentence: no wire
        assertNull(CreditParser.garbledWireLine("By Arthur Brisbane"));
        assertNull(CreditParser.garbledWireLine("(By -ftolHtrlt I'rroii.)"));
        assertNull(CreditParser.garbledWireLine("The Associated Press said today that the fleet"));
    }

    @Test
    void thePapersOwnCorrespondentsCreditIsNoWireAndNoText() {
        assertTrue(CreditParser.isOwnCorrespondentLine("Special to The Washington Herald."));
        assertTrue(CreditParser.isOwnCorrespondentLine("Bretsal to The Wshinetom Herald."));    // as the OCR read it
        assertTrue(CreditParser.isOwnCorrespondentLine("MedCable to The Washisgten Heral."));
        assertNull(CreditParser.garbledWireLine("Special to The Washington Herald."));
        assertFalse(CreditParser.isOwnCorrespondentLine("Letter to the Editor."));
        assertFalse(CreditParser.isOwnCorrespondentLine("He went to the city on business."));
    }

    @Test
    void aGarbledCreditRunIntoItsDatelineIsToldFromTheLead() {
        String lead = "By AHoHate4t lrenn.) CHICAGO, June 2 The Chicago Coliseum, where the convention";
        assertEquals(lead.indexOf("CHICAGO"), CreditParser.datelineAfterGarbledCredit(lead));
        String special = "Special to The Wahinate Herald. Princeton, N. J., March 9.-The";
        assertEquals(special.indexOf("Princeton"), CreditParser.datelineAfterGarbledCredit(special));
        // with no dateline after it, a short sentence is the story's text
        assertEquals(-1, CreditParser.datelineAfterGarbledCredit("Special to The Herald. The mill burned last night."));
    }

    @Test
    void aDatelineOnALineOfItsOwn() {
        // a narrow column sets the dateline over the story's first line
        assertTrue(CreditParser.isDatelineLine("COLUMBUS, N. M.. March 9"));
        assertTrue(CreditParser.isDatelineLine("Washington, Oct. 13.—"));
        assertTrue(CreditParser.isDatelineLine("COLUMBUS, N. M March 9."), "a state's last period lost to OCR");
        assertFalse(CreditParser.isDatelineLine("Washington, Oct. 13. The president said today"), "a dateline run into its lead");
        assertFalse(CreditParser.isDatelineLine("RAIDS TERRITORY"));
        assertEquals(new Dateline("COLUMBUS", "03-09"),
                CreditParser.parseLead("COLUMBUS, N. M., March 9.—Francisco Villa raided the town.").dateline());
    }

    @Test
    void oldPapersDatelinesWithTheirWireInWords() {
        Credit c = CreditParser.parseLead("(By Associated Press) San Antonio, Texas, Nov. 9. General Funston has been advised.");
        assertEquals("AP", c.wire());
        assertEquals(new Dateline("San Antonio", "11-09"), c.dateline());
        Credit ins = CreditParser.parseLead("International News Service: LONDON. March 10. German casualties since the war.");
        assertEquals("INS", ins.wire());
        assertEquals(new Dateline("LONDON", "03-10"), ins.dateline());
        Credit special = CreditParser.parseLead("Stockholm, via London, March 10. The Swedish government has decided.");
        assertNull(special.wire());
        assertEquals(new Dateline("Stockholm", "03-10"), special.dateline());
        assertNull(CreditParser.parseLead("Mrs. Smith, May 5 was the day she left."), "a title is no place");
    }

    @Test
    void oldDatelinesAreReadThroughTheOcrsMisreadings() {
        // a saint's town keeps its "St."; a state's "Ill." read "111."; a stray comma; a month one letter off
        assertEquals(new Dateline("St. Paul", "11-09"), CreditParser.parseLead("St. Paul, Minn., Nov. 9. With returns").dateline());
        assertEquals(new Dateline("Springfield", "03-10"),
                CreditParser.parseLead("Springfield, 111., March 10. The state board").dateline());
        assertEquals(new Dateline("BLOOM INGTON", "06-02"),
                CreditParser.parseLead("BLOOM INGTON,, 111., June 2. A tornado blew the Wabash.").dateline());
        assertEquals(new Dateline("Annapolis", "06-02"), CreditParser.parseLead("Annapolis, Jupne 2. President Wilson").dateline());
        // a day's 1, 0 and 6 read as letters
        assertEquals(new Dateline("LONDON", "03-10"), CreditParser.parseLead("LONDON, March lO.-ln the Privy").dateline());
        assertEquals(new Dateline("Baker", "03-06"), CreditParser.parseLead("Baker. Mont., March G. 1916. To the voters").dateline());
        // a word that starts like a month or is a letter off none is no month
        assertNull(CreditParser.parseLead("However, Marshall 10 men were hired."));
        assertNull(CreditParser.parseLead("Chicago, Mayor 5 said."));
        // a column rule's letter before the dateline is debris
        assertEquals(2, CreditParser.datelineAfterDebris("j Berlin, (via London, March 10, 4:20 p. m.) Capture of the wood"));
    }

    @Test
    void chineseWireWithoutPlace() {
        Credit c = CreditParser.parseLead("新华社电 记者从有关部门获悉,相关工作进展顺利。");
        assertEquals("新华社", c.wire());
        assertNull(c.dateline());
    }

    @Test
    void chineseWireWithLongerPlaceAndReporters() {
        Credit c = CreditParser.parseLead("中新社华盛顿11月2日电(记者 马一鸣 丁小雨)当地时间2日,会议开幕。");
        assertEquals("中新社", c.wire());
        assertEquals(new Dateline("华盛顿", "11-02"), c.dateline());
        assertEquals("记者 马一鸣 丁小雨", c.byline());
    }

    @Test
    void ownPaperCreditInParentheses() {
        Credit c = CreditParser.parseLead("本报讯(记者 王小明) 昨日,市图书馆新馆开放。");
        assertEquals("记者 王小明", c.byline());
        assertNull(c.wire());
        assertNull(c.publication(), "本报 names no paper");
    }

    @Test
    void namedPaperCreditWithReportersAndCorrespondents() {
        Credit c = CreditParser.parseLead("晨光晚报讯 记者周三,通讯员吴四、郑五报道:上周末,新桥通车。");
        assertTrue(c.byline().contains("周三") && c.byline().contains("吴四") && c.byline().contains("郑五"),
                c.byline());
        assertEquals("晨光晚报", c.publication());
        Credit two = CreditParser.parseLead("晨光晚报讯 记者赵一、钱二报道:本市启动夜市活动。");
        assertTrue(two.byline().contains("赵一") && two.byline().contains("钱二"), two.byline());
    }

    @Test
    void creditsInTraditionalScript() {
        Credit paper = CreditParser.parseLead("香港文匯報訊(記者 梁啟剛)24日,朱啟南在悉尼世界盃比賽中奪冠。");
        assertEquals("記者 梁啟剛", paper.byline());
        assertEquals("香港文匯報", paper.publication());
        Credit wire = CreditParser.parseLead("新華社北京3月4日電(記者 王小明)全國政協會議今天開幕。");
        assertEquals("新華社", wire.wire());
        assertEquals(new Dateline("北京", "03-04"), wire.dateline());
        assertEquals("記者 王小明", wire.byline());
    }

    @Test
    void aDispatchDatedInChineseNumerals() {
        Credit c = CreditParser.parseLead("新华社北京十二月二十七日电 中国人民解放军总政治部最近发出《一九八○年政治工作要点》。");
        assertEquals("新华社", c.wire());
        assertEquals(new Dateline("北京", "12-27"), c.dateline());
        assertEquals(new Dateline("北京", "09-30"), CreditParser.parseLead("新华社北京九月三十日电 国务院总理今晚举行招待会。").dateline());
        assertEquals(new Dateline("北京", "10-01"), CreditParser.parseLead("新华社北京十月一日电 首都各界隆重集会。").dateline());
    }

    @Test
    void aDispatchOfTheDayInNumeralsIsNoPlaceAndAPapersCabledStoryNamesItsReporters() {
        Credit day = CreditParser.parseLead("新华社二十七日讯 中共中央主席今天下午接见了高级党校全体学员。");
        assertEquals("新华社", day.wire());
        assertNull(day.dateline(), "二十七日 is the day, not a place");
        // the agency's old form names the place after the credit
        Credit from = CreditParser.parseLead("新华社六日讯 华盛顿消息:美国政府宣布将派舰只前往该地。");
        assertEquals("华盛顿", from.dateline().place());
        Credit cabled = CreditParser.parseLead("本报洛杉矶7月30日电 记者刘小明、吴骅报道:二十四岁的我国举重运动员今天夺得金牌。");
        assertEquals("记者刘小明、吴骅", cabled.byline());
        assertEquals(new Dateline("洛杉矶", "07-30"), cabled.dateline());
    }

    @Test
    void anOldDispatchInCornerBracketsWithTheDayAlone() {
        Credit c = CreditParser.parseLead("【路透社北京12日电】周恩来总理在对缅甸进行了一周访问后今天回到这里。");
        assertEquals("路透社", c.wire());
        assertEquals(new Dateline("北京", null), c.dateline());
    }

    @Test
    void reportersAndPlaceInCornerBrackets() {
        Credit two = CreditParser.parseLead("【劉玟惠 徐榮駿 台北】 交通部即將在本週六舉行桃園航空城預備聽證。");
        assertEquals("劉玟惠 徐榮駿", two.byline());
        assertEquals(new Dateline("台北", null), two.dateline());
        Credit slashed = CreditParser.parseLead("【記者王小明/台北報導】 台北市今天起實施新制。");
        assertEquals("王小明", slashed.byline());
        assertEquals(new Dateline("台北", null), slashed.dateline());
        assertNull(CreditParser.parseLead("【有線新聞】十個公共運輸設施即日起劃為禁煙區。"), "a source alone names no reporter");
    }

    @Test
    void aDesksCreditRunIntoATaiwaneseLeadIsItsBylineAndNamesThePlace() {
        Credit desk = CreditParser.parseLead("生活中心/陳孟暄 李奇 賴國彬 桃園報導由桃園市政府文化局主辦的文學獎徵文比賽活動,7日舉行頒獎典禮。");
        assertEquals("生活中心/陳孟暄 李奇 賴國彬 桃園報導", desk.byline());
        assertEquals(new Dateline("桃園", null), desk.dateline());
        assertEquals("南部中心/林俊明、曾虹雯 台南報導",
                CreditParser.parseLead("南部中心/林俊明、曾虹雯 台南報導台南市一名女警進行取締違規停車時遭砍傷。").byline());
        assertEquals("記者王小明/台北報導", CreditParser.parseLead("記者王小明/台北報導台北市今天起實施新制。").byline());
        assertNull(CreditParser.parseLead("研究中心/實驗室合作的計畫今年啟動,預計三年完成。"), "a desk's name needs writers and a place");
    }

    @Test
    void paperCreditWithoutByline() {
        Credit c = CreditParser.parseLead("东江日报讯 近日,市政府召开常务会议。");
        assertNull(c.byline());
        assertEquals("东江日报", c.publication());
    }

    @Test
    void paperCreditWithPlaceAndDate() {
        Credit c = CreditParser.parseLead("本报成都5月6日讯(记者 李青)今天,成都首条有轨电车开通。");
        assertEquals(new Dateline("成都", "05-06"), c.dateline());
        assertEquals("记者 李青", c.byline());
    }

    @Test
    void englishWireDatelines() {
        Credit xinhua = CreditParser.parseLead("BEIJING, Aug. 22 (Xinhua) -- China launched a new satellite on Saturday.");
        assertEquals("Xinhua", xinhua.wire());
        assertEquals(new Dateline("BEIJING", "08-22"), xinhua.dateline());

        Credit reuters = CreditParser.parseLead("WASHINGTON (Reuters) - Lawmakers agreed on a budget late on Friday.");
        assertEquals("Reuters", reuters.wire());
        assertEquals("WASHINGTON", reuters.dateline().place());
        assertNull(reuters.dateline().date());

        Credit ap = CreditParser.parseLead("NEW YORK (AP) — Stocks rose in early trading.");
        assertEquals("AP", ap.wire());
        assertEquals("NEW YORK", ap.dateline().place());

        Credit cnn = CreditParser.parseLead("(CNN) — A storm moved up the coast overnight.");
        assertEquals("CNN", cnn.wire());
        assertNull(cnn.dateline());
    }

    @Test
    void plainLeadsCarryNoCredit() {
        assertNull(CreditParser.parseLead("今天天气晴好,市民纷纷外出踏青。"));
        assertNull(CreditParser.parseLead("据了解,该项目总投资约三亿元。"));
        assertNull(CreditParser.parseLead("The council met on Monday (AP) to vote."));
        assertNull(CreditParser.parseLead(""));
    }

    @Test
    void bylineLines() {
        assertTrue(CreditParser.isBylineLine("张三 李四 本报记者 王五"));
        assertTrue(CreditParser.isBylineLine("文/晨光晚报记者 赵六 图/晨光晚报记者 钱七"));
        assertTrue(CreditParser.isBylineLine("By Jane Doe"));
        assertFalse(CreditParser.isBylineLine("记者节表彰大会在京举行"));
        assertFalse(CreditParser.isBylineLine("记者从市交通局获悉,新线路下月开通。"));
        assertFalse(CreditParser.isBylineLine("By the end of the year, prices rose."));
    }

    @Test
    void photoAndClosingCredits() {
        assertTrue(CreditParser.isPhotoCredit("新华社记者 某某/摄"));
        assertTrue(CreditParser.isPhotoCredit("图/本报记者 钱七"));
        assertTrue(CreditParser.isPhotoCredit("(AP Photo/John Roe)"));
        assertFalse(CreditParser.isPhotoCredit("文/记者 甲乙 图/记者 丙丁"));
        assertTrue(CreditParser.endsWithPhotoCredit("游客在湖边赏花。(记者 丙丁 摄)"));
        assertFalse(CreditParser.endsWithPhotoCredit("游客在湖边赏花。"));
        assertTrue(CreditParser.isClosingCredit("(甲乙 丙丁)"));
        assertTrue(CreditParser.isClosingCredit("(完)"));
        assertFalse(CreditParser.isClosingCredit("(记者从会上获悉,该项目将于下月开工。)"));
        assertNotNull(CreditParser.parseLead("据新华社电 国务院日前印发通知。"));
    }

    @Test
    void paragraphEndingInItsPhotoCreditIsACaption() {
        assertTrue(CreditParser.endsWithPhotoCredit("市民在公园赏花。(新华社记者 王晔 摄)"));
        assertTrue(CreditParser.endsWithPhotoCredit("市民在公园赏花。（记者 李明 摄）"));
        assertTrue(CreditParser.endsWithPhotoCredit("Crowds gather at the port. (AP Photo/Jane Roe)"));
        // the regex's $ also matches before a final line break; the bracket check must let that through too
        assertTrue(CreditParser.endsWithPhotoCredit("市民在公园赏花。(王晔 摄)\n"));
        assertTrue(CreditParser.endsWithPhotoCredit("市民在公园赏花。(王晔 摄)\r\n"));
        assertTrue(CreditParser.endsWithPhotoCredit("市民在公园赏花。(王晔 摄)\u2029"));
        assertFalse(CreditParser.endsWithPhotoCredit("市民在公园赏花。(王晔 摄)\n\n"));
        assertFalse(CreditParser.endsWithPhotoCredit("市民在公园赏花。(王晔 摄)。"));
        assertFalse(CreditParser.endsWithPhotoCredit("会议由主任(李明)主持"));
        assertFalse(CreditParser.endsWithPhotoCredit(""));
    }
}
