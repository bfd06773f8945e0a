package communique.solr;

import communique.index.Fields;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.spell.LevenshteinDistance;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.request.QueryRequest;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.client.solrj.response.SpellCheckResponse;
import org.apache.solr.common.params.ModifiableSolrParams;
import org.apache.solr.common.util.NamedList;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "Did you mean" with the embedded suggester's algorithm (communique.search.Suggester), its index look-ups answered
 * by the collection: a word is left alone when it is an official's name word or a known stem; otherwise the closest
 * name word wins, else the closest body term from Solr's spellcheck component (Lucene's DirectSpellChecker defaults),
 * turned back into a word by trying common endings. Null when nothing needs correcting. Thread-safe.
 */
final class SolrSuggester {

    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}\\p{N}]*");
    private static final Set<String> OPERATORS = Set.of("AND", "OR", "NOT");
    private static final float MIN_SIMILARITY = 0.7f;
    private static final int MAX_NAMES = 500_000;
    private static final long NAMES_TTL_NANOS = 60_000_000_000L;
    private static final List<String> ENDINGS = List.of("", "e", "s", "es", "ed", "ing", "ion", "ation", "ment",
            "al", "ly", "er", "ity");
    private static final Analyzer ANALYZER = Fields.analyzer();

    private final SolrNodes nodes;
    private volatile Set<String> nameWords;
    private volatile long nameWordsAt;

    SolrSuggester(SolrNodes nodes) {
        this.nodes = nodes;
    }

    String suggest(String query) throws IOException, SolrServerException {
        Matcher words = WORD.matcher(query);
        StringBuilder out = new StringBuilder();
        int last = 0;
        boolean changed = false;
        while (words.find()) {
            String word = words.group();
            boolean fieldName = words.end() < query.length() && query.charAt(words.end()) == ':';
            String replacement = OPERATORS.contains(word) || fieldName ? null : correction(word);
            out.append(query, last, words.start()).append(replacement == null ? word : replacement);
            last = words.end();
            changed |= replacement != null;
        }
        out.append(query.substring(last));
        return changed ? out.toString() : null;
    }

    private String correction(String word) throws IOException, SolrServerException {
        String lower = word.toLowerCase(Locale.ROOT);
        String stem = stem(lower);
        if (stem == null || lower.length() < 3 || nameWords().contains(lower) || (stem.equals(lower) && known(stem))) {
            return null;
        }
        String best = closestNameWord(lower);
        if (best == null && !known(stem)) {
            best = closestBodyWord(lower, stem);
        }
        if (best == null) {
            return null;
        }
        return Character.isUpperCase(word.charAt(0)) ? Character.toUpperCase(best.charAt(0)) + best.substring(1) : best;
    }

    /** Whether any article has the stem in its body, title or officials' names. */
    private boolean known(String stem) throws IOException, SolrServerException {
        ModifiableSolrParams params = new ModifiableSolrParams();
        params.set("q", String.join(" OR ", SolrQuerySyntax.render(new org.apache.lucene.search.TermQuery(new Term(Fields.BODY, stem))),
                SolrQuerySyntax.render(new org.apache.lucene.search.TermQuery(new Term(Fields.TITLE, stem))),
                SolrQuerySyntax.render(new org.apache.lucene.search.TermQuery(new Term(Fields.OFFICIAL_NAME, stem)))));
        params.set("rows", 0);
        return new QueryRequest(params).process(nodes, nodes.collection()).getResults().getNumFound() > 0;
    }

    private String closestNameWord(String lower) throws IOException, SolrServerException {
        LevenshteinDistance distance = new LevenshteinDistance();
        String best = null;
        float bestScore = MIN_SIMILARITY;
        for (String candidate : nameWords()) {
            if (candidate.charAt(0) != lower.charAt(0)) {
                continue;
            }
            float score = distance.getDistance(lower, candidate);
            if (score > bestScore || (score == bestScore && best != null && candidate.compareTo(best) < 0)) {
                best = candidate;
                bestScore = score;
            }
        }
        return best;
    }

    /** The closest body term (a stem) from the spellcheck component, turned back into the nearest word that stems to it. */
    private String closestBodyWord(String lower, String stem) throws IOException, SolrServerException {
        ModifiableSolrParams params = new ModifiableSolrParams();
        params.set("q", "*:*");
        params.set("rows", 0);
        params.set("spellcheck", true);
        params.set("spellcheck.q", stem);
        params.set("spellcheck.count", 5);
        SpellCheckResponse response = new QueryRequest(params).process(nodes, nodes.collection()).getSpellCheckResponse();
        if (response == null) {
            return null;
        }
        LevenshteinDistance distance = new LevenshteinDistance();
        String best = null;
        float bestScore = 0;
        for (SpellCheckResponse.Suggestion suggestion : response.getSuggestions()) {
            for (String candidate : suggestion.getAlternatives()) {
                for (String variant : variants(candidate)) {
                    float score = distance.getDistance(lower, variant);
                    if (score > bestScore && candidate.equals(stem(variant))) {
                        best = variant;
                        bestScore = score;
                    }
                }
            }
        }
        return bestScore >= MIN_SIMILARITY ? best : null;
    }

    private static List<String> variants(String stem) {
        List<String> variants = new ArrayList<>();
        for (String ending : ENDINGS) {
            variants.add(stem + ending);
            if (stem.endsWith("i")) {
                variants.add(stem.substring(0, stem.length() - 1) + "y" + ending);
            }
        }
        return variants;
    }

    /** The words of officials' keys ("mohsin-naqvi" → mohsin, naqvi), from the official facet, kept for a minute. */
    private Set<String> nameWords() throws IOException, SolrServerException {
        Set<String> words = nameWords;
        if (words != null && System.nanoTime() - nameWordsAt < NAMES_TTL_NANOS) {
            return words;
        }
        ModifiableSolrParams params = new ModifiableSolrParams();
        params.set("q", "*:*");
        params.set("rows", 0);
        params.set("json.facet", "{keys:{type:terms,field:" + Fields.OFFICIAL + ",limit:" + MAX_NAMES + ",sort:{index:asc}}}");
        QueryResponse response = new QueryRequest(params).process(nodes, nodes.collection());
        Set<String> found = new HashSet<>();
        if (response.getResponse().get("facets") instanceof NamedList<?> facets
                && facets.get("keys") instanceof NamedList<?> keys && keys.get("buckets") instanceof List<?> buckets) {
            for (Object bucket : buckets) {
                for (String part : String.valueOf(((NamedList<?>) bucket).get("val")).split("-")) {
                    if (part.length() >= 3) {
                        found.add(part.toLowerCase(Locale.ROOT));
                    }
                }
            }
        }
        nameWords = Set.copyOf(found);
        nameWordsAt = System.nanoTime();
        return nameWords;
    }

    /** The English analyzer's form of a word, or null for a stop word. */
    private static String stem(String word) {
        try (TokenStream tokens = ANALYZER.tokenStream(Fields.BODY, word)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            tokens.reset();
            String result = tokens.incrementToken() ? term.toString() : null;
            tokens.end();
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
