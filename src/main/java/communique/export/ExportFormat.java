package communique.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/** The two export formats, with what an HTTP answer says about each. */
public enum ExportFormat {

    /** RFC 4180 CSV with a header row, for spreadsheets: lists joined with "; ", formulas guarded. */
    CSV("text/csv; charset=utf-8; header=present", "csv"),
    /** One JSON object per line, for programs: lists as arrays, values as they are. */
    JSONL("application/x-ndjson; charset=utf-8", "jsonl");

    private static final int BUFFER_CHARS = 16 * 1024;

    private final String contentType;
    private final String extension;

    ExportFormat(String contentType, String extension) {
        this.contentType = contentType;
        this.extension = extension;
    }

    public String contentType() {
        return contentType;
    }

    public String extension() {
        return extension;
    }

    /**
     * A writer of this format on {@code out} (UTF-8), making every row's URL absolute with {@code baseUrl}
     * ("https://news.example.org", no trailing slash; empty keeps them relative).
     */
    public ExportWriter open(OutputStream out, String baseUrl) throws IOException {
        Writer text = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), BUFFER_CHARS);
        return this == CSV ? new CsvExportWriter(text, baseUrl) : new JsonlExportWriter(text, baseUrl);
    }
}
