package communique.bench;

import communique.extract.EntityExtractor;
import communique.index.ArticleDocuments;
import communique.index.Fields;
import communique.index.Indexer;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.Sort;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Where Communiqué's indexing time goes: builds the same corpus once per variant, from the raw-Lucene baseline
 * adding one Communiqué choice at a time (English analysis, offsets, stored body, date + index sort), then the
 * full Communiqué document. Same writer settings and threads as the bench. Run:
 * {@code java -cp target/communique.jar communique.bench.IndexAblation CORPUS.jsonl WORK_DIR [THREADS]}.
 */
public final class IndexAblation {

    /** One build variant; {@code full} means Communiqué's own document (ArticleDocuments + extraction). */
    record Variant(String name, boolean english, boolean offsets, boolean storeBody, boolean sorted, boolean full) {
    }

    static final List<Variant> VARIANTS = List.of(
            new Variant("baseline (Standard, title+body)", false, false, false, false, false),
            new Variant("+ English analyzer", true, false, false, false, false),
            new Variant("+ offsets in postings", false, true, false, false, false),
            new Variant("+ stored body", false, false, true, false, false),
            new Variant("+ date and index sort", false, false, false, true, false),
            new Variant("+ stored body + index sort", false, false, true, true, false),
            new Variant("Communiqué document, unsorted (as the Indexer)", true, true, true, false, true),
            new Variant("Communiqué document, sorted (the Indexer before it dropped the sort)", true, true, true, true, true));

    /** The index sort the Indexer used to set, kept here to measure what it cost. */
    private static final Sort NEWEST_FIRST = new Sort(Fields.dateSortField(true));

    private IndexAblation() {
    }

    public static void main(String[] args) throws Exception {
        Path corpus = Path.of(args[0]);
        Path work = Path.of(args[1]);
        int threads = args.length > 2 ? Integer.parseInt(args[2]) : 2;
        // The first build of a JVM pays for JIT compilation; a discarded warm-up build keeps that off the figures.
        List<Variant> runs = new java.util.ArrayList<>(List.of(new Variant("warm-up (discarded)", true, true, true, false, true)));
        runs.addAll(VARIANTS);
        for (Variant variant : runs) {
            Path dir = Files.createTempDirectory(work, "ablation-");
            BuildResult result = build(variant, corpus, dir, threads);
            System.out.printf(Locale.ROOT, "%-46s %8.0f docs/s %8.0f docs/CPU-s %8.0f bytes/doc%n", variant.name(),
                    result.docsPerSecond(), result.docsPerCpuSecond(), result.bytesPerDoc());
            Bench.deleteTree(dir);
        }
    }

    static BuildResult build(Variant v, Path corpus, Path dir, int threads) throws IOException, InterruptedException {
        Analyzer analyzer = v.full() ? Fields.analyzer() : v.english() ? new EnglishAnalyzer() : new StandardAnalyzer();
        IndexWriterConfig config = new IndexWriterConfig(analyzer);
        config.setRAMBufferSizeMB(Indexer.RAM_BUFFER_MB);
        config.setCommitOnClose(false);
        if (v.sorted()) {
            config.setIndexSort(NEWEST_FIRST);
        }
        FieldType bodyType = bodyType(v);
        EntityExtractor extractor = new EntityExtractor();
        ArticleDocuments documents = new ArticleDocuments();
        long start = System.nanoTime();
        long cpuStart = BuildResult.processCpuNanos();
        long docs;
        try (Directory directory = FSDirectory.open(dir); IndexWriter writer = new IndexWriter(directory, config)) {
            docs = ArticleFeed.run(corpus, threads, a -> writer.addDocument(v.full()
                    ? documents.build(extractor.extract(a), corpus.toString(), a.id())
                    : document(a, bodyType, v.sorted())));
            writer.commit();
        }
        return BuildResult.measured(v.name(), docs, System.nanoTime() - start, dir, cpuStart);
    }

    private static Document document(communique.article.Article a, FieldType bodyType, boolean dated) {
        Document doc = new Document();
        doc.add(new StringField(Fields.ID, a.id(), Field.Store.YES));
        doc.add(new TextField(Fields.TITLE, a.title(), Field.Store.YES));
        doc.add(new Field(Fields.BODY, a.body(), bodyType));
        if (dated) {
            doc.add(new LongPoint(Fields.DATE, a.date().toEpochDay()));
            doc.add(new NumericDocValuesField(Fields.DATE, a.date().toEpochDay()));
        }
        return doc;
    }

    private static FieldType bodyType(Variant v) {
        FieldType type = new FieldType(v.storeBody() ? TextField.TYPE_STORED : TextField.TYPE_NOT_STORED);
        if (v.offsets()) {
            type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        }
        type.freeze();
        return type;
    }
}
