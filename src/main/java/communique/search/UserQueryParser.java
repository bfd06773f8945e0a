package communique.search;

import communique.article.CleanText;
import communique.index.Fields;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The user's query language on top of Lucene's classic parser: words and phrases over title and body (all words
 * required by default), AND/OR/NOT and {@code -word}, a trailing {@code *}, and {@code field:value} for the four
 * public fields (title, official, country, role) mapped onto the schema. Everything expensive or internal is refused
 * with a message for the user: leading and inner wildcards, regular expressions, ranges and other fields.
 * Not thread-safe: one per request.
 */
public final class UserQueryParser extends MultiFieldQueryParser {

    /** The schema's analyzer, shared: analyzers are thread-safe and costly to build per request. */
    static final Analyzer ANALYZER = Fields.analyzer();
    private static final String[] DEFAULT_FIELDS = {Fields.TITLE, Fields.BODY};
    /** QueryParserBase.MOD_NOT (package-private there): the clause was written with NOT or a leading -. */
    private static final int MOD_NOT_VALUE = 10;
    private static final Map<String, Float> BOOSTS = Map.of(Fields.TITLE, 2f, Fields.BODY, 1f);

    UserQueryParser() {
        super(DEFAULT_FIELDS, ANALYZER, BOOSTS);
        setDefaultOperator(QueryParser.AND_OPERATOR);
        setAllowLeadingWildcard(false);
        setFuzzyPrefixLength(1);
    }

    /**
     * Parses a query (normalised as the articles' text was, {@link CleanText}); the empty query matches every
     * article, and so does the negative part of a query that has nothing else: {@code NOT a} is every article
     * without a, where Lucene alone would match nothing.
     */
    public static Query parseUserQuery(String text) {
        String normalized = CleanText.normalize(text);
        if (normalized.isBlank()) {
            return new MatchAllDocsQuery();
        }
        try {
            return everythingBut(new UserQueryParser().parse(normalized));
        } catch (ParseException e) {
            throw new InvalidRequestException(friendly(e), e);
        } catch (IndexSearcher.TooManyClauses e) {
            throw tooComplex(e);
        }
    }

    /**
     * Gives every purely negative Boolean query (at any depth: {@code b OR (NOT a)}) the whole archive to take the
     * prohibited articles from, as Solr does for a negative query at the top.
     */
    private static Query everythingBut(Query query) {
        if (!(query instanceof BooleanQuery bool) || bool.clauses().isEmpty()) {
            return query;
        }
        BooleanQuery.Builder rebuilt = new BooleanQuery.Builder().setMinimumNumberShouldMatch(bool.getMinimumNumberShouldMatch());
        boolean positive = false;
        for (BooleanClause clause : bool.clauses()) {
            rebuilt.add(everythingBut(clause.getQuery()), clause.getOccur());
            positive |= clause.getOccur() != Occur.MUST_NOT;
        }
        if (!positive) {
            rebuilt.add(new MatchAllDocsQuery(), Occur.MUST);
        }
        return rebuilt.build();
    }

    static InvalidRequestException tooComplex(RuntimeException cause) {
        return new InvalidRequestException("The query is too complex (more than " + Limits.MAX_CLAUSES
                + " terms once expanded); use fewer words or a longer prefix before *.", cause);
    }

    private static String friendly(ParseException e) {
        String message = e.getMessage() == null ? "" : e.getMessage();
        int refused = message.indexOf("Refused: ");
        if (refused >= 0) {
            return message.substring(refused + "Refused: ".length());
        }
        if (message.contains("not allowed as first character")) {
            return "A word cannot start with * or ?; put at least one letter before the wildcard.";
        }
        if (message.contains("too many boolean clauses") || message.contains("maxClauseCount")) {
            return tooComplex(null).getMessage();
        }
        return "The query could not be understood: check quotes, brackets and operators (AND, OR, NOT)"
                + " or put a phrase in double quotes.";
    }

