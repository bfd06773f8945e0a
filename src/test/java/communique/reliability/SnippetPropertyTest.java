package communique.reliability;

import communique.extract.ExtractedArticle;
import communique.search.Hit;
import communique.search.LuceneSearchBackend;
import communique.search.SearchRequest;
import communique.search.SearchResult;
import communique.search.TestIndexes;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A seeded property test of the real highlighter's snippets over random bodies full of {@code < > & " '}: with the
 * marks removed and the entities decoded, every passage is a piece of the article's text, and the snippet holds no
 * {@code <} but those of {@code <mark>} and {@code </mark>}, and no {@code &} but the start of an entity.
 */
class SnippetPropertyTest {

    private static final long SEED = 20_251_123L;
    private static final int INDEXES = 10;
    private static final int ARTICLES_PER_INDEX = 30;
    private static final int QUERIES_PER_INDEX = 30;
    private static final String SEPARATOR = "… ";
    private static final Pattern ENTITY = Pattern.compile("&(#x[0-9a-fA-F]{1,6}|#[0-9]{1,7}|lt|gt|amp|quot|apos);");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Set<String> STOPWORDS = Set.of("that", "this", "with", "there", "their", "then", "they",
            "will", "into", "such", "these", "were", "was", "are", "the", "and", "for", "not", "but", "if",
            "or", "no", "on", "of", "to", "an", "a", "as", "at", "be", "by", "in", "is", "it", "mark");
    private static final String[] NOISE = {"<", ">", "&", "\"", "'", "<b>", "</mark>", "<mark>", "&amp;", "&#39;",
            "a<b", "x&y", "\"q\"", "'s", "/", "</p>", "<script>", ";", ",", "!", "?", "(", ")", "-", ":", "\n", "\n\n"};

    @TempDir
    Path dir;

    @Test
    void snippetsAreEscapedPiecesOfTheArticleText() throws Exception {
        Random random = new Random(SEED);
        List<String> words = vocabulary(random);
        int cases = 0;
        int snippets = 0;
        int marked = 0;
        for (int index = 0; index < INDEXES; index++) {
            Map<String, String> bodies = new HashMap<>();
            List<ExtractedArticle> articles = new ArrayList<>();
            for (int a = 0; a < ARTICLES_PER_INDEX; a++) {
                String id = "p" + index + "-" + a;
                String body = body(random, words);
                bodies.put(id, body);
                articles.add(TestIndexes.extracted(id, "Title " + words.get(random.nextInt(words.size())), body,
                        LocalDate.of(2020, 1, 1).plusDays(a), null, List.of(), List.of()));
            }
            try (LuceneSearchBackend backend = new LuceneSearchBackend(TestIndexes.write(dir.resolve("i" + index), articles))) {
                for (int q = 0; q < QUERIES_PER_INDEX; q++) {
                    String body = bodies.get("p" + index + "-" + random.nextInt(ARTICLES_PER_INDEX));
                    String query = queryFrom(random, body);
                    SearchResult result;
                    try {
                        result = backend.search(SearchRequest.of(query));
                    } catch (RuntimeException e) {
                        throw new AssertionError("query \"" + query + "\" failed", e);
                    }
                    assertThat(result.hits()).as("query %s finds the article it was drawn from: %s", query, body).isNotEmpty();
                    for (Hit hit : result.hits()) {
                        assertSnippetProperties(hit.snippet(), bodies.get(hit.id()), query);
                        snippets++;
                        marked += hit.snippet().contains("<mark>") ? 1 : 0;
                    }
                    cases++;
                }
            }
        }
        assertThat(cases).isEqualTo(INDEXES * QUERIES_PER_INDEX);
        assertThat(marked).as("snippets with a highlighted term").isGreaterThan(snippets / 2);
    }

    static void assertSnippetProperties(String snippet, String body, String query) {
        String where = "query \"" + query + "\", snippet " + snippet;
        assertThat(snippet).as(where).isNotNull();
        String unmarked = snippet.replace("<mark>", "").replace("</mark>", "");
        assertThat(unmarked).as(where).doesNotContain("<", ">");
        Matcher amp = Pattern.compile("&").matcher(unmarked);
        while (amp.find()) {
            assertThat(ENTITY.matcher(unmarked).region(amp.start(), unmarked.length()).lookingAt())
                    .as(where + ": & at " + amp.start() + " starts an entity").isTrue();
        }
        String text = collapse(body);
        for (String part : unmarked.split(SEPARATOR)) {
            String piece = collapse(unescape(part));
            if (piece.endsWith("…")) {
                piece = piece.substring(0, piece.length() - 1).strip();
            }
            assertThat(text).as(where).contains(piece);
        }
    }

    /** Decodes the entities the highlighter's escaper and {@code Snippets.escape} emit. */
    static String unescape(String html) {
        Matcher m = ENTITY.matcher(html);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            String decoded = switch (name) {
                case "lt" -> "<";
                case "gt" -> ">";
                case "amp" -> "&";
                case "quot" -> "\"";
                case "apos" -> "'";
                default -> Character.toString(name.startsWith("#x") ? Integer.parseInt(name.substring(2), 16)
                        : Integer.parseInt(name.substring(1)));
            };
            m.appendReplacement(out, Matcher.quoteReplacement(decoded));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String collapse(String text) {
        return WHITESPACE.matcher(text).replaceAll(" ").strip();
    }

    private static List<String> vocabulary(Random random) {
        List<String> words = new ArrayList<>();
        while (words.size() < 60) {
            StringBuilder word = new StringBuilder();
            int length = 4 + random.nextInt(6);
            for (int i = 0; i < length; i++) {
                word.append((char) ('a' + random.nextInt(26)));
            }
            if (!STOPWORDS.contains(word.toString()) && !words.contains(word.toString())) {
                words.add(word.toString());
            }
        }
        return words;
    }

    private static String body(Random random, List<String> words) {
        StringBuilder body = new StringBuilder();
        int tokens = 20 + random.nextInt(200);
        for (int i = 0; i < tokens; i++) {
            if (random.nextInt(4) == 0) {
                body.append(NOISE[random.nextInt(NOISE.length)]);
            } else {
                String word = words.get(random.nextInt(words.size()));
                body.append(random.nextInt(5) == 0 ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : word);
            }
            body.append(random.nextInt(8) == 0 ? ". " : random.nextInt(6) == 0 ? "" : " ");
        }
        return body.toString().strip();
    }

    private static String queryFrom(Random random, String body) {
        List<String> present = new ArrayList<>();
        for (String spaced : body.split("\\s+")) {
            // only whole words, as the StandardTokenizer sees them: "a<b" and "x's" are not "b" and "s"
            String token = spaced.replaceAll("[^a-zA-Z]+$", "");
            boolean whole = token.matches("[a-zA-Z]+") && (spaced.equals(token) || spaced.matches("[a-zA-Z]+[.,;!?:]"));
            if (whole && token.length() >= 4 && !STOPWORDS.contains(token.toLowerCase(Locale.ROOT))) {
                present.add(token.toLowerCase(Locale.ROOT));
            }
        }
        int n = 1 + random.nextInt(2);
        StringBuilder query = new StringBuilder();
        for (int i = 0; i < n; i++) {
            query.append(i > 0 ? " " : "").append(present.get(random.nextInt(present.size())));
        }
        return query.toString();
    }
}
