package communique.article;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds {@code datePublished} in a page's JSON-LD blocks. The search is breadth-first with a queue and a node budget,
 * so a deep or huge block cannot overflow the stack or take long; Jackson's own nesting limit guards the parse.
 */
final class JsonLdDates {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final int NODE_BUDGET = 10_000;

    private JsonLdDates() {
    }

    /** The first parseable datePublished in any JSON-LD block, or null. */
    static LocalDate datePublished(Document doc) {
        for (Element script : doc.select("script[type=application/ld+json]")) {
            JsonNode root = parse(script.data());
            LocalDate date = root == null ? null : search(root);
            if (date != null) {
                return date;
            }
        }
        return null;
    }

    /**
     * A block that is not valid JSON gives no date. Broken JSON-LD is common on news sites and says nothing about the
     * article itself, so it is not a reason to reject the page; the other date sources still apply.
     */
    private static JsonNode parse(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    private static LocalDate search(JsonNode root) {
        Deque<JsonNode> queue = new ArrayDeque<>();
        queue.add(root);
        for (int visited = 0; !queue.isEmpty() && visited < NODE_BUDGET; visited++) {
            JsonNode node = queue.poll();
            JsonNode value = node.get("datePublished");
            if (value != null && value.isTextual()) {
                LocalDate date = IsoDates.parse(value.asText());
                if (date != null) {
                    return date;
                }
            }
            node.elements().forEachRemaining(child -> {
                if (child.isContainerNode()) {
                    queue.add(child);
                }
            });
        }
        return null;
    }
}
