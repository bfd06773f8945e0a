package communique.search;

import communique.extract.Country;
import communique.extract.Official;
import communique.index.Fields;
import communique.index.OfficialData;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.util.automaton.ByteRunAutomaton;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Turns the documents of one page into {@link Hit}s: stored fields loaded for those documents only, and snippets
 * highlighted for those only, from the offsets in the postings.
 */
final class HitLoader {

    private static final Set<String> STORED = Set.of(Fields.ID, Fields.TITLE, Fields.DATE, Fields.PLACE,
            Fields.OFFICIAL_DATA, Fields.COUNTRY);
    private static final Set<String> STORED_WITH_BODY = union(STORED, Fields.BODY);
    private static final int SNIPPET_PASSAGES = 2;
    /** Passages are looked for in the first 20,000 characters: enough for news, bounded for a very long text. */
    private static final int MAX_HIGHLIGHT_CHARS = 20_000;

    private final IndexSearcher searcher;

    HitLoader(IndexSearcher searcher) {
        this.searcher = searcher;
    }

    /**
     * Hits with snippets for {@code query}: highlighted passages when the query has terms in the body, else the
     * opening of the article (the browse page needs no highlighter and no sentence breaking).
     */
    List<Hit> load(ScoreDoc[] page, Query query) throws IOException {
        if (!touchesBody(query)) {
            return leads(page);
        }
        StoredFields stored = searcher.storedFields();
        Map<Integer, Document> documents = new HashMap<>();
        for (ScoreDoc doc : page) {
            documents.put(doc.doc, stored.document(doc.doc, STORED_WITH_BODY));
        }
        String[] snippets = page.length == 0 ? new String[0] : highlighter(documents)
                .highlight(Fields.BODY, query, new TopDocs(new TotalHits(page.length, TotalHits.Relation.EQUAL_TO),
                        page), SNIPPET_PASSAGES);
        List<Hit> hits = new ArrayList<>(page.length);
        for (int i = 0; i < page.length; i++) {
            hits.add(hit(documents.get(page[i].doc), snippets[i]));
        }
        return hits;
    }

    private List<Hit> leads(ScoreDoc[] page) throws IOException {
        List<Hit> hits = new ArrayList<>(page.length);
        StoredFields stored = searcher.storedFields();
        for (ScoreDoc doc : page) {
            Document document = stored.document(doc.doc, STORED_WITH_BODY);
            hits.add(hit(document, Snippets.lead(document.get(Fields.BODY))));
        }
        return hits;
    }

    /** Whether the query (outside its negations) has terms or patterns on the body, so highlighting can mark something. */
    static boolean touchesBody(Query query) {
        boolean[] found = {false};
        query.visit(new QueryVisitor() {
            @Override
            public boolean acceptField(String field) {
                return Fields.BODY.equals(field);
            }

            @Override
            public void consumeTerms(Query q, Term... terms) {
                found[0] = true;
            }

            @Override
            public void consumeTermsMatching(Query q, String field, Supplier<ByteRunAutomaton> automaton) {
                found[0] = true;
            }

            @Override
            public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
                return occur == BooleanClause.Occur.MUST_NOT ? QueryVisitor.EMPTY_VISITOR : this;
            }
        });
        return found[0];
    }

    /** Hits without snippets (related articles, entity pages). */
    List<Hit> loadPlain(ScoreDoc[] docs) throws IOException {
        List<Hit> hits = new ArrayList<>(docs.length);
        StoredFields stored = searcher.storedFields();
        for (ScoreDoc doc : docs) {
            hits.add(hit(stored.document(doc.doc, STORED), null));
        }
        return hits;
    }

    private static Set<String> union(Set<String> set, String extra) {
        Set<String> all = new java.util.HashSet<>(set);
        all.add(extra);
        return Set.copyOf(all);
    }

    /**
     * A highlighter that takes the bodies from the documents already loaded for the page: decompressing a stored
     * document is the largest cost of a page with few hits, so each is read once, not once here and once again by
     * the highlighter.
     */
    private UnifiedHighlighter highlighter(Map<Integer, Document> documents) {
        UnifiedHighlighter.Builder builder = UnifiedHighlighter.builder(searcher, UserQueryParser.ANALYZER)
                .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", "… ", true))
                .withMaxLength(MAX_HIGHLIGHT_CHARS);
        return new UnifiedHighlighter(builder) {
            @Override
            protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docs, int cacheChars)
                    throws IOException {
                List<CharSequence[]> values = new ArrayList<>();
                for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
                    Document document = documents.get(doc);
                    CharSequence[] byField = new CharSequence[fields.length];
                    for (int f = 0; f < fields.length; f++) {
                        String text = document == null ? null : document.get(fields[f]);
                        byField[f] = text == null || text.length() <= MAX_HIGHLIGHT_CHARS ? text
                                : text.substring(0, MAX_HIGHLIGHT_CHARS);
                    }
                    values.add(byField);
                }
                return values;
            }
        };
    }

    static Hit hit(Document doc, String snippet) {
        String id = doc.get(Fields.ID);
        return new Hit(id, doc.get(Fields.TITLE), date(doc), doc.get(Fields.PLACE), snippet, officials(doc),
                countries(doc), articleUrl(id));
    }

    static LocalDate date(Document doc) {
        IndexableField field = doc.getField(Fields.DATE);
        return field == null || field.numericValue() == null ? null
                : LocalDate.ofEpochDay(field.numericValue().longValue());
    }

    static List<Official> officials(Document doc) {
        List<Official> officials = new ArrayList<>();
        for (String data : doc.getValues(Fields.OFFICIAL_DATA)) {
            officials.add(OfficialData.decode(data));
        }
        return officials;
    }

    static List<Country> countries(Document doc) {
        List<Country> countries = new ArrayList<>();
        for (String code : doc.getValues(Fields.COUNTRY)) {
            countries.add(new Country(code, CountryNames.name(code)));
        }
        return countries;
    }

    static String articleUrl(String id) {
        return "/article/" + URLEncoder.encode(id, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
