package communique.search;

import communique.extract.Country;
import communique.extract.Official;
import communique.index.Fields;
import communique.index.OfficialData;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.StoredFields;
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
import java.util.List;
import java.util.Set;

/**
 * Turns the documents of one page into {@link Hit}s: stored fields loaded for those documents only, and snippets
 * highlighted for those only, from the offsets in the postings.
 */
final class HitLoader {

    private static final Set<String> STORED = Set.of(Fields.ID, Fields.TITLE, Fields.DATE, Fields.PLACE,
            Fields.OFFICIAL_DATA, Fields.COUNTRY);
    private static final int SNIPPET_PASSAGES = 2;

    private final IndexSearcher searcher;

    HitLoader(IndexSearcher searcher) {
        this.searcher = searcher;
    }

    /** Hits with snippets for {@code query}. */
    List<Hit> load(ScoreDoc[] page, Query query) throws IOException {
        String[] snippets = page.length == 0 ? new String[0] : highlighter()
                .highlight(Fields.BODY, query, new TopDocs(new TotalHits(page.length, TotalHits.Relation.EQUAL_TO),
                        page), SNIPPET_PASSAGES);
        List<Hit> hits = new ArrayList<>(page.length);
        StoredFields stored = searcher.storedFields();
        for (int i = 0; i < page.length; i++) {
            hits.add(hit(stored.document(page[i].doc, STORED), snippets[i]));
        }
        return hits;
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

    private UnifiedHighlighter highlighter() {
        return UnifiedHighlighter.builder(searcher, UserQueryParser.ANALYZER)
                .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", "… ", true))
                .build();
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
