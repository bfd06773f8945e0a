package communique.web;

import communique.export.ExportRow;
import communique.search.ArticleView;
import communique.search.EntityPage;
import communique.search.Health;
import communique.search.LuceneSearchBackend;
import communique.search.SearchBackend;
import communique.search.SearchRequest;
import communique.search.SearchResult;
import communique.search.TestIndexes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.javalin.Javalin;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** /search.csv and /api/search?format=jsonl over the seed-like index, as a client downloads them. */
class ExportRoutesTest {

    private static final String HEADER = "id,date,title,url,officials,roles,countries,snippet";

    @TempDir
    static Path dir;
    static TestServer server;

    @BeforeAll
    static void start() throws Exception {
        server = new TestServer(dir);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void theCsvOfTheBrowseIsEveryArticleNewestFirstWithExactRows() throws Exception {
        HttpResponse<String> response = server.get("/search.csv");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("text/csv; charset=utf-8; header=present");
        assertThat(response.headers().firstValue("Content-Disposition"))
                .hasValue("attachment; filename=\"communique-all.csv\"");
        assertThat(response.headers().firstValue("Content-Security-Policy")).isPresent();
        List<CSVRecord> rows = csv(response.body());
        assertThat(rows).extracting(r -> r.get("id"))
                .containsExactly("naqvi-nca", "naqvi-wajid", "iftikhar-us", "janjua-uk", "nisar-london");
        assertThat(response.body().lines().findFirst()).hasValue(HEADER);
        assertThat(rows.get(0).values()).containsExactly("naqvi-nca", "2025-05-22",
                "Pakistan and UK strengthen extradition collaboration", local() + "/article/naqvi-nca",
                "Mohsin Naqvi; Graeme Biggar", "Interior Minister; Director General", "PK; GB",
                "Mohsin Naqvi, the federal minister of interior, met Graeme Biggar, director general of the National "
                        + "Crime Agency in the United Kingdom, on extradition and security.");
        assertThat(rows.get(2).values()).containsExactly("iftikhar-us", "2021-10-08",
                "Pakistan wants balanced relationship with the United States", local() + "/article/iftikhar-us",
                "Asim Iftikhar", "Foreign Office Spokesperson", "PK; US",
                "Foreign Office Spokesperson Asim Iftikhar said Pakistan wants objective and balanced relationships "
                        + "with the United States.");
    }

    @Test
    void theCsvTakesTheResultsPagesParameters() throws Exception {
        HttpResponse<String> response = server.get("/search.csv?q=naqvi&country=GB&sort=date&page=1");

        assertThat(response.headers().firstValue("Content-Disposition"))
                .hasValue("attachment; filename=\"communique-naqvi.csv\"");
        List<CSVRecord> rows = csv(response.body());
        assertThat(rows).extracting(r -> r.get("id")).containsExactly("naqvi-nca", "naqvi-wajid");
        assertThat(rows.get(1).get("officials")).isEqualTo("Mohsin Naqvi; Jane Marriott");
        assertThat(rows.get(1).get("snippet")).contains("Naqvi").doesNotContain("<mark>", "&");
        assertThat(csv(server.get("/search.csv?official=mohsin-naqvi&from=2025-05").body()))
                .extracting(r -> r.get("id")).containsExactly("naqvi-nca");
        assertThat(csv(server.get("/search.csv?q=Gaza").body())).isEmpty();
    }

    @Test
    void jsonLinesHaveTheSameRowsOneObjectPerLine() throws Exception {
        HttpResponse<String> response = server.get("/api/search?q=naqvi&country=GB&sort=date&format=jsonl");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/x-ndjson; charset=utf-8");
        assertThat(response.headers().firstValue("Content-Disposition"))
                .hasValue("attachment; filename=\"communique-naqvi.jsonl\"");
        List<String> lines = response.body().lines().toList();
        assertThat(lines).hasSize(2);
        JsonNode first = new ObjectMapper().readTree(lines.get(0));
        assertThat(first.fieldNames()).toIterable().containsExactly("id", "date", "title", "url", "officials", "roles",
                "countries", "snippet");
        assertThat(first.get("id").asText()).isEqualTo("naqvi-nca");
        assertThat(first.get("date").asText()).isEqualTo("2025-05-22");
        assertThat(first.get("url").asText()).isEqualTo(local() + "/article/naqvi-nca");
        assertThat(first.get("officials")).extracting(JsonNode::asText).containsExactly("Mohsin Naqvi", "Graeme Biggar");
        assertThat(first.get("roles")).extracting(JsonNode::asText).containsExactly("Interior Minister", "Director General");
        assertThat(first.get("countries")).extracting(JsonNode::asText).containsExactly("PK", "GB");
        assertThat(first.get("snippet").asText()).contains("Naqvi").doesNotContain("<mark>");
    }

    @Test
    void theBodysMarkupIsPlainTextInTheExportAndJsonStaysOneLinePerRow() throws Exception {
        CSVRecord janjua = csv(server.get("/search.csv?q=script").body()).get(0);
        assertThat(janjua.get("id")).isEqualTo("janjua-uk");
        assertThat(janjua.get("snippet")).contains("<script>alert(1)</script>").contains("security & cooperation");

        String jsonl = server.get("/api/search?q=script&format=jsonl").body();
        assertThat(jsonl.lines()).hasSize(1);
        assertThat(new ObjectMapper().readTree(jsonl).get("snippet").asText()).contains("<script>alert(1)</script>");
    }

    @Test
    void aRefusedQueryIsA400WithNoDownload() throws Exception {
        for (String url : new String[] {"/search.csv?q=%22open", "/search.csv?q=*x", "/search.csv?from=2025-13",
                "/search.csv?page=0"}) {
            HttpResponse<String> response = server.get(url);
            assertThat(response.statusCode()).as(url).isEqualTo(400);
            assertThat(response.headers().firstValue("Content-Disposition")).as(url).isEmpty();
            assertThat(response.headers().firstValue("Content-Type")).as(url)
                    .hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        }
        for (String url : new String[] {"/api/search?q=%22open&format=jsonl", "/api/search?format=xml",
                "/api/search?format=jsonl&page=abc"}) {
            HttpResponse<String> response = server.get(url);
            assertThat(response.statusCode()).as(url).isEqualTo(400);
            assertThat(response.body()).as(url).startsWith("{\"error\":");
            assertThat(response.headers().firstValue("Content-Disposition")).as(url).isEmpty();
        }
    }

    @Test
    void headAnswersTheHeadersWithoutExporting() throws Exception {
        HttpResponse<String> response = server.send("HEAD", "/search.csv?q=naqvi");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Disposition")).hasValue("attachment; filename=\"communique-naqvi.csv\"");
        assertThat(response.body()).isEmpty();
        assertThat(server.send("HEAD", "/search.csv?q=%22open").statusCode()).isEqualTo(400);
    }

