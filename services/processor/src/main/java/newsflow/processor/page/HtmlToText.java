package newsflow.processor.page;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Turns an HTML page into the markdown-like text the splitter reads: headings as {@code #} lines, each block on its
 * own paragraph, and site furniture (navigation, ads, scripts, footers, related links) left out.
 */
final class HtmlToText {
    private static final String FURNITURE = "script, style, noscript, nav, header, footer, aside, form, iframe, svg, "
            + "[role=navigation], [aria-hidden=true], .ad, .ads, .advert, .advertisement, .related, .share, .social, .comments";
    private static final String BLOCKS = "h1, h2, h3, h4, h5, h6, p, li, figcaption, blockquote, pre, td";

    String convert(String html) {
        Document doc = Jsoup.parse(html);
        doc.select(FURNITURE).remove();
        StringBuilder out = new StringBuilder();
        for (Element block : doc.body().select(BLOCKS)) {
            if (block.select(BLOCKS).size() > 1 && !block.tagName().matches("h\\d")) {
                continue; // a container of other blocks: its children are written instead
            }
            String text = block.text().strip();
            if (text.isEmpty()) {
                continue;
            }
            if (block.tagName().matches("h[1-6]")) {
                int level = Math.min(3, block.tagName().charAt(1) - '0');
                out.append("#".repeat(level)).append(' ');
            }
            out.append(text).append("\n\n");
        }
        return out.toString().strip();
    }
}
