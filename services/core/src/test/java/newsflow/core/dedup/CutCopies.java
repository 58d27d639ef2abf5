package newsflow.core.dedup;

/**
 * One wire story printed three ways: cut to its lead and first paragraphs beside a local story ({@link #LEAD_ONLY}),
 * cut to its later paragraphs beside another ({@link #END_ONLY}), and whole ({@link #WHOLE}). The two cut copies share
 * one paragraph, too little to be linked; the whole one holds the parts of both.
 */
public final class CutCopies {
    public static final String LEAD = """
            The senate confirmed the nomination of the Boston lawyer to the supreme court this afternoon after a long \
            and bitter fight in the judiciary committee, where his opponents had pressed their charges against him for \
            the better part of five months without persuading a majority of the members that he was unfit for the bench.""";
    public static final String MIDDLE = """
            Only one member of the majority party voted against him when the roll was called, and several members of \
            the minority who had spoken against him in the committee room were absent from the chamber, paired with \
            colleagues who favoured the nomination or simply choosing not to be recorded on the question at all.""";
    public static final String END = """
            Friends of the new justice gathered at his office late in the evening to congratulate him, and he told the \
            reporters waiting on the stairs that he would take his seat when the court meets again in the autumn, having \
            first closed the affairs of his practice and said goodbye to the clients he had served for many years.""";
    public static final String LOCAL_FIRE = """
            A fire that started in the basement of the hardware store on Main street early this morning destroyed the \
            building and damaged the grocery next door before the volunteer company could bring it under control. The \
            owner, who lives above the store with his family, was awakened by the smoke and carried his children down \
            the back stairs to safety. The loss is covered in part by insurance, and the owner says he will rebuild on \
            the same lot as soon as the insurance adjusters have finished their work and the weather allows the masons \
            to begin laying the new foundation walls.""";
    public static final String LOCAL_SCHOOL = """
            The school board met last evening in the high school library and voted to build a new wing on the grammar \
            school to relieve the crowding in the lower grades, where some teachers have had to hold classes in the \
            hallways since the beginning of the term. The architect who drew the plans for the county court house will \
            be asked to prepare drawings, and the board hopes to let the contract before the end of the spring so that \
            the rooms can be ready for the pupils when school opens again after the long summer vacation.""";

    public static final String LEAD_ONLY = LEAD + "\n" + MIDDLE + "\n" + LOCAL_FIRE;
    public static final String END_ONLY = MIDDLE + "\n" + END + "\n" + LOCAL_SCHOOL;
    public static final String WHOLE = LEAD + "\n" + MIDDLE + "\n" + END;

    private CutCopies() {
    }
}
