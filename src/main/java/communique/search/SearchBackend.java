package communique.search;

import communique.export.ExportRow;

import java.io.Closeable;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The boundary between the pages and the index: plain records in and out, no Lucene type, so that another
 * backend (SolrCloud) can serve the same web front end and command line. Implementations are thread-safe.
 */
public interface SearchBackend extends Closeable {

    /**
     * Runs a search.
     *
     * @throws InvalidRequestException when the query cannot be parsed or is too expensive; the message is for the user
     */
    SearchResult search(SearchRequest request);

    /**
     * Every hit of {@code request}, in the order of its results pages, up to {@code limit}, handed to {@code rows} one
     * at a time while the backend reads them in batches (Lucene's searchAfter, Solr's cursorMark): memory stays the
     * same however many there are, and no row is seen twice. The request's page is ignored.
     *
     * @throws InvalidRequestException before the first row when the query cannot be run
     */
    void export(SearchRequest request, int limit, Consumer<ExportRow> rows);

    /**
     * One article, its body marked with the terms of {@code highlightQuery} (may be empty) and its mentions.
     *
     * @return empty when there is no such article
     */
    default Optional<ArticleView> article(String id, String highlightQuery) {
        return article(id, highlightQuery, 1);
    }

    /**
     * The same, showing part {@code part} of the body ({@link ArticleParts}: only a very long article has more).
     *
     * @throws InvalidRequestException when the article has no such part
     */
    Optional<ArticleView> article(String id, String highlightQuery, int part);

    /** An official's page by canonical key; empty when no article names them. */
    Optional<EntityPage> official(String key);

    /** A country's page by ISO code; empty when no article involves it. */
    Optional<EntityPage> country(String code);

    Health health();

    /** Makes the next request see the newest index commit (the backend also does this on its own schedule). */
    void refresh();

    @Override
    void close();
}
