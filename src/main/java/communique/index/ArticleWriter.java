package communique.index;

import communique.article.Article;
import communique.extract.EntityExtractor;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.Term;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Writes one article if it is new or changed: compares its version hash with the previous commit's, extracts
 * entities and adds the document, or replaces it by id. Thread-safe (IndexWriter is), so the pipeline's workers
 * share one. An id the previous commit does not hold is added without a delete: the pipeline admits each id once
 * per run, so nothing in the index can carry it, and a delete term per new article (every article of a first build)
 * would only make each flush and merge look it up in every older segment.
 */
final class ArticleWriter {

    /** A quarter of the RAM buffer: below this the commit's own flush is short. */
    static final long PARALLEL_FLUSH_BYTES = (long) (Indexer.RAM_BUFFER_MB * 1024 * 1024 / 4);

    private final IndexWriter writer;
    private final PreviousCommit previous;
    private final EntityExtractor extractor;
    private final ArticleDocuments documents = new ArticleDocuments();
    private final IndexReport report;

    ArticleWriter(IndexWriter writer, PreviousCommit previous, EntityExtractor extractor, IndexReport report) {
        this.writer = writer;
        this.previous = previous;
        this.extractor = extractor;
        this.report = report;
    }

    /** Writes the article unless the index already holds this exact version. */
    void write(Article article, String rawHash, String file) throws IOException {
        String hash = versionHash(rawHash, file);
        String indexed = previous.hashOf(article.id());
        if (hash.equals(indexed)) {
            report.unchanged();
            return;
        }
        Document doc = documents.build(extractor.extract(article), file, hash);
        if (indexed == null) {
            writer.addDocument(doc);
            report.added();
        } else {
            writer.updateDocument(new Term(Fields.ID, article.id()), doc);
            report.updated();
        }
    }

    /**
     * Flushes the largest segment still held in memory, on the calling thread, when the writer holds at least
     * {@link #PARALLEL_FLUSH_BYTES}. Each worker calls this as it runs out of work, so that the last large flushes run
     * side by side rather than one after another in the final commit while the other cores idle. Small leftovers stay
     * for the commit: Lucene merges small segments on commit only when the commit itself flushed something, and
     * without that merge every small incremental run would leave its tiny segments behind.
     */
    void flushLargeBuffer() throws IOException {
        if (writer.ramBytesUsed() >= PARALLEL_FLUSH_BYTES) {
            writer.flushNextBuffer();
        }
    }

    /**
     * The raw content's hash combined with everything else that shapes the document (schema version, source file),
     * so a schema change or a moved file rewrites the article even when its text is the same.
     */
    static String versionHash(String rawHash, String file) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update((rawHash + '\n' + Fields.SCHEMA_VERSION + '\n' + file).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest(), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }
}
