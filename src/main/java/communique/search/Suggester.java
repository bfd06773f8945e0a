package communique.search;

import communique.index.Fields;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.LevenshteinDistance;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "Did you mean": replaces each query word the index does not hold as typed with the closest word of an
 * official's name ("Naqvy" → "Naqvi", even though stemming already finds Naqvi for it), else, when not even its
 * stem is known, with the closest indexed body term that is a word in its own right (the body is
 * stemmed, and a stem such as "countri" is no suggestion). Returns null when there is nothing to correct.
 */
final class Suggester {

    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}\\p{N}]*");
    private static final Set<String> OPERATORS = Set.of("AND", "OR", "NOT");
    private static final float MIN_SIMILARITY = 0.7f;
    private static final int MAX_NAME_ORDINALS = 500_000;
    private static final List<String> ENDINGS = List.of("", "e", "s", "es", "ed", "ing", "ion", "ation", "ment",
            "al", "ly", "er", "ity");

    private final IndexSnapshot snapshot;
    private final IndexReader reader;
    private final Analyzer analyzer = UserQueryParser.ANALYZER;

    Suggester(IndexSnapshot snapshot) {
        this.snapshot = snapshot;
        this.reader = snapshot.getIndexReader();
    }

    String suggest(String query) throws IOException {
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

    private String correction(String word) throws IOException {
        String lower = word.toLowerCase(Locale.ROOT);
        String stem = stem(lower);
        if (stem == null || lower.length() < 3 || nameWords().contains(lower)
                || (stem.equals(lower) && known(stem))) {
            return null;
        }
        String best = closestNameWord(lower);
        if (best == null && !known(stem)) {
            best = closestBodyWord(lower, stem);
        }
        if (best == null) {
            return null;
        }
        return Character.isUpperCase(word.charAt(0))
                ? Character.toUpperCase(best.charAt(0)) + best.substring(1) : best;
    }

    private boolean known(String stem) throws IOException {
        return reader.docFreq(new Term(Fields.BODY, stem)) > 0 || reader.docFreq(new Term(Fields.TITLE, stem)) > 0
                || reader.docFreq(new Term(Fields.OFFICIAL_NAME, stem)) > 0;
    }

    private String closestNameWord(String lower) throws IOException {
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

    /**
     * The closest indexed body term, turned back into a word: the body holds stems ("extradit"), so each candidate
     * stem is tried with common English endings and the variant that stems back to it and is nearest to what was
     * typed wins ("extradtion" → "extradition").
     */
    private String closestBodyWord(String lower, String stem) throws IOException {
        SuggestWord[] candidates = new DirectSpellChecker()
                .suggestSimilar(new Term(Fields.BODY, stem), 5, reader, SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
        LevenshteinDistance distance = new LevenshteinDistance();
        String best = null;
        float bestScore = 0;
        for (SuggestWord candidate : candidates) {
            for (String variant : variants(candidate.string)) {
                float score = distance.getDistance(lower, variant);
                if (score > bestScore && candidate.string.equals(stem(variant))) {
                    best = variant;
                    bestScore = score;
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

    /** The words of officials' keys ("mohsin-naqvi" → mohsin, naqvi), built once per snapshot. */
    private Set<String> nameWords() throws IOException {
        Set<String> words = snapshot.nameWords();
        if (words != null) {
            return words;
        }
        words = new HashSet<>();
        for (String key : snapshot.facets().values(Fields.OFFICIAL).stream().limit(MAX_NAME_ORDINALS).toList()) {
            for (String part : key.split("-")) {
                if (part.length() >= 3) {
                    words.add(part.toLowerCase(Locale.ROOT));
                }
            }
        }
        Set<String> frozen = Set.copyOf(words);
        snapshot.nameWords(frozen);
        return frozen;
    }

    /** The English analyzer's form of a word, or null for a stop word. */
    private String stem(String word) throws IOException {
        try (TokenStream tokens = analyzer.tokenStream(Fields.BODY, word)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            tokens.reset();
            String result = tokens.incrementToken() ? term.toString() : null;
            tokens.end();
            return result;
        }
    }
}