    @Test
    void theResultsPageLinksToTheCsvOfItsOwnSearch() throws Exception {
        String page = server.get("/search?q=naqvi&country=GB&sort=date&page=1").body();

        assertThat(page).contains("<a class=\"download-csv\" href=\"/search.csv?q=naqvi&amp;country=GB&amp;sort=date\""
                + " download>Download CSV</a>");
        assertThat(server.get("/search.csv?q=naqvi&country=GB&sort=date").statusCode()).isEqualTo(200);
    }

    @Test
    void theOperatorsLimitCutsTheExport(@TempDir Path other) throws Exception {
        try (LuceneSearchBackend backend = new LuceneSearchBackend(TestIndexes.seedLike(other))) {
            Javalin app = WebApp.create(backend, PublicUrl.of("https://news.example.org/c"), 3).start(0);
            try {
                HttpResponse<String> response = get(app, "/search.csv");
                assertThat(response.headers().firstValue("X-Export-Limit")).hasValue("3");
                assertThat(csv(response.body())).extracting(r -> r.get("url")).containsExactly(
                        "https://news.example.org/c/article/naqvi-nca", "https://news.example.org/c/article/naqvi-wajid",
                        "https://news.example.org/c/article/iftikhar-us");
                assertThat(get(app, "/api/search?format=jsonl").body().lines()).hasSize(3);
            } finally {
                app.stop();
            }
        }
    }

