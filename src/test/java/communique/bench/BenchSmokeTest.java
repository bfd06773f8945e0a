package communique.bench;

import communique.cli.Main;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Keeps the harness working end to end on a small corpus; asserts shape and sanity, never timings. */
class BenchSmokeTest {

    private static final List<String> KEYS = List.of("docs", "index_docs_per_s", "baseline_index_docs_per_s",
            "index_ratio", "index_bytes_per_doc", "search_p50_ms", "search_p99_ms", "baseline_search_p50_ms",
            "page_overhead_ratio", "heap_used_mb", "extraction_f1");

    @TempDir
    Path work;

    @Test
    void benchOfFiveHundredArticlesEndsWithTheJsonFigures() throws Exception {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out, true), new PrintWriter(err, true),
                "bench", "--docs", "500", "--work", work.toString(), "--rounds", "1", "--warmup", "1");

        assertThat(code).as("stderr: %s", err).isZero();
        List<String> lines = out.toString().strip().lines().toList();
        assertThat(lines).anyMatch(l -> l.startsWith("page "));
        JsonNode json = new ObjectMapper().readTree(lines.get(lines.size() - 1));
        assertThat(json.fieldNames()).toIterable().containsExactlyElementsOf(KEYS);
        assertThat(json.get("docs").asInt()).isEqualTo(500);
        assertThat(json.get("index_docs_per_s").asDouble()).isPositive();
        assertThat(json.get("baseline_index_docs_per_s").asDouble()).isPositive();
        assertThat(json.get("index_bytes_per_doc").asDouble()).isPositive();
        assertThat(json.get("search_p50_ms").asDouble()).isPositive();
        assertThat(json.get("heap_used_mb").asDouble()).isPositive();
        assertThat(json.get("extraction_f1").asDouble()).isBetween(0.0, 1.0);
    }

    @Test
    void secondRunReusesTheCorpusAndRebuildsTheIndexes() throws Exception {
        String[] args = {"bench", "--docs", "500", "--work", work.toString(), "--rounds", "1", "--warmup", "0"};
        assertThat(Main.run(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()), args)).isZero();
        StringWriter err = new StringWriter();
        StringWriter out = new StringWriter();
        assertThat(Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args)).isZero();
        assertThat(err.toString()).contains("corpus: reusing");
        assertThat(out.toString()).contains("\"docs\":500");
    }
}
