package newsflow.core.split;

import java.util.List;

/**
 * What a page holds: its articles in reading order, and the publication and issue date that the page itself
 * prints (a masthead, "羊城晚报讯", "2020年8月24日 星期一"), or null where it prints none.
 */
public record SplitPage(String publication, String date, List<SplitArticle> articles) {
}
