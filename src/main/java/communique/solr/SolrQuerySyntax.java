package communique.solr;

import communique.index.Fields;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.WildcardQuery;
import org.apache.solr.client.solrj.util.ClientUtils;

import java.util.Locale;
import java.util.StringJoiner;

/**
 * Writes a query already parsed and analysed by the app's own query grammar as Solr standard-parser syntax, every
 * term escaped. The user's text thus reaches Solr only as escaped terms of the query types our grammar produces;
 * no Solr parser feature (local params, functions, joins) can be reached from it. The configset's query-side
 * analysis only splits on whitespace, so the terms match exactly what the embedded index would match.
 * <p>
 * One approximation: a phrase with a gap left by a stop word ("minister of interior") becomes a phrase whose slop
 * covers the gap, which can also match the words with another word between them.
 */
public final class SolrQuerySyntax {

    /** Matches nothing (a BooleanQuery without clauses, or one with only prohibited clauses, in Lucene). */
    static final String NOTHING = "(+*:* -*:*)";

    private SolrQuerySyntax() {
    }

    /** The Solr query for {@code query}; throws IllegalArgumentException for a query type our grammar never makes. */
    public static String render(Query query) {
        if (query instanceof TermQuery term) {
            return term(term.getTerm());
        }
        if (query instanceof BooleanQuery bool) {
            return bool(bool);
        }
        if (query instanceof BoostQuery boost) {
            return "(" + render(boost.getQuery()) + ")^" + String.format(Locale.ROOT, "%s", boost.getBoost());
        }
        if (query instanceof PhraseQuery phrase) {
            return phrase(phrase);
        }
        if (query instanceof PrefixQuery prefix) {
            return field(prefix.getPrefix().field()) + ":" + ClientUtils.escapeQueryChars(prefix.getPrefix().text()) + "*";
        }
        if (query instanceof FuzzyQuery fuzzy) {
            return term(fuzzy.getTerm()) + "~" + fuzzy.getMaxEdits();
        }
        if (query instanceof WildcardQuery wildcard) {
            return field(wildcard.getTerm().field()) + ":" + wildcard(wildcard.getTerm().text());
        }
        if (query instanceof SynonymQuery synonyms) {
            StringJoiner any = new StringJoiner(" ", "(", ")");
            synonyms.getTerms().forEach(t -> any.add(term(t)));
            return any.toString();
        }
        if (query instanceof MatchAllDocsQuery) {
            return "*:*";
        }
        if (query instanceof MatchNoDocsQuery) {
            return NOTHING;
        }
        throw new IllegalArgumentException("no Solr form for a " + query.getClass().getSimpleName() + ": " + query);
    }

    private static String bool(BooleanQuery bool) {
        if (bool.getMinimumNumberShouldMatch() > 0) {
            throw new IllegalArgumentException("no Solr form for minimum-should-match " + bool);
        }
        StringJoiner clauses = new StringJoiner(" ", "(", ")");
        boolean positive = false;
        for (BooleanClause clause : bool.clauses()) {
            String prefix = switch (clause.getOccur()) {
                case MUST, FILTER -> "+";
                case MUST_NOT -> "-";
                case SHOULD -> "";
            };
            positive |= clause.getOccur() != BooleanClause.Occur.MUST_NOT;
            clauses.add(prefix + render(clause.getQuery()));
        }
        // Lucene matches nothing for no clauses or only prohibited ones; Solr would add *:* to a purely negative query.
        return positive ? clauses.toString() : NOTHING;
    }

    private static String phrase(PhraseQuery phrase) {
        Term[] terms = phrase.getTerms();
        if (terms.length == 0) {
            return NOTHING;
        }
        int[] positions = phrase.getPositions();
        int gaps = positions[positions.length - 1] - positions[0] - (terms.length - 1);
        StringJoiner words = new StringJoiner(" ", "\"", "\"");
        for (Term term : terms) {
            words.add(ClientUtils.escapeQueryChars(term.text()));
        }
        int slop = phrase.getSlop() + gaps;
        return field(terms[0].field()) + ":" + words + (slop > 0 ? "~" + slop : "");
    }

    private static String term(Term term) {
        return field(term.field()) + ":" + ClientUtils.escapeQueryChars(term.text());
    }

    /** The Solr field for a Lucene field: role: queries match the lower-cased copy, every other name is the same. */
    static String field(String luceneField) {
        if (luceneField.equals(Fields.ROLE)) {
            return SolrArticleDocuments.ROLE_LOWER;
        }
        if (!luceneField.matches("[a-z_]+")) {
            throw new IllegalArgumentException("not a schema field: " + luceneField);
        }
        return luceneField;
    }

    private static String wildcard(String pattern) {
        StringBuilder out = new StringBuilder();
        for (char c : pattern.toCharArray()) {
            if (c == '*' || c == '?') {
                out.append(c);
            } else {
                out.append(ClientUtils.escapeQueryChars(String.valueOf(c)));
            }
        }
        return out.toString();
    }
}
