package communique.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads our gazetteer TSV files from the classpath: one row per line, {@code #} comments and blank lines skipped.
 * Public for the facts extractor ({@code extract.facts}), which reads the same files.
 */
public final class Tsv {

    private Tsv() {
    }

    /** The rows of {@code /gazetteer/name}; an IllegalStateException when the file is not on the classpath. */
    public static List<String[]> read(String name) {
        String path = "/gazetteer/" + name;
        InputStream in = Tsv.class.getResourceAsStream(path);
        if (in == null) {
            throw new IllegalStateException("gazetteer missing from the classpath: " + path);
        }
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    rows.add(line.split("\t", -1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read gazetteer " + path, e);
        }
        return rows;
    }
}
