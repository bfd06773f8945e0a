package communique.solr;

import communique.article.Article;
import communique.article.ArticleFiles;
import communique.article.ArticleListing;
import communique.article.WalkPolicy;
import communique.article.ArticleReadException;
import communique.article.ArticleSink;
import communique.extract.EntityExtractor;
import communique.index.Fields;
import communique.index.IndexProgress;
import communique.index.IndexWriteException;

import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.request.UpdateRequest;
import org.apache.solr.common.SolrException;
import org.apache.solr.common.SolrInputDocument;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Brings a SolrCloud collection up to date with a set of paths, with the embedded {@link communique.index.Indexer}'s
 * rules: the same files and articles, the same documents, unchanged articles skipped by content hash, changed ones
 * replaced by id, vanished ones deleted, one commit at the end. The collection (and its configset) is created first
 * when the cluster lacks it.
 * <p>
 * Weaker than the embedded indexer in one way: SolrCloud has no rollback, so a run that fails half-way leaves its
 * sent documents to become visible at the next commit (they are correct documents, and the next run sees them).
 */
public final class SolrIndexer {

    /** Articles per hash lookup and per update request: large enough to amortise a round trip, small in memory. */
    static final int BATCH = 200;

    private final SolrNodes nodes;
    private final EntityExtractor extractor;
    private final SolrCollections.Layout layout;
    private final SolrArticleDocuments documents = new SolrArticleDocuments();

    public SolrIndexer(SolrNodes nodes, EntityExtractor extractor, SolrCollections.Layout layout) {
        this.nodes = nodes;
        this.extractor = extractor;
        this.layout = layout;
    }

    /**
     * Indexes every article file under {@code roots} and commits.
     *
     * @throws IndexWriteException when the cluster cannot be reached or refuses the collection or the documents
     */
    public SolrIndexReport index(List<Path> roots, IndexProgress progress) throws IndexWriteException {
        return index(roots, WalkPolicy.DEFAULT, progress);
    }

    /** The same, walking the folders within {@code walk}. */
    public SolrIndexReport index(List<Path> roots, WalkPolicy walk, IndexProgress progress) throws IndexWriteException {
        SolrIndexReport report = new SolrIndexReport();
        try {
            if (new SolrCollections(nodes).ensure(layout)) {
                report.collectionCreated();
            }
            Run run = new Run(report);
            ArticleListing listing = ArticleFiles.walk(roots, walk, problem -> report.skipped(problem.getMessage()),
                    progress::listing);
            List<Path> files = listing.files();
            long done = 0;
            for (Path file : files) {
                run.read(file);
                progress.update(++done, files.size(), run.seenIds.size());
            }
            run.flush();
            report.deleted(new VanishedInCollection(nodes, roots, listing).delete(run.seenIds, run.failedFiles));
            if (report.addedCount() + report.updatedCount() + report.deletedCount() > 0) {
                nodes.commit(nodes.collection(), true, true);
            }
        } catch (IOException | SolrServerException | SolrException e) {
            throw new IndexWriteException("cannot index into SolrCloud collection " + nodes.collection() + " at "
                    + nodes.nodeUrls() + ": " + e.getMessage(), e);
        }
        report.finish();
        return report;
    }

    /** The state of one run: articles waiting for their batch, ids read, files that failed. */
    private final class Run {

        private record Pending(Article article, String hash, String file) {
        }

        private final SolrIndexReport report;
        private final IndexedVersions versions = new IndexedVersions(nodes);
        private final List<Pending> batch = new ArrayList<>();
        private final Set<String> seenIds = new HashSet<>();
        private final Set<String> failedFiles = new HashSet<>();
        private IOException ioFailure;
        private SolrServerException solrFailure;

        Run(SolrIndexReport report) {
            this.report = report;
        }

        void read(Path file) throws IOException, SolrServerException {
            String absolute = file.toAbsolutePath().normalize().toString();
            try {
                ArticleFiles.read(file, new ArticleSink() {
                    @Override
                    public void accept(Article article, String rawHash) {
                        accepted(article, rawHash, absolute);
                    }

                    @Override
                    public void skipped(ArticleReadException problem) {
                        failedFiles.add(absolute);
                        report.skipped(problem.getMessage());
                    }
                });
            } catch (ArticleReadException e) {
                failedFiles.add(absolute);
                report.skipped(e.getMessage());
            }
            rethrow();
        }

        /** Called from inside a reader, which cannot throw checked exceptions: a failure is kept and rethrown. */
        private void accepted(Article article, String rawHash, String file) {
            if (!seenIds.add(article.id())) {
                failedFiles.add(file);
                report.skipped(article.source() + ": duplicate id " + article.id() + " (already read from another file)");
                return;
            }
            batch.add(new Pending(article, versionHash(rawHash, file), file));
            if (batch.size() >= BATCH && ioFailure == null && solrFailure == null) {
                try {
                    flush();
                } catch (IOException e) {
                    ioFailure = e;
                } catch (SolrServerException e) {
                    solrFailure = e;
                }
            }
        }

        private void rethrow() throws IOException, SolrServerException {
            if (ioFailure != null) {
                throw ioFailure;
            }
            if (solrFailure != null) {
                throw solrFailure;
            }
        }

        /** Looks up the batch's indexed hashes and sends the new and changed articles. */
        void flush() throws IOException, SolrServerException {
            if (batch.isEmpty()) {
                return;
            }
            Map<String, String> indexed = versions.hashes(batch.stream().map(p -> p.article().id()).toList());
            List<SolrInputDocument> docs = new ArrayList<>();
            for (Pending pending : batch) {
                String old = indexed.get(pending.article().id());
                if (pending.hash().equals(old)) {
                    report.unchanged();
                    continue;
                }
                SolrInputDocument doc = build(pending);
                if (doc == null) {
                    continue;
                }
                docs.add(doc);
                if (old == null) {
                    report.added();
                } else {
                    report.updated();
                }
            }
            batch.clear();
            if (!docs.isEmpty()) {
                new UpdateRequest().add(docs).process(nodes, nodes.collection());
            }
        }

        /** Extracts and builds one document; a failure skips that article, names it, and protects its file. */
        private SolrInputDocument build(Pending pending) {
            try {
                return documents.build(extractor.extract(pending.article()), pending.file(), pending.hash());
            } catch (RuntimeException e) {
                failedFiles.add(pending.file());
                report.skipped(pending.article().source() + ": could not be indexed: " + e);
                return null;
            }
        }
    }

    /**
     * The version hash the embedded indexer stores (communique.index.ArticleWriter#versionHash, package-private
     * there): raw content, schema version and source file. Keep the two formulas identical, so a collection and an
     * index built from the same files hold the same hashes.
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