    /**
     * A prohibited word the analyzer drops (a stop word: {@code NOT a}) prohibits nothing, rather than vanishing
     * and leaving a query that matches nothing; {@link #everythingBut} then gives it the whole archive.
     */
    @Override
    protected void addClause(List<BooleanClause> clauses, int conj, int mods, Query q) {
        super.addClause(clauses, conj, mods, q == null && mods == MOD_NOT_VALUE ? new MatchNoDocsQuery("stop word") : q);
    }

    @Override
    protected Query getFieldQuery(String field, String text, boolean quoted) throws ParseException {
        if (field == null) {
            return super.getFieldQuery(null, text, quoted);
        }
        return switch (publicField(field)) {
            case "title" -> super.getFieldQuery(Fields.TITLE, text, quoted);
            case "body" -> super.getFieldQuery(Fields.BODY, text, quoted);
            case "official" -> officialQuery(text, quoted);
            case "country" -> new TermQuery(new Term(Fields.COUNTRY, countryCode(text)));
            case "role" -> new TermQuery(new Term(Fields.ROLE, text.strip().toLowerCase(Locale.ROOT)));
            default -> throw new IllegalStateException(field);
        };
    }

    @Override
    protected Query getFieldQuery(String field, String text, int slop) throws ParseException {
        if (field == null || field.equals(Fields.TITLE) || field.equals(Fields.BODY)) {
            return super.getFieldQuery(field, text, slop);
        }
        return getFieldQuery(field, text, true);
    }

    @Override
    protected Query getPrefixQuery(String field, String text) throws ParseException {
        return super.getPrefixQuery(textField(field, "*"), text);
    }

    @Override
    protected Query getFuzzyQuery(String field, String text, float minSimilarity) throws ParseException {
        return super.getFuzzyQuery(textField(field, "~"), text, minSimilarity);
    }

    @Override
    protected Query getWildcardQuery(String field, String text) throws ParseException {
        if (text.startsWith("*") || text.startsWith("?")) {
            return super.getWildcardQuery(field, text);
        }
        throw new ParseException("Refused: Only a trailing * is supported (for example negotiat*), not \""
                + Limits.shorten(text) + "\".");
    }

    @Override
    protected Query getRegexpQuery(String field, String text) throws ParseException {
        throw new ParseException("Refused: Regular expressions (/…/) are not supported; put the text in double quotes"
                + " to search for it.");
    }

    @Override
    protected Query getRangeQuery(String field, String lower, String upper, boolean startInclusive,
                                  boolean endInclusive) throws ParseException {
        throw new ParseException("Refused: Ranges are not supported in the query; use the from and to dates.");
    }

    private Query officialQuery(String text, boolean quoted) throws ParseException {
        BooleanQuery.Builder either = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(Fields.OFFICIAL, text.strip().toLowerCase(Locale.ROOT))), Occur.SHOULD);
        Query byName = super.getFieldQuery(Fields.OFFICIAL_NAME, text, quoted);
        if (byName != null) {
            either.add(byName, Occur.SHOULD);
        }
        return either.build();
    }

    private static String countryCode(String text) {
        String code = CountryNames.code(text);
        return code != null ? code : text.strip().toUpperCase(Locale.ROOT);
    }

    /** The schema field behind a field the user may use with a wildcard or fuzzy term. */
    private static String textField(String field, String operator) throws ParseException {
        if (field == null) {
            return null;
        }
        return switch (publicField(field)) {
            case "title" -> Fields.TITLE;
            case "body" -> Fields.BODY;
            case "official" -> Fields.OFFICIAL_NAME;
            default -> throw new ParseException("Refused: " + operator + " works on words, title: and official:,"
                    + " not on " + field + ":.");
        };
    }

    /** The public field name, accepting the schema's own names of the default fields. */
    private static String publicField(String field) throws ParseException {
        String name = field.toLowerCase(Locale.ROOT);
        return switch (name) {
            case "title", "body", "country", "role", "official" -> name;
            case Fields.OFFICIAL_NAME -> "official";
            default -> throw new ParseException("Refused: Unknown field \"" + Limits.shorten(field)
                    + ":\"; use title:, official:, country: or role: (or put the text in double quotes).");
        };
    }
}
