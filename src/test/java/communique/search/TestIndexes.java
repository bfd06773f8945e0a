package communique.search;

import communique.article.Article;
import communique.extract.Country;
import communique.extract.EntityExtractor;
import communique.extract.ExtractedArticle;
import communique.extract.Official;
import communique.index.ArticleDocuments;
import communique.index.Fields;
import communique.index.IndexProgress;
import communique.index.IndexReport;
import communique.index.Indexer;

import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.IndexWriterConfig.OpenMode;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * Test indexes written exactly as the indexer writes them ({@link ArticleDocuments} + {@link Indexer#writerConfig}),
 * from hand-made extracted articles, so facets can be tested before the real extractor lands.
 */
public final class TestIndexes {

    public static final Official NAQVI = new Official("mohsin-naqvi", "Mohsin Naqvi", "Interior Minister", "PK");
    public static final Official JANJUA = new Official("nasser-janjua", "Nasser Janjua", "National Security Adviser", "PK");
    public static final Official NISAR = new Official("chaudhry-nisar-ali-khan", "Chaudhry Nisar Ali Khan",
            "Interior Minister", "PK");
    public static final Official RUDD = new Official("amber-rudd", "Amber Rudd", "Home Secretary", "GB");
    public static final Official MARRIOTT = new Official("jane-marriott", "Jane Marriott", "High Commissioner", "GB");
    public static final Official BIGGAR = new Official("graeme-biggar", "Graeme Biggar", "Director General", "GB");
    public static final Official IFTIKHAR = new Official("asim-iftikhar", "Asim Iftikhar", "Foreign Office Spokesperson", "PK");
    public static final Country PK = new Country("PK", "Pakistan");
    public static final Country GB = new Country("GB", "United Kingdom");
    public static final Country US = new Country("US", "United States");

    private TestIndexes() {
    }

    /**
     * Five articles shaped like the bundled seeds, with the entities the real extractor is expected to find:
     * four involve the UK, two name Mohsin Naqvi, none mentions Gaza. One body carries markup-like text to test
     * escaping.
     */
    public static List<ExtractedArticle> seedLike() {
        return List.of(
                extracted("janjua-uk", "NSA Janjua tells British MPs the UK chooses individuals over Pakistan",
                        "National Security Adviser Nasser Janjua met a delegation of the British Parliament visiting "
                                + "Pakistan and said the United Kingdom is choosing individuals over its relationship "
                                + "with the state.\n\nJanjua spoke of extremism and of <script>alert(1)</script> "
                                + "security & cooperation.",
                        LocalDate.of(2018, 3, 6), "ISLAMABAD", List.of(JANJUA), List.of(PK, GB)),
                extracted("nisar-london", "Nisar discusses counter-terrorism with Amber Rudd in London",
                        "Pakistan's Minister for Interior Chaudhry Nisar Ali Khan talked to British Home Secretary Amber Rudd "
                                + "in London about counter-terrorism, narcotics and money laundering.\n"
                                + "Nisar described cyber crime legislation.",
                        LocalDate.of(2016, 10, 3), "LONDON", List.of(NISAR, RUDD), List.of(PK, GB)),
                extracted("naqvi-wajid", "Naqvi meets British minister Lord Wajid Khan",
                        "ISLAMABAD – Interior Minister Mohsin Naqvi met British Minister Lord Wajid Khan. British "
                                + "High Commissioner Jane Marriott was present.\n\nPakistan aims to strengthen "
                                + "bilateral cooperation with the United Kingdom on counter-terrorism.",
                        LocalDate.of(2025, 4, 17), "ISLAMABAD", List.of(NAQVI, MARRIOTT), List.of(PK, GB)),
                extracted("naqvi-nca", "Pakistan and UK strengthen extradition collaboration",
                        "Mohsin Naqvi, the federal minister of interior, met Graeme Biggar, director general of the "
                                + "National Crime Agency in the United Kingdom, on extradition and security.",
                        LocalDate.of(2025, 5, 22), "ISLAMABAD", List.of(NAQVI, BIGGAR), List.of(PK, GB)),
                extracted("iftikhar-us", "Pakistan wants balanced relationship with the United States",
                        "Foreign Office Spokesperson Asim Iftikhar said Pakistan wants objective and balanced "
                                + "relationships with the United States.",
                        LocalDate.of(2021, 10, 8), null, List.of(IFTIKHAR), List.of(PK, US)));
    }

    public static ExtractedArticle extracted(String id, String title, String body, LocalDate date, String place,
                                             List<Official> officials, List<Country> countries) {
        Article article = new Article(id, title, body, date, place, id + ".txt", null);
        return new ExtractedArticle(article, date, officials, countries);
    }

    /** Writes (or replaces, by id) the articles into the index at {@code dir} and commits. */
    public static Path write(Path dir, List<ExtractedArticle> articles) throws IOException {
        IndexWriterConfig config = Indexer.writerConfig(OpenMode.CREATE_OR_APPEND);
        ArticleDocuments documents = new ArticleDocuments();
        try (Directory directory = FSDirectory.open(dir); IndexWriter writer = new IndexWriter(directory, config)) {
            for (ExtractedArticle article : articles) {
                String id = article.article().id();
                writer.updateDocument(new Term(Fields.ID, id),
                        documents.build(article, dir.resolve(id + ".txt").toString(), "hash-" + id));
            }
            writer.commit();
        }
        return dir;
    }

    /** The seed-like index in {@code dir}. */
    public static Path seedLike(Path dir) throws IOException {
        return write(dir, seedLike());
    }

    /**
     * The bundled corpus ({@code index-data/articles}) indexed by the real indexer and extractor. Tests on it need
     * the real extractor and reader (branches extract and article).
     */
    public static Path realSeeds(Path dir) throws Exception {
        Path index = dir.resolve("index");
        IndexReport report = new Indexer(index, new EntityExtractor(), 2)
                .index(List.of(Path.of("index-data", "articles")), IndexProgress.NONE);
        if (!report.skippedSources().isEmpty()) {
            throw new IllegalStateException("seeds skipped: " + report.skippedSources());
        }
        return index;
    }
}
