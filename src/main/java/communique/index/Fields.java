package communique.index;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.search.SortField;

import java.util.Map;

/**
 * The one schema: every Lucene field of an article document, how it is indexed and why. The indexer and every
 * searcher take their analyzer and {@link FacetsConfig} from here, because Lucene's facet module requires the
 * writer's and the reader's configuration to match.
 */
public final class Fields {

    /** Bump when the document layout changes: every article is then rewritten on the next index run. */
    public static final int SCHEMA_VERSION = 1;

    /** Exact article id (StringField, stored): the update/delete key and the article page's address. */
    public static final String ID = "id";
    /** Headline (analysed English, stored, offsets in postings so it can be highlighted too). */
    public static final String TITLE = "title";
    /** Cleaned story text (analysed English, stored, offsets in postings for the UnifiedHighlighter). */
    public static final String BODY = "body";
    /**
     * Date as epoch day: LongPoint for ranges, NumericDocValues for sorting, stored. Absent when unknown. Because the
     * points and the doc values share the field name, a newest-first search skips the documents that can no longer
     * make the page (Lucene's numeric sort optimisation), so the index itself need not be sorted by date.
     */
    public static final String DATE = "date";
    /** Facet dimensions (SortedSetDocValuesFacetField): "2025" and "2025-04". */
    public static final String YEAR = "year";
    public static final String MONTH = "month";
    /**
     * Official's canonical key: StringField for exact filters and a facet dimension. The stored field
     * {@link #OFFICIAL_DATA} keeps key, name, role and country together for display.
     */
    public static final String OFFICIAL = "official";
    /** One stored value per official: key TAB name TAB role TAB country (empty where unknown). */
    public static final String OFFICIAL_DATA = "official_data";
    /** Officials' names, analysed, so that {@code official:naqvi} finds Mohsin Naqvi. */
    public static final String OFFICIAL_NAME = "official_name";
    /** Normalised role ("Interior Minister"): facet dimension, and lower-cased StringField for {@code role:} queries. */
    public static final String ROLE = "role";
    /** ISO 3166 alpha-2 code: StringField (exact) + facet dimension + stored. */
    public static final String COUNTRY = "country";
    /** Dateline place ("ISLAMABAD"): StringField + stored. */
    public static final String PLACE = "place";
    /** Where the article came from as the user named it (file, or file#line for jsonl): stored only. */
    public static final String SOURCE = "source";
    /** Absolute path of the source file (StringField, stored): lets a run delete what vanished from the paths it read. */
    public static final String FILE = "file";
    /** Original address when the source gave one: stored only. */
    public static final String URL = "url";
    /** Hash of the raw article plus schema and extractor versions (StringField, stored): unchanged articles are skipped. */
    public static final String HASH = "hash";

    /** Offsets in postings: the UnifiedHighlighter then needs neither term vectors nor re-analysis (DESIGN.md). */
    public static final FieldType TEXT_WITH_OFFSETS = textWithOffsets();

    private Fields() {
    }

    /** The facet configuration shared by the indexer and every searcher. */
    public static FacetsConfig facetsConfig() {
        FacetsConfig config = new FacetsConfig();
        config.setMultiValued(OFFICIAL, true);
        config.setMultiValued(ROLE, true);
        config.setMultiValued(COUNTRY, true);
        config.setMultiValued(YEAR, false);
        config.setMultiValued(MONTH, false);
        return config;
    }

    /** English stemming for the text fields; every other field is matched exactly. */
    public static Analyzer analyzer() {
        Analyzer english = new EnglishAnalyzer();
        return new PerFieldAnalyzerWrapper(new KeywordAnalyzer(),
                Map.of(TITLE, english, BODY, english, OFFICIAL_NAME, english));
    }

    /** Sort on the date, articles without one last in either direction. */
    public static SortField dateSortField(boolean newestFirst) {
        SortField field = new SortField(DATE, SortField.Type.LONG, newestFirst);
        field.setMissingValue(newestFirst ? Long.MIN_VALUE : Long.MAX_VALUE);
        return field;
    }

    private static FieldType textWithOffsets() {
        FieldType type = new FieldType(TextField.TYPE_STORED);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        type.freeze();
        return type;
    }
}
