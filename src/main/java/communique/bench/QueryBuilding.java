package communique.bench;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;

/** The text part of a task as both engines parse it, so that the two differ only in analysis and schema. */
final class QueryBuilding {

    private QueryBuilding() {
    }

    /**
     * Title and body, every word required unless the text says OR, as a search box behaves; a new parser per call
     * because QueryParser is not thread-safe.
     */
    static Query text(String text, String title, String body, Analyzer analyzer) {
        if (text.isEmpty()) {
            return new MatchAllDocsQuery();
        }
        MultiFieldQueryParser parser = new MultiFieldQueryParser(new String[] {title, body}, analyzer);
        parser.setDefaultOperator(QueryParser.Operator.AND);
        try {
            return parser.parse(text);
        } catch (ParseException e) {
            throw new IllegalArgumentException("task query does not parse: " + text, e);
        }
    }
}
