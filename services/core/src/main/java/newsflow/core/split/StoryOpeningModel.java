package newsflow.core.split;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import newsflow.core.text.HanScript;
import org.tribuo.Model;
import org.tribuo.MutableDataset;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.classification.sgd.linear.LogisticRegressionTrainer;
import org.tribuo.provenance.SimpleDataSourceProvenance;

/**
 * Tells where an untitled story opens among a Chinese page's items, with a logistic regression over
 * {@link StoryItemFeatures} learnt from the Chinese development gold's training halves (Tribuo, Apache-2.0). The rules
 * read a page's lines; how a site runs one untitled item after another differs site by site, and rules written on one
 * site's page rarely carry to another's (docs/quality.md). The model learns each item's role (a story's head, its
 * first paragraph, a later item, no story's); the assembler heeds only its sure untitled openings, where no rule of
 * its own decides, and it never joins what the rules cut. Ships in the jar ({@value #RESOURCE}); made again with
 * {@code train-openings}.
 */
public final class StoryOpeningModel {
    public static final String RESOURCE = "/split/zh-openings.model";
    /**
     * How sure the model must be: chosen on the training halves, each set's pages scored by a model that had not
     * learnt from them (two ways of cutting the sets in two; 0.4–0.6 tried, the same cuts).
     */
    private static final double SURE = 0.6;
    private static final LabelFactory LABELS = new LabelFactory();

    /** What an item is to the page's stories. */
    public enum Role {
        /** The first item of a story set under a head: its headline, or its kicker. */
        OPENS_HEAD,
        /** The first paragraph of a story printed without a head. */
        OPENS_TEXT,
        /** A later item of a story. */
        IN,
        /** No story's. */
        OUT
    }

    /** A page's story items as the rules classified them: their texts, and what the model reads of each. */
    public record Items(List<String> texts, List<Map<String, Double>> features) {
    }

    private final Model<Label> model;

    private StoryOpeningModel(Model<Label> model) {
        this.model = model;
    }

    /** The model that ships in the jar, read once. */
    public static StoryOpeningModel shipped() {
        return Shipped.MODEL;
    }

    /** Whether the model reads a page: one in Chinese, more Han characters than Latin letters (it learnt no other). */
    public static boolean reads(String pageText) {
        if (pageText == null) {
            return false;
        }
        int han = 0;
        int latin = 0;
        for (int k = 0; k < pageText.length(); k++) {
            char c = pageText.charAt(k);
            han += HanScript.isHan(c) ? 1 : 0;
            latin += TextShape.isLatinLetter(c) ? 1 : 0;
        }
        return han > latin;
    }

    /** A page's story items, as the splitter hands them to the assembler: what the model is trained on. */
    public static Items items(String pageText) {
        List<PageItem> items = storyItems(PageSplitter.classified(pageText).story());
        return new Items(items.stream().map(PageItem::text).toList(), StoryItemFeatures.of(items));
    }

    /** Learns a model from pages whose items' roles the gold gives. */
    public static StoryOpeningModel train(List<Items> pages, List<List<Role>> roles) {
        MutableDataset<Label> data = new MutableDataset<>(new SimpleDataSourceProvenance("gold items", LABELS), LABELS);
        for (int p = 0; p < pages.size(); p++) {
            for (int i = 0; i < pages.get(p).texts().size(); i++) {
                data.add(LineFeatures.example(pages.get(p).features().get(i), roles.get(p).get(i).name()));
            }
        }
        return new StoryOpeningModel(new LogisticRegressionTrainer().train(data));
    }

    /** The role the model gives each item of a page. */
    public List<Role> roles(Items items) {
        return items.features().stream().map(f -> predict(f).role()).toList();
    }

    /**
     * The items the model is sure open a story after story text that ends a sentence (a story does not open where the
     * text above runs on: a column break cut it): untitled paragraphs, and heads the rules would keep in the story
     * above as intertitles. The assembler opens a story there when no rule of its own decides.
     */
    Set<PageItem> openings(List<PageItem> items) {
        List<PageItem> story = storyItems(items);
        Set<PageItem> out = Collections.newSetFromMap(new IdentityHashMap<>());
        List<Map<String, Double>> features = StoryItemFeatures.of(story);
        for (int i = 1; i < story.size(); i++) {
            PageItem item = story.get(i);
            String above = story.get(i - 1).text().strip();
            // nor right under the end of a paragraph a column break cut: the story runs on through the columns
            boolean afterCut = i >= 2 && story.get(i - 2).isStoryText()
                    && !TextShape.endsSentence(story.get(i - 2).text().strip());
            boolean afterText = story.get(i - 1).isStoryText() && !afterCut
                    && (TextShape.endsSentence(above) || TextShape.endsInTeaserCut(above));
            Role opens = item.kind() == PageItem.Kind.BODY ? Role.OPENS_TEXT : item.isHead() ? Role.OPENS_HEAD : null;
            if (opens != null && afterText) {
                Guess guess = predict(features.get(i));
                if (guess.role() == opens && guess.score() >= SURE) {
                    out.add(item);
                }
            }
        }
        return out;
    }

    public void save(Path file) throws IOException {
        model.serializeToFile(file);
    }

    /** Reads a model that {@link #save} wrote. */
    @SuppressWarnings("unchecked")
    public static StoryOpeningModel read(InputStream in) throws IOException {
        Model<?> model = Model.deserializeFromStream(in);
        if (!model.validate(Label.class)) {
            throw new IOException("not a model of story openings");
        }
        return new StoryOpeningModel((Model<Label>) model);
    }

    private record Guess(Role role, double score) {
    }

    private Guess predict(Map<String, Double> features) {
        Label out = model.predict(LineFeatures.example(features, Role.IN.name())).getOutput();
        return new Guess(Role.valueOf(out.getLabel()), out.getScore());
    }

    private static List<PageItem> storyItems(List<PageItem> items) {
        return items.stream().filter(StoryOpeningModel::isStory).toList();
    }

    private static boolean isStory(PageItem item) {
        return item.kind() != PageItem.Kind.NOISE && item.kind() != PageItem.Kind.MASTHEAD;
    }

    /** Read once, when the first splitter is made. */
    private static final class Shipped {
        static final StoryOpeningModel MODEL = load();

        private static StoryOpeningModel load() {
            try (InputStream in = StoryOpeningModel.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("no story opening model at " + RESOURCE + " on the class path");
                }
                return read(in);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the story opening model " + RESOURCE, e);
            }
        }
    }
}
