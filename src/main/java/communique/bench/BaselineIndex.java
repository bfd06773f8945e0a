package communique.bench;

import communique.article.Article;
import communique.index.Indexer;

import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

import java.io.IOException;
import java.nio.file.Path;

/**
 * The raw-Lucene limit: the same texts with {@link StandardAnalyzer}, title and body only, no extraction, no
 * facets, no index sort, no offsets; the same RAM buffer, default merge policy, writer threads and single commit
 * as Communiqué's indexer. What Lucene itself costs on this machine.
 */
final class BaselineIndex {

    static final String ID = "id";
    static final String TITLE = "title";
    static final String BODY = "body";

    private BaselineIndex() {
    }

    /** Builds the baseline index at {@code dir} (which must not hold one) and returns its build figures. */
    static BuildResult build(Path corpus, Path dir, int workers) throws IOException, InterruptedException {
        long start = System.nanoTime();
        long cpuStart = BuildResult.processCpuNanos();
        long docs;
        try (Directory directory = FSDirectory.open(dir);
             IndexWriter writer = new IndexWriter(directory, config())) {
            docs = ArticleFeed.run(corpus, workers, article -> writer.addDocument(document(article)));
            writer.commit();
        }
        return BuildResult.measured("raw Lucene baseline", docs, System.nanoTime() - start, dir, cpuStart);
    }

    static StandardAnalyzer analyzer() {
        return new StandardAnalyzer();
    }

    /** Communiqué's writer settings with the baseline's analyzer: only the document differs. */
    private static IndexWriterConfig config() {
        IndexWriterConfig config = new IndexWriterConfig(analyzer());
        config.setOpenMode(IndexWriterConfig.OpenMode.CREATE);
        config.setRAMBufferSizeMB(Indexer.RAM_BUFFER_MB);
        config.setCommitOnClose(false);
        return config;
    }

    /** Id and title stored: all a plain top-10 shows. */
    private static Document document(Article article) {
        Document doc = new Document();
        doc.add(new StringField(ID, article.id(), Field.Store.YES));
        doc.add(new TextField(TITLE, article.title(), Field.Store.YES));
        doc.add(new TextField(BODY, article.body(), Field.Store.NO));
        return doc;
    }
}
