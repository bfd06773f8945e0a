package communique.article;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Parses one JSON Lines record: {@code id} (required), {@code body} (required, non-empty), {@code title},
 * {@code date} (YYYY-MM-DD or an ISO date-time; anything else gives no date rather than a guessed one) and
 * {@code url}. The body goes through the same furniture rules as txt and html.
 */
public final class JsonlArticleParser {

    /** Configured once, then only read: ObjectMapper is thread-safe for reading. Trailing junk makes a line invalid. */
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private JsonlArticleParser() {
    }

    /**
     * Parses one line.
     *
     * @param json   the line's text
     * @param source "path#lineNo", for {@link Article#source()} and error messages
     * @throws ArticleReadException for invalid JSON, a missing id or an empty body; the caller skips the line
     */
    public static Article parseLine(String json, String source) throws ArticleReadException {
        JsonNode node = readObject(json, source);
        String id = text(node, "id");
        if (id == null || id.isBlank()) {
            throw new ArticleReadException(source, "no id");
        }
        String body = firstText(node, "body", "text", "content");
        if (body == null || body.isBlank()) {
            throw new ArticleReadException(source, "empty body (id " + id.strip() + ")");
        }
        String title = firstText(node, "title", "headline");
        String date = firstText(node, "date", "datePublished", "published");
        String url = text(node, "url");
        return StoryText.toArticle(id.strip(), title, Paragraphs.lines(body), IsoDates.parse(date), source,
                url == null || url.isBlank() ? null : url.strip());
    }

    private static JsonNode readObject(String json, String source) throws ArticleReadException {
        JsonNode node;
        try {
            node = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new ArticleReadException(source, "invalid JSON: " + e.getOriginalMessage(), e);
        }
        if (node == null || !node.isObject()) {
            throw new ArticleReadException(source, "not a JSON object");
        }
        return node;
    }

    private static String firstText(JsonNode node, String... fields) {
        for (String field : fields) {
            String value = text(node, field);
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        return null;
    }

    /** A string or number field as text; null for a missing, null, object or array value. */
    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value != null && (value.isTextual() || value.isNumber()) ? value.asText() : null;
    }
}
