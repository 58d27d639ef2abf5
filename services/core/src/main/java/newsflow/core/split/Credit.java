package newsflow.core.split;

import newsflow.model.Dateline;

/**
 * What a credit run into an article's lead says: who wrote it, the agency it came over and the place and date it was
 * filed from ("新华社合肥8月22日电", "本报讯(记者 张伟)", "BEIJING (AP) —"), and the paper that printed a "XX报讯" lead.
 * Any part may be null.
 */
record Credit(String byline, String wire, Dateline dateline, String publication) {
}
