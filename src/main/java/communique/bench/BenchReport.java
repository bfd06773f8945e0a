package communique.bench;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;

/** Prints the per-category table and the closing JSON line that scripts parse. */
final class BenchReport {

    /** The category whose Communiqué figures are the full results page (query + facets + snippets). */
    static final String PAGE_CATEGORY = "page";

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private BenchReport() {
    }

    static void table(PrintWriter out, Map<String, Latencies> communique, Map<String, Latencies> baseline) {
        out.printf("%-16s %7s %7s | %-50s | %-50s%n", "category", "queries", "refused",
                "communique p50 p99 max QPS | cpu p50 p99", "baseline p50 p99 max QPS | cpu p50 p99");
        for (Map.Entry<String, Latencies> row : communique.entrySet()) {
            Latencies b = baseline.get(row.getKey());
            out.printf("%-16s %7d %7d | %s | %s%n", row.getKey(), row.getValue().count(),
                    row.getValue().refusedCount(), cells(row.getValue()),
                    b == null ? String.format("%-50s", "n/a (no such fields)") : cells(b));
        }
    }

    private static String cells(Latencies l) {
        return String.format(java.util.Locale.ROOT, "%7.3f %7.3f %7.3f %8.1f | %7.3f %7.3f", l.percentileMs(50),
                l.percentileMs(99), l.maxMs(), l.qps(), l.cpuPercentileMs(50), l.cpuPercentileMs(99));
    }

    static String json(int docs, BuildResult communique, BuildResult baseline, Map<String, Latencies> pages,
                       Map<String, Latencies> basePages, double heapUsedMb, ExtractionScore.Result extraction) {
        Latencies page = pages.getOrDefault(PAGE_CATEGORY, new Latencies());
        Latencies basePage = basePages.getOrDefault(PAGE_CATEGORY, new Latencies());
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("docs", docs);
        line.put("index_docs_per_s", round(communique.docsPerSecond(), 1));
        line.put("baseline_index_docs_per_s", round(baseline.docsPerSecond(), 1));
        line.put("index_ratio", round(communique.docsPerSecond() / baseline.docsPerSecond(), 3));
        line.put("index_bytes_per_doc", round(communique.bytesPerDoc(), 1));
        line.put("search_p50_ms", round(page.percentileMs(50), 3));
        line.put("search_p99_ms", round(page.percentileMs(99), 3));
        line.put("baseline_search_p50_ms", round(basePage.percentileMs(50), 3));
        double base = basePage.percentileMs(50);
        line.put("page_overhead_ratio", base == 0 ? null : round(page.percentileMs(50) / base, 2));
        line.put("heap_used_mb", round(heapUsedMb, 1));
        line.put("extraction_f1", round(extraction.all().f1(), 4));
        try {
            return MAPPER.writeValueAsString(line);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a map of numbers always serialises", e);
        }
    }

    private static double round(double value, int places) {
        double scale = Math.pow(10, places);
        return Math.round(value * scale) / scale;
    }
}
