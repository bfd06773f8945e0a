package communique.solr;

import communique.article.Article;
import communique.extract.Country;
import communique.extract.ExtractedArticle;
import communique.extract.Official;
import communique.index.Fields;
import communique.index.OfficialData;

import org.apache.solr.common.SolrInputDocument;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Turns an extracted article into the Solr document the configset's schema describes: the same values, under the
 * same names, that {@link communique.index.ArticleDocuments} writes into the embedded index. Thread-safe.
 */
public final class SolrArticleDocuments {

    /** The lower-cased copy of {@link Fields#ROLE} that role: queries match (filled by a copyField in the schema). */
    public static final String ROLE_LOWER = "role_lc";

    /**
     * @param file the absolute source file, for deleting what vanished from it
     * @param hash the content hash that marks this version of the article
     */
    public SolrInputDocument build(ExtractedArticle extracted, String file, String hash) {
        Article article = extracted.article();
        SolrInputDocument doc = new SolrInputDocument();
        doc.setField(Fields.ID, article.id());
        doc.setField(Fields.TITLE, article.title());
        doc.setField(Fields.BODY, article.body());
        addDate(doc, extracted.date());
        addOfficials(doc, extracted);
        for (Country country : extracted.countries()) {
            doc.addField(Fields.COUNTRY, country.code());
        }
        if (article.place() != null && !article.place().isBlank()) {
            doc.setField(Fields.PLACE, article.place());
        }
        doc.setField(Fields.SOURCE, article.source());
        doc.setField(Fields.FILE, file);
        if (article.url() != null) {
            doc.setField(Fields.URL, article.url());
        }
        doc.setField(Fields.HASH, hash);
        return doc;
    }

    private static void addDate(SolrInputDocument doc, LocalDate date) {
        if (date == null) {
            return;
        }
        doc.setField(Fields.DATE, date.toEpochDay());
        doc.setField(Fields.YEAR, Integer.toString(date.getYear()));
        doc.setField(Fields.MONTH, String.format(Locale.ROOT, "%d-%02d", date.getYear(), date.getMonthValue()));
    }

    private static void addOfficials(SolrInputDocument doc, ExtractedArticle extracted) {
        Set<String> roles = new LinkedHashSet<>();
        for (Official official : extracted.officials()) {
            doc.addField(Fields.OFFICIAL, official.key());
            doc.addField(Fields.OFFICIAL_NAME, official.name());
            doc.addField(Fields.OFFICIAL_DATA, OfficialData.encode(official));
            if (official.role() != null && !official.role().isBlank()) {
                roles.add(official.role());
            }
        }
        for (String role : roles) {
            doc.addField(Fields.ROLE, role);
        }
    }
}
