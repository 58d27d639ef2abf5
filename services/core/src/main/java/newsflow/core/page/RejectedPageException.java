package newsflow.core.page;

/** Input that cannot be processed as a page; the message is the reason given to the dead-letter topic. */
public final class RejectedPageException extends Exception {
    public RejectedPageException(String reason) {
        super(reason);
    }
}
