package communique.solr;

import communique.index.Fields;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.request.QueryRequest;
import org.apache.solr.client.solrj.response.SpellCheckResponse;
import org.apache.solr.common.params.ModifiableSolrParams;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "Did you mean" from Solr's spellcheck component, with the embedded suggester's rules: each query word whose stem
 * the index does not know is replaced by the closest word of an officials' name, else by the closest body term that is a
 * word in its own right (the body is stemmed, and a stem such as "countri" is no suggestion). Null when nothing
 * needs correcting.
 */
final class SolrSuggester {

    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}\\p{N}]*");
    private static final Set<String> OPERATORS = Set.of("AND", "OR", "NOT");
    private static final Analyzer ANALYZER = Fields.analyzer();

    private final SolrNodes nodes;

    SolrSuggester(SolrNodes nodes) {
        this.nodes = nodes;
    }

    String suggest(String query) throws IOException, SolrServerException {
        List<int[]> words = new ArrayList<>();
        Matcher m = WORD.matcher(query);
        while (m.find()) {
            boolean fieldName = m.end() < query.length() && query.charAt(m.end()) == ':';
            if (!OPERATORS.contains(m.group()) && !fieldName && m.group().length() >= 3) {
                words.add(new int[] {m.start(), m.end()});
            }
        }
        if (words.isEmpty()) {
            return null;
        }
        // The configset leaves query analysis to the app: send each word's stem, as the embedded index holds it.
        StringBuilder spell = new StringBuilder();
        List<Integer> starts = new ArrayList<>();
        for (int[] w : words) {
            String stem = stem(query.substring(w[0], w[1]));
            starts.add(stem == null ? -1 : spell.length());
            if (stem != null) {
                spell.append(stem).append(' ');
            }
        }
        if (spell.length() == 0) {
            return null;
        }
        Set<Integer> known = new HashSet<>();
        Map<Integer, String> names = corrections("names", spell.toString(), false, known);
        Map<Integer, String> body = corrections("default", spell.toString(), true, known);
        StringBuilder out = new StringBuilder();
        int last = 0;
        boolean changed = false;
        for (int i = 0; i < words.size(); i++) {
            int[] w = words.get(i);
            int start = starts.get(i);
            String best = known.contains(start) ? null : names.getOrDefault(start, body.get(start));
            String word = query.substring(w[0], w[1]);
            out.append(query, last, w[0]).append(best == null ? word : casedLike(word, best));
            last = w[1];
            changed |= best != null;
        }
        return changed ? out.append(query.substring(last)).toString() : null;
    }

    /**
     * Best alternative per word start offset in {@code spell}, from one spellchecker; the offsets of words that
     * dictionary's field knows are added to {@code known} (a word known anywhere is not corrected).
     */
    private Map<Integer, String> corrections(String dictionary, String spell, boolean wordsOnly, Set<Integer> known)
            throws IOException, SolrServerException {
        ModifiableSolrParams params = new ModifiableSolrParams();
        params.set("q", "*:*");
        params.set("rows", 0);
        params.set("spellcheck", true);
        params.set("spellcheck.q", spell);
        params.set("spellcheck.dictionary", dictionary);
        params.set("spellcheck.count", 5);
        // origFreq tells a known word (summed over the shards) from an unknown one; only unknown ones are corrected.
        params.set("spellcheck.extendedResults", true);
        SpellCheckResponse response = new QueryRequest(params).process(nodes, nodes.collection()).getSpellCheckResponse();
        Map<Integer, String> best = new HashMap<>();
        if (response == null) {
            return best;
        }
        for (SpellCheckResponse.Suggestion suggestion : response.getSuggestions()) {
            if (suggestion.getOriginalFrequency() > 0) {
                known.add(suggestion.getStartOffset());
                continue;
            }
            for (String alternative : suggestion.getAlternatives()) {
                if (!wordsOnly || alternative.equals(stem(alternative))) {
                    best.putIfAbsent(suggestion.getStartOffset(), alternative);
                    break;
                }
            }
        }
        return best;
    }

    private static String casedLike(String original, String replacement) {
        return Character.isUpperCase(original.charAt(0))
                ? Character.toUpperCase(replacement.charAt(0)) + replacement.substring(1) : replacement;
    }

    private static String stem(String word) {
        try (TokenStream tokens = ANALYZER.tokenStream(Fields.BODY, word.toLowerCase(Locale.ROOT))) {
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
