package communique.web;

import communique.export.ExportFile;
import communique.export.ExportFormat;
import communique.export.ExportRow;
import communique.export.ExportWriter;
import communique.search.SearchBackend;
import communique.search.SearchRequest;
import communique.search.ServerBusyException;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;

import org.eclipse.jetty.ee10.servlet.ServletContextRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.Semaphore;

/**
 * {@code /search.csv} and {@code /api/search?format=jsonl}: every hit of the search the parameters describe (the
 * results page's own parameters, parsed by the same {@link SearchRequest#parse}), up to the operator's limit, written
 * while the backend reads them. Nothing is sent before the first row is ready, so a refused query is still an
 * ordinary 400; once rows have gone out a failure can no longer change the status, and the answer is cut off
 * (no final chunk) rather than ended as if complete. One export per core at a time: each batch takes its turn with the
 * page searches behind the backend's gate, and a further export is answered 503 at once instead of queueing.
 */
final class Exports {

    private static final Logger LOG = LoggerFactory.getLogger(Exports.class);
    /** Rows between flushes: a slow export still shows progress; Jetty's buffer holds what comes between. */
    private static final int FLUSH_EVERY_ROWS = 200;

    private final SearchBackend backend;
    private final PublicUrl publicUrl;
    private final int limit;
    private final Semaphore running = new Semaphore(Runtime.getRuntime().availableProcessors());

    Exports(SearchBackend backend, PublicUrl publicUrl, int limit) {
        this.backend = backend;
        this.publicUrl = publicUrl;
        this.limit = limit;
    }

    void csv(Context ctx) {
        export(ctx, ExportFormat.CSV);
    }

    void jsonl(Context ctx) {
        export(ctx, ExportFormat.JSONL);
    }

    private void export(Context ctx, ExportFormat format) {
        SearchRequest request = SearchRequest.parse(ctx.queryParamMap());
        if (ctx.method() == HandlerType.HEAD) { // the answer a GET would start with: the query is tried, one row
            backend.export(request, 1, row -> { });
            headers(ctx, format, request);
            return;
        }
        if (!running.tryAcquire()) {
            throw new ServerBusyException();
        }
        Stream stream = new Stream(ctx, format, request);
        try {
            backend.export(request, limit, stream::write);
            stream.finish();
        } catch (RuntimeException e) {
            if (!stream.started()) {
                throw e; // nothing sent yet: the usual error answer (400 for a refused query)
            }
            abort(ctx, e);
        } finally {
            running.release();
        }
    }

    private void headers(Context ctx, ExportFormat format, SearchRequest request) {
        ctx.contentType(format.contentType());
        ctx.header("Content-Disposition", ExportFile.contentDisposition(request.query(), format));
        ctx.header("X-Export-Limit", Integer.toString(limit));
    }

    /** Cuts the connection, so the client sees a broken transfer, not a short file that looks whole. */
    private static void abort(Context ctx, RuntimeException e) {
        if (e instanceof UncheckedIOException) {
            LOG.debug("export stopped: the client went away", e);
        } else {
            LOG.warn("export stopped after its first rows: {}", e.toString());
        }
        ServletContextRequest.getServletContextRequest(ctx.req()).getServletChannel().abort(e);
    }

    /** The answer's body, opened (headers, then the format's header row) when the first row comes. */
    private final class Stream {

        private final Context ctx;
        private final ExportFormat format;
        private final SearchRequest request;
        private ExportWriter writer;
        private int sinceFlush;

        Stream(Context ctx, ExportFormat format, SearchRequest request) {
            this.ctx = ctx;
            this.format = format;
            this.request = request;
        }

        boolean started() {
            return writer != null;
        }

        void write(ExportRow row) {
            try {
                open().write(row);
                if (++sinceFlush == FLUSH_EVERY_ROWS) {
                    writer.flush();
                    sinceFlush = 0;
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** The end of a complete export (one without hits is its header row alone). */
        void finish() {
            try {
                open().close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private ExportWriter open() throws IOException {
            if (writer == null) {
                headers(ctx, format, request);
                writer = format.open(ctx.outputStream(), publicUrl.base(ctx));
            }
            return writer;
        }
    }
}
