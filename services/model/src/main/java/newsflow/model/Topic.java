package newsflow.model;

/** An IPTC Media Topics top-level subject: its code (e.g. {@code medtop:11000000}) and English label. */
public record Topic(String code, String label) {
}
