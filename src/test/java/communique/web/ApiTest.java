package communique.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpResponse;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class ApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();

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

    private static JsonNode json(HttpResponse<String> response) throws Exception {
        assertThat(response.headers().firstValue("content-type"))
                .hasValueSatisfying(v -> assertThat(v).startsWith("application/json"));
        return JSON.readTree(response.body());
    }

    @Test
    void searchReturnsTotalHitsAndFacets() throws Exception {
        JsonNode result = json(server.get("/api/search?q=pakistan&country=GB"));
        assertThat(result.get("total").asLong()).isEqualTo(4);
        assertThat(result.get("query").asText()).isEqualTo("pakistan");
        assertThat(result.get("page").asInt()).isEqualTo(1);
        assertThat(result.has("tookMs")).isTrue();
        assertThat(result.has("suggestion")).isTrue();
        JsonNode hit = result.get("hits").get(0);
        assertThat(hit.fieldNames()).toIterable().contains("id", "title", "date", "place", "snippet", "officials",
                "countries", "url");
        assertThat(hit.get("url").asText()).startsWith("/article/");
        assertThat(hit.get("date").asText()).matches("\\d{4}-\\d{2}-\\d{2}");
        JsonNode official = hit.get("officials").get(0);
        assertThat(official.fieldNames()).toIterable().containsExactly("key", "name", "role", "country");
        assertThat(hit.get("countries").get(0).fieldNames()).toIterable().containsExactly("code", "name");
        JsonNode gb = null;
        for (JsonNode value : result.get("facets").get("country")) {
            if (value.get("value").asText().equals("GB")) {
                gb = value;
            }
        }
        assertThat(gb).isNotNull();
        assertThat(gb.get("label").asText()).isEqualTo("United Kingdom");
        assertThat(gb.get("count").asLong()).isEqualTo(4);
        assertThat(gb.get("selected").asBoolean()).isTrue();
        assertThat(result.get("facets").fieldNames()).toIterable().contains("official", "country", "role", "year");
    }

    @Test
    void officialFacetCountsOnTheSeeds() throws Exception {
        assertThat(json(server.get("/api/search?official=mohsin-naqvi")).get("total").asLong()).isEqualTo(2);
        assertThat(json(server.get("/api/search?q=Gaza")).get("total").asLong()).isZero();
    }

    @Test
    void clientErrorsAreJson400() throws Exception {
        for (String url : new String[] {"/api/search?q=%22open", "/api/search?page=-1", "/api/search?from=x",
                "/api/search?page=1000000000", "/api/search?q=*x"}) {
            HttpResponse<String> response = server.get(url);
            assertThat(response.statusCode()).as(url).isEqualTo(400);
            assertThat(json(response).get("error").asText()).as(url).isNotBlank();
        }
    }

    @Test
    void unknownArticleAndApiRouteAreJson404() throws Exception {
        HttpResponse<String> article = server.get("/api/article/nope");
        assertThat(article.statusCode()).isEqualTo(404);
        assertThat(json(article).get("error").asText()).contains("nope");
        HttpResponse<String> route = server.get("/api/nothing");
        assertThat(route.statusCode()).isEqualTo(404);
        assertThat(json(route).has("error")).isTrue();
    }

    @Test
    void articleReturnsTextSegmentsAndRelated() throws Exception {
        JsonNode article = json(server.get("/api/article/naqvi-wajid?q=cooperation"));
        assertThat(article.get("title").asText()).isEqualTo("Naqvi meets British minister Lord Wajid Khan");
        assertThat(article.get("paragraphs").toString()).contains("\"highlighted\":true");
        assertThat(article.get("related").size()).isPositive();
    }

    @Test
    void healthSaysOk() throws Exception {
        JsonNode health = json(server.get("/health"));
        assertThat(health.get("status").asText()).isEqualTo("ok");
        assertThat(health.get("articles").asLong()).isEqualTo(5);
    }
}
