package newsflow.model;

/** The place and date a story was filed from, as printed ("新华社合肥8月22日电" → 合肥, 08-22). */
public record Dateline(String place, String date) {
}
