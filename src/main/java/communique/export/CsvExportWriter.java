package communique.export;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * CSV as RFC 4180 has it (Commons CSV does the quoting: a cell with a comma, a quote or a line break is quoted, its
 * quotes doubled; records end with CRLF), the header row first, every cell through the {@link FormulaGuard}.
 */
final class CsvExportWriter implements ExportWriter {

    /** Joins a list within one cell; no name, role or country code holds it. */
    static final String LIST_SEPARATOR = "; ";

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setHeader(ExportRow.COLUMNS.toArray(String[]::new))
            .get();

    private final CSVPrinter printer;
    private final String baseUrl;

    CsvExportWriter(Writer out, String baseUrl) throws IOException {
        this.printer = new CSVPrinter(out, FORMAT);
        this.baseUrl = baseUrl;
    }

    @Override
    public void write(ExportRow row) throws IOException {
        printer.printRecord(cell(row.id()), row.date() == null ? "" : row.date().toString(),
                cell(row.title()), cell(baseUrl + row.url()), list(row.officials()), list(row.roles()),
                list(row.countries()), cell(row.snippet()));
    }

    @Override
    public void flush() throws IOException {
        printer.flush();
    }

    @Override
    public void close() throws IOException {
        printer.close(true);
    }

    private static String list(List<String> values) {
        return cell(String.join(LIST_SEPARATOR, values));
    }

    private static String cell(String value) {
        return value == null ? "" : FormulaGuard.cell(value);
    }
}
