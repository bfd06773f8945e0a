package communique.search;

import communique.article.ArticleIds;
import communique.export.ExportRow;
import communique.index.Fields;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.QueryTimeoutImpl;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * The {@link SearchBackend} over a local Lucene index: one long-lived {@link SearcherManager} whose snapshots
 * carry the per-reader facet state, refreshed every second (and on demand) so a new commit by the indexer is
 * picked up without restart.
 */
public final class LuceneSearchBackend implements SearchBackend {

    private static final long REFRESH_MILLIS = 1_000;
    private static final int RELATED = 5;
    /** Below this document frequency a word is never too common to find related articles by. */
    private static final int RELATED_COMMON_FLOOR = 50;
    /** Far more text than MoreLikeThis's 5,000 words (its default maxNumTokensParsed). */
    private static final int RELATED_TEXT_CHARS = 200_000;
    private static final Pattern COUNTRY_CODE = Pattern.compile("[A-Za-z]{2}");

    static {
        IndexSearcher.setMaxClauseCount(Limits.MAX_CLAUSES);
    }

    private final long timeoutMillis;
    private final Directory directory;
    private final SearcherManager manager;
    private final ScheduledExecutorService refresher;
    private final SearchGate gate = SearchGate.perCore();
    private final SearchSlicing slicing;
    private final LongArticleParts longArticles = new LongArticleParts();

    /**
     * Results kept per snapshot by default. A result holds every facet value (months included) and ten snippets,
     * about 80 KB: a full cache is some 40 MB of heap (the 100k soak ran at 55 MB live in all).
     */
    public static final int DEFAULT_CACHED_RESULTS = 500;

    /**
     * Opens the index at {@code indexPath} (memory-mapped), caching recent results.
     *
     * @throws IOException when there is no index there
     */
    public LuceneSearchBackend(Path indexPath) throws IOException {
        this(indexPath, DEFAULT_CACHED_RESULTS);
    }

    /**
     * Opens the index at {@code indexPath}, caching up to {@code cachedResults} results per snapshot (0: none, as the
     * benchmark measures the work of every request).
     *
     * @throws IOException when there is no index there
     */
    public LuceneSearchBackend(Path indexPath, int cachedResults) throws IOException {
        this(indexPath, cachedResults, Limits.TIMEOUT_MILLIS);
    }

    /** With another search timeout than {@link Limits#TIMEOUT_MILLIS}: tests make every search overrun it. */
    LuceneSearchBackend(Path indexPath, int cachedResults, long timeoutMillis) throws IOException {
        this(indexPath, cachedResults, timeoutMillis, SearchSlicing.perCore());
    }

