package communique.index;

import communique.article.Article;
import communique.extract.Country;
import communique.extract.ExtractedArticle;
import communique.extract.Official;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;

import java.io.IOException;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/** Turns an extracted article into the Lucene document described by {@link Fields}. Thread-safe. */
public final class ArticleDocuments {

    private final FacetsConfig facetsConfig = Fields.facetsConfig();

    /**
     * Builds the document, facets resolved ({@link FacetsConfig#build} turns facet fields into doc values).
     *
     * @param file the absolute source file, for deleting what vanished from it
     * @param hash the content hash that marks this version of the article
     */
    public Document build(ExtractedArticle extracted, String file, String hash) throws IOException {
        Article article = extracted.article();
        Document doc = new Document();
        doc.add(new StringField(Fields.ID, article.id(), Field.Store.YES));
        doc.add(new Field(Fields.TITLE, article.title(), Fields.TEXT_WITH_OFFSETS));
        doc.add(new Field(Fields.BODY, article.body(), Fields.TEXT_WITH_OFFSETS));
        addDate(doc, extracted.date());
        addOfficials(doc, extracted);
        addCountries(doc, extracted);
        addOptional(doc, Fields.PLACE, article.place(), true);
        doc.add(new StoredField(Fields.SOURCE, article.source()));
        doc.add(new StringField(Fields.FILE, file, Field.Store.YES));
        if (article.url() != null) {
            doc.add(new StoredField(Fields.URL, article.url()));
        }
        doc.add(new StringField(Fields.HASH, hash, Field.Store.YES));
        return facetsConfig.build(doc);
    }

    private static void addDate(Document doc, LocalDate date) {
        if (date == null) {
            return;
        }
        long epochDay = date.toEpochDay();
        doc.add(new LongPoint(Fields.DATE, epochDay));
        doc.add(new NumericDocValuesField(Fields.DATE, epochDay));
        doc.add(new StoredField(Fields.DATE, epochDay));
        doc.add(new SortedSetDocValuesFacetField(Fields.YEAR, Integer.toString(date.getYear())));
        doc.add(new SortedSetDocValuesFacetField(Fields.MONTH, month(date)));
    }

    /** "2025-04", built by hand: String.format cost a third of building the document. */
    private static String month(LocalDate date) {
        int m = date.getMonthValue();
        return date.getYear() + (m < 10 ? "-0" : "-") + m;
    }

    private static void addOfficials(Document doc, ExtractedArticle extracted) {
        Set<String> roles = new LinkedHashSet<>();
        for (Official official : extracted.officials()) {
            doc.add(new StringField(Fields.OFFICIAL, official.key(), Field.Store.NO));
            doc.add(new SortedSetDocValuesFacetField(Fields.OFFICIAL, official.key()));
            doc.add(new TextField(Fields.OFFICIAL_NAME, official.name(), Field.Store.NO));
            doc.add(new StoredField(Fields.OFFICIAL_DATA, OfficialData.encode(official)));
            if (official.role() != null && !official.role().isBlank()) {
                roles.add(official.role());
            }
        }
        for (String role : roles) {
            doc.add(new StringField(Fields.ROLE, role.toLowerCase(Locale.ROOT), Field.Store.NO));
            doc.add(new SortedSetDocValuesFacetField(Fields.ROLE, role));
        }
    }

    private static void addCountries(Document doc, ExtractedArticle extracted) {
        for (Country country : extracted.countries()) {
            doc.add(new StringField(Fields.COUNTRY, country.code(), Field.Store.YES));
            doc.add(new SortedSetDocValuesFacetField(Fields.COUNTRY, country.code()));
        }
    }

    private static void addOptional(Document doc, String field, String value, boolean indexed) {
        if (value == null || value.isBlank()) {
            return;
        }
        doc.add(indexed ? new StringField(field, value, Field.Store.YES) : new StoredField(field, value));
    }
}