    @Test
    void aFailureAfterTheFirstRowsCutsTheAnswerOffInsteadOfEndingIt() throws Exception {
        Javalin app = WebApp.create(new FailsMidway()).start(0);
        try {
            assertThatThrownBy(() -> get(app, "/search.csv")).isInstanceOf(IOException.class);
            assertThat(get(app, "/health").statusCode()).isEqualTo(200); // and the server goes on answering
        } finally {
            app.stop();
        }
    }

    /** The address links start with: the one the connection arrived at (never the Host header). */
    private static String local() {
        return server.base().replace("localhost", "127.0.0.1");
    }

    @Test
    void exportsBeyondOnePerCoreAreTurnedAwayAtOnceWith503() throws Exception {
        int cores = Runtime.getRuntime().availableProcessors();
        Held held = new Held(cores);
        Javalin app = WebApp.create(held).start(0);
        try {
            HttpClient client = HttpClient.newHttpClient();
            List<java.util.concurrent.CompletableFuture<HttpResponse<String>>> running = new java.util.ArrayList<>();
            for (int i = 0; i < cores; i++) {
                running.add(client.sendAsync(HttpRequest.newBuilder(URI.create("http://localhost:" + app.port()
                        + "/search.csv?q=held")).build(), HttpResponse.BodyHandlers.ofString()));
            }
            assertThat(held.started.await(30, java.util.concurrent.TimeUnit.SECONDS)).isTrue();

            HttpResponse<String> refused = get(app, "/api/search?format=jsonl");
            assertThat(refused.statusCode()).isEqualTo(503);
            assertThat(refused.headers().firstValue("Retry-After")).hasValue("1");
            held.release.countDown();
            for (var response : running) {
                assertThat(response.get(30, java.util.concurrent.TimeUnit.SECONDS).statusCode()).isEqualTo(200);
            }
            assertThat(get(app, "/search.csv").statusCode()).isEqualTo(200); // the slots are free again
        } finally {
            app.stop();
        }
    }

    private static List<CSVRecord> csv(String body) throws IOException {
        return CSVFormat.RFC4180.builder().setHeader().get().parse(new StringReader(body)).getRecords();
    }

    private static HttpResponse<String> get(Javalin app, String target) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + app.port() + target))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Exports that wait until released, counting those that have started. */
    private static final class Held extends FailsMidway {
        final java.util.concurrent.CountDownLatch started;
        final java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);

        Held(int exports) {
            started = new java.util.concurrent.CountDownLatch(exports);
        }

        @Override
        public void export(SearchRequest request, int limit, Consumer<ExportRow> rows) {
            started.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Sends a few thousand rows (more than any buffer holds), then fails as a lost index or cluster would. */
    private static class FailsMidway implements SearchBackend {
        @Override
        public void export(SearchRequest request, int limit, Consumer<ExportRow> rows) {
            for (int i = 0; i < 5_000; i++) {
                rows.accept(new ExportRow("a" + i, LocalDate.of(2025, 1, 1), "Title " + i, "/article/a" + i,
                        List.of(), List.of(), List.of(), "snippet ".repeat(20)));
            }
            throw new IllegalStateException("the index went away");
        }

        @Override
        public SearchResult search(SearchRequest request) {
            throw new IllegalStateException("not used");
        }

        @Override
        public Optional<ArticleView> article(String id, String highlightQuery, int part) {
            return Optional.empty();
        }

        @Override
        public Optional<EntityPage> official(String key) {
            return Optional.empty();
        }

        @Override
        public Optional<EntityPage> country(String code) {
            return Optional.empty();
        }

        @Override
        public Health health() {
            return new Health("ok", 0, 1);
        }

        @Override
        public void refresh() {
        }

        @Override
        public void close() {
        }
    }
}
