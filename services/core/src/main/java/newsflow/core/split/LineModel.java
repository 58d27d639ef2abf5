package newsflow.core.split;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.tribuo.Model;
import org.tribuo.MutableDataset;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.classification.sgd.linear.LogisticRegressionTrainer;
import org.tribuo.provenance.SimpleDataSourceProvenance;

/**
 * Labels each line of an OCR page (headline start, headline, deck, untitled start, body, noise) with a logistic
 * regression over {@link LineFeatures}, learned from the training half of the development gold of real pages (Tribuo,
 * Apache-2.0). Old front pages print no blank line between stories and set heads in many styles; which of them a
 * line is shows in its shape and its neighbours' together, which a model weighs better than rules written one at a
 * time. The model ships in the jar ({@value #RESOURCE}) and is made again with the {@code train-lines} command.
 */
public final class LineModel {
    public static final String RESOURCE = "/split/ocr-lines.model";
    private static final LabelFactory LABELS = new LabelFactory();

    /** A page's lines and the label of each, as the gold gives them. */
    public record LabelledPage(List<String> lines, List<LineLabel> labels) {
    }

    private final Model<Label> model;

    private LineModel(Model<Label> model) {
        this.model = model;
    }

    /** The model that ships in the jar, read once. */
    public static LineModel shipped() {
        return Shipped.MODEL;
    }

    /** Learns a model from labelled pages (blank lines are left out: they carry no label of their own). */
    public static LineModel train(List<LabelledPage> pages) {
        MutableDataset<Label> data = new MutableDataset<>(new SimpleDataSourceProvenance("gold lines", LABELS), LABELS);
        for (LabelledPage page : pages) {
            List<Map<String, Double>> features = LineFeatures.of(page.lines());
            for (int i = 0; i < page.lines().size(); i++) {
                if (!page.lines().get(i).isBlank()) {
                    data.add(LineFeatures.example(features.get(i), page.labels().get(i).name()));
                }
            }
        }
        return new LineModel(new LogisticRegressionTrainer().train(data));
    }

    /** The label of each line; a blank line is noise. */
    public List<LineLabel> label(List<String> lines) {
        List<Map<String, Double>> features = LineFeatures.of(lines);
        List<LineLabel> out = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                out.add(LineLabel.NOISE);
            } else {
                Label predicted = model.predict(LineFeatures.example(features.get(i), LineLabel.NOISE.name())).getOutput();
                out.add(LineLabel.valueOf(predicted.getLabel()));
            }
        }
        return out;
    }

    public void save(Path file) throws IOException {
        model.serializeToFile(file);
    }

    /** Reads a model that {@link #save} wrote. */
    @SuppressWarnings("unchecked")
    public static LineModel read(InputStream in) throws IOException {
        Model<?> model = Model.deserializeFromStream(in);
        if (!model.validate(Label.class)) {
            throw new IOException("not a model that labels lines");
        }
        return new LineModel((Model<Label>) model);
    }

    /** Read once, when the first splitter is made. */
    private static final class Shipped {
        static final LineModel MODEL = load();

        private static LineModel load() {
            try (InputStream in = LineModel.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("no line model at " + RESOURCE + " on the class path");
                }
                return read(in);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the line model " + RESOURCE, e);
            }
        }
    }
}
