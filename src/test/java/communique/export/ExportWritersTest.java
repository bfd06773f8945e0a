package communique.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ExportWritersTest {

    private static final ExportRow PLAIN = new ExportRow("naqvi-nca", LocalDate.of(2025, 5, 22),
            "Pakistan and UK strengthen extradition collaboration", "/article/naqvi-nca",
            List.of("Mohsin Naqvi", "Graeme Biggar"), List.of("Interior Minister", "Director General"),
            List.of("PK", "GB"), "Mohsin Naqvi met Graeme Biggar.");
    private static final ExportRow HOSTILE = new ExportRow("hostile", null,
            "=HYPERLINK(\"http://evil.example\",\"click\")", "/article/hostile", List.of(), List.of(), List.of(),
            "He said, \"talks, then more talks\"\r\nand left.\n-1 point");

    @Test
    void csvHasAHeaderRowAndOneRecordPerArticleWithListsJoined() throws IOException {
        String csv = write(ExportFormat.CSV, "http://news.example", PLAIN);

        assertThat(csv).isEqualTo("id,date,title,url,officials,roles,countries,snippet\r\n"
                + "naqvi-nca,2025-05-22,Pakistan and UK strengthen extradition collaboration,"
                + "http://news.example/article/naqvi-nca,Mohsin Naqvi; Graeme Biggar,"
                + "Interior Minister; Director General,PK; GB,Mohsin Naqvi met Graeme Biggar.\r\n");
    }

    @Test
    void csvQuotesCommasQuotesAndLineBreaksAndGuardsFormulas() throws IOException {
        String csv = write(ExportFormat.CSV, "", HOSTILE);

        assertThat(csv).endsWith("hostile,,\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"click\"\")\",/article/hostile,,,,"
                + "\"He said, \"\"talks, then more talks\"\"\r\nand left.\n-1 point\"\r\n");
        List<CSVRecord> records = CSVFormat.RFC4180.builder().setHeader().get().parse(new StringReader(csv)).getRecords();
        assertThat(records).hasSize(1);
        assertThat(records.get(0).get("title")).isEqualTo("'" + HOSTILE.title());
        assertThat(records.get(0).get("snippet")).isEqualTo(HOSTILE.snippet());
        assertThat(records.get(0).get("date")).isEmpty();
    }

    @Test
    void jsonLinesAreOneObjectPerLineWithArraysAndNulls() throws IOException {
        String jsonl = write(ExportFormat.JSONL, "http://news.example", PLAIN, HOSTILE);

        String[] lines = jsonl.split("\n", -1);
        assertThat(lines).hasSize(3);
        assertThat(lines[2]).isEmpty();
        assertThat(lines[0]).isEqualTo("{\"id\":\"naqvi-nca\",\"date\":\"2025-05-22\",\"title\":\"Pakistan and UK strengthen "
                + "extradition collaboration\",\"url\":\"http://news.example/article/naqvi-nca\",\"officials\":[\"Mohsin "
                + "Naqvi\",\"Graeme Biggar\"],\"roles\":[\"Interior Minister\",\"Director General\"],\"countries\":[\"PK\","
                + "\"GB\"],\"snippet\":\"Mohsin Naqvi met Graeme Biggar.\"}");
        JsonNode hostile = new ObjectMapper().readTree(lines[1]);
        assertThat(hostile.get("title").asText()).isEqualTo(HOSTILE.title()); // data for programs: no apostrophe
        assertThat(hostile.get("snippet").asText()).isEqualTo(HOSTILE.snippet());
        assertThat(hostile.get("date").isNull()).isTrue();
        assertThat(hostile.get("officials").isArray()).isTrue();
    }

    @Test
    void anExportWithoutRowsIsItsHeaderAlone() throws IOException {
        assertThat(write(ExportFormat.CSV, "")).isEqualTo("id,date,title,url,officials,roles,countries,snippet\r\n");
        assertThat(write(ExportFormat.JSONL, "")).isEmpty();
    }

    @Test
    void rowsOfOfficialsKeepTheirDistinctRolesInOrder() {
        ExportRow row = ExportRow.of("a", null, "t", "/article/a", List.of(
                new communique.extract.Official("x", "X Y", "Interior Minister", "PK"),
                new communique.extract.Official("z", "Z W", null, "GB"),
                new communique.extract.Official("v", "V U", "Interior Minister", "GB")), List.of("PK"), "<mark>X</mark> &amp; Y");

        assertThat(row.officials()).containsExactly("X Y", "Z W", "V U");
        assertThat(row.roles()).containsExactly("Interior Minister");
        assertThat(row.snippet()).isEqualTo("X & Y");
    }

    private static String write(ExportFormat format, String base, ExportRow... rows) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ExportWriter writer = format.open(out, base)) {
            for (ExportRow row : rows) {
                writer.write(row);
            }
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