    /** With another way of slicing searches: tests slice even a tiny index, to compare with unsliced answers. */
    LuceneSearchBackend(Path indexPath, int cachedResults, long timeoutMillis, SearchSlicing slicing)
            throws IOException {
        this.timeoutMillis = timeoutMillis;
        this.slicing = slicing;
        if (!Files.isDirectory(indexPath)) {
            // FSDirectory.open would create it: a reader must never write, not even an empty directory
            slicing.close();
            throw new NoSuchFileException(indexPath.toString(), null, "no index directory here");
        }
        this.directory = FSDirectory.open(indexPath);
        try {
            this.manager = new SearcherManager(directory, IndexSnapshot.factory(cachedResults));
        } catch (IOException | RuntimeException e) {
            directory.close();
            slicing.close();
            throw e;
        }
        this.refresher = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "index-refresh");
            thread.setDaemon(true);
            return thread;
        });
        refresher.scheduleWithFixedDelay(this::refreshQuietly, REFRESH_MILLIS, REFRESH_MILLIS, TimeUnit.MILLISECONDS);
    }

    @Override
    public SearchResult search(SearchRequest request) {
        // a cached answer is served at once; only computing a new one waits for the gate, where its deadline starts
        return withSnapshot(snapshot -> snapshot.results().get(request,
                r -> gate.run(() -> run(snapshot, r))));
    }

    private SearchResult run(IndexSnapshot snapshot, SearchRequest request) {
        try {
            return new SearchRunner(snapshot, timed(snapshot)).run(request);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One snapshot for the whole export (rows stay consistent while the indexer commits); the gate per batch. */
    @Override
    public void export(SearchRequest request, int limit, Consumer<ExportRow> rows) {
        withSnapshot(snapshot -> {
            new LuceneExport(() -> timed(snapshot), gate).run(request, limit, rows);
            return null;
        });
    }

    @Override
    public Optional<ArticleView> article(String id, String highlightQuery, int part) {
        if (!ArticleIds.isValid(id)) { // no article can have it: the indexer refuses such ids
            return Optional.empty();
        }
        return gate.run(() -> withSnapshot(snapshot -> {
            LongArticleParts.Key key = new LongArticleParts.Key(
                    ((DirectoryReader) snapshot.getIndexReader()).getVersion(), id, part);
            LongArticleParts.Loaded loaded = longArticles.get(key);
            if (loaded == null) {
                loaded = load(snapshot, id, part);
                if (loaded == null) {
                    return Optional.empty();
                }
                longArticles.keepIfLong(key, loaded);
            }
            Hit hit = loaded.hit();
            return Optional.of(new ArticleView(hit.id(), hit.title(), hit.date(), hit.place(), loaded.source(),
                    loaded.url(), hit.officials(), hit.countries(), ArticleText.segments(loaded.shown().text(),
                    highlightQuery(highlightQuery), hit.officials(), hit.countries()), loaded.related(),
                    loaded.shown().number(), loaded.shown().count()));
        }));
    }

    /** The stored article with part {@code part} of its body cut out, or null when there is no such article. */
    private static LongArticleParts.Loaded load(IndexSnapshot snapshot, String id, int part) throws IOException {
        TopDocs top = snapshot.search(new TermQuery(new Term(Fields.ID, id)), 1);
        if (top.scoreDocs.length == 0) {
            return null;
        }
        Document doc = snapshot.storedFields().document(top.scoreDocs[0].doc);
        Hit hit = HitLoader.hit(doc, null);
        String body = doc.get(Fields.BODY);
        return new LongArticleParts.Loaded(hit, doc.get(Fields.SOURCE), doc.get(Fields.URL),
                ArticleParts.of(body, part), related(snapshot, hit.title(), body, id));
    }

    @Override
    public Optional<EntityPage> official(String key) {
        if (key == null || key.isBlank() || key.length() > Limits.MAX_VALUE_CHARS) {
            return Optional.empty();
        }
        return gate.run(() -> withSnapshot(snapshot -> new EntityPages(snapshot).official(key)));
    }

    @Override
    public Optional<EntityPage> country(String code) {
        if (code == null || !COUNTRY_CODE.matcher(code).matches()) {
            return Optional.empty();
        }
        return gate.run(() -> withSnapshot(
                snapshot -> new EntityPages(snapshot).country(code.toUpperCase(java.util.Locale.ROOT))));
    }

    @Override
    public Health health() {
        return withSnapshot(snapshot -> new Health("ok", snapshot.getIndexReader().numDocs(),
                ((DirectoryReader) snapshot.getIndexReader()).getVersion()));
    }

    @Override
    public void refresh() {
        try {
            manager.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        // shutdown, not shutdownNow: interrupting a refresh in the middle of opening files makes Lucene's channel
        // close under it (ClosedByInterruptException); a refresh runs for milliseconds, so it is let to finish.
        refresher.shutdown();
        try (directory; manager; slicing) {
            refresher.awaitTermination(5, TimeUnit.SECONDS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void refreshQuietly() {
        try {
            manager.maybeRefresh();
        } catch (IOException | RuntimeException e) {
            // A failed refresh keeps serving the previous snapshot; the next tick tries again.
            System.err.println("index refresh failed, still serving the previous commit: " + e);
        }
    }

    /**
     * A searcher over the snapshot's reader with this request's own deadline (the snapshot itself is shared), split
     * across the cores when the index is large.
     */
    private IndexSearcher timed(IndexSnapshot snapshot) {
        IndexSearcher searcher = slicing.searcher(snapshot.getIndexReader());
        searcher.setTimeout(new QueryTimeoutImpl(timeoutMillis));
        return searcher;
    }

    private static Query highlightQuery(String text) {
        if (text == null || text.isBlank() || text.length() > Limits.MAX_QUERY_CHARS) {
            return null;
        }
        try {
            return UserQueryParser.parseUserQuery(text);
        } catch (InvalidRequestException e) {
            return null; // a query that cannot be parsed highlights nothing; the article is still shown
        }
    }

    /**
     * Articles like this one (Lucene's MoreLikeThis over title and body, from the text already loaded: like(docId)
     * would load the stored document a second time, a 19 MB body included; MoreLikeThis reads at most 5,000 words
     * of a field, which the first {@link #RELATED_TEXT_CHARS} characters hold). Only words the article repeats are
     * candidates (each costs a document-frequency look-up in every segment, and a word said once is rarely what an
     * article is about), and words in more than a tenth of the archive are left out: they say little about
     * likeness and their long postings were most of the page's cost (a small archive keeps all its words).
     */
    private static List<Hit> related(IndexSnapshot snapshot, String title, String body, String id) throws IOException {
        MoreLikeThis mlt = new MoreLikeThis(snapshot.getIndexReader());
        mlt.setAnalyzer(UserQueryParser.ANALYZER);
        mlt.setFieldNames(new String[] {Fields.TITLE, Fields.BODY});
        mlt.setMinTermFreq(2);
        mlt.setMinDocFreq(2);
        mlt.setMinWordLen(3);
        mlt.setMaxDocFreq(Math.max(RELATED_COMMON_FLOOR, snapshot.getIndexReader().numDocs() / 10));
        mlt.setMaxQueryTerms(15);
        Map<String, Collection<Object>> text = Map.of(Fields.TITLE, List.of(title),
                Fields.BODY, List.of(body.substring(0, Math.min(body.length(), RELATED_TEXT_CHARS))));
        Query like = new BooleanQuery.Builder()
                .add(mlt.like(text), Occur.MUST)
                .add(new TermQuery(new Term(Fields.ID, id)), Occur.MUST_NOT)
                .build();
        return new HitLoader(snapshot).loadPlain(snapshot.search(like, RELATED).scoreDocs);
    }

    private <T> T withSnapshot(SnapshotWork<T> work) {
        IndexSnapshot snapshot;
        try {
            snapshot = (IndexSnapshot) manager.acquire();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            return work.apply(snapshot);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            try {
                manager.release(snapshot);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @FunctionalInterface
    private interface SnapshotWork<T> {
        T apply(IndexSnapshot snapshot) throws IOException;
    }
}
