package communique.web;

import static org.assertj.core.api.Assertions.assertThat;

import communique.export.ExportRow;
import communique.search.ArticleView;
import communique.search.EntityPage;
import communique.search.Health;
import communique.search.SearchBackend;
import communique.search.SearchRequest;
import communique.search.SearchResult;
import communique.search.ServerBusyException;

import io.javalin.Javalin;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Optional;
import java.util.function.Consumer;

/** A backend with no search free within its wait answers 503 with Retry-After, as a page or as JSON, never a 500. */
class OverloadAnswersTest {

    private static Javalin app;
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        app = WebApp.create(new AlwaysBusy()).start(0);
    }

    @AfterAll
    static void stop() {
        app.stop();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/search?q=talks", "/", "/article/a1", "/official/x-y", "/country/PK", "/search.atom?q=talks",
        "/search.csv?q=talks"})
    void pagesSayTheServerIsBusy(String target) throws Exception {
        HttpResponse<String> response = get(target);
        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.headers().firstValue("Retry-After")).hasValue("1");
        assertThat(response.headers().firstValue("Content-Security-Policy")).isPresent();
        assertThat(response.body()).contains("<html", "busy with other searches").doesNotContain("Exception");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/search?q=talks", "/api/article/a1", "/api/search?q=talks&format=jsonl"})
    void theApiSaysSoInJson(String target) throws Exception {
        HttpResponse<String> response = get(target);
        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.headers().firstValue("Retry-After")).hasValue("1");
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
        assertThat(response.body()).startsWith("{\"error\":").contains("busy with other searches");
    }

    private static HttpResponse<String> get(String target) throws Exception {
        return CLIENT.send(HttpRequest.newBuilder(URI.create("http://localhost:" + app.port() + target)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Every search is refused for overload, as {@code LuceneSearchBackend}'s gate does past its wait. */
    private static final class AlwaysBusy implements SearchBackend {
        @Override
        public SearchResult search(SearchRequest request) {
            throw new ServerBusyException();
        }

        @Override
        public void export(SearchRequest request, int limit, Consumer<ExportRow> rows) {
            throw new ServerBusyException();
        }

        @Override
        public Optional<ArticleView> article(String id, String highlightQuery, int part) {
            throw new ServerBusyException();
        }

        @Override
        public Optional<EntityPage> official(String key) {
            throw new ServerBusyException();
        }

        @Override
        public Optional<EntityPage> country(String code) {
            throw new ServerBusyException();
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
