package communique.article;

import org.netpreserve.jwarc.ParsingException;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;

import java.io.EOFException;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipException;

/**
 * Reads a WARC file's records in order with jwarc and survives damage. A record is whole only when its block ends
 * where its Content-Length says, followed by the CRLFCRLF that ends every record; jwarc checks that trailer as it
 * reads the next record, so each record is held until then. A record whose trailer is wrong (its length lies), whose
 * header does not parse, whose gzip data cannot be inflated or whose file ends inside it is named with its offset
 * (the compressed offset for a .warc.gz, as CDX indexes give it), and reading resumes at the next record start after
 * it ({@link RecordStarts}): a record swallowed by a neighbour whose length was too long is found again that way.
 * Every failure is reported: a false start (those bytes inside a page or inside deflate data) is rare enough that
 * hiding it would hide real damage more often than noise.
 */
final class WarcRecords {

    /** What one pass over the records does. */
    interface Visitor<T> {
        /** Takes what it needs from a record whose header parsed; its body may be read during the call. */
        T visit(WarcRecord record, long offset) throws IOException;

        /** The record that {@code visit} took {@code kept} from is whole. */
        void whole(T kept, long offset);

        /** The record at {@code offset} is damaged and skipped. */
        void damaged(long offset, String reason);
    }

    private record Pending<T>(T kept, long offset, long length) {
    }

    private WarcRecords() {
    }

    /** Visits every record of the file; returns how many were whole. */
    static <T> long read(Path file, Visitor<T> visitor) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ);
             WarcReader reader = new WarcReader(channel)) {
            return new Pass<>(channel, reader, visitor).run();
        }
    }

    /** One pass: the reader, and the record held until its trailer is checked. */
    private static final class Pass<T> {
        private final FileChannel channel;
        private final WarcReader reader;
        private final Visitor<T> visitor;
        private final boolean gzip;
        private final List<String> warnings = new ArrayList<>();
        private Pending<T> pending;
        private long whole;

        Pass(FileChannel channel, WarcReader reader, Visitor<T> visitor) throws IOException {
            this.channel = channel;
            this.reader = reader;
            this.visitor = visitor;
            this.gzip = RecordStarts.isGzip(channel);
            reader.onWarning(warnings::add);
        }

        long run() throws IOException {
            while (step()) {
                // each step reads one record, or resumes after damage
            }
            return whole;
        }

        /** Reads the next record; false at the end of the file. */
        private boolean step() throws IOException {
            warnings.clear();
            Optional<WarcRecord> next;
            Exception failure = null;
            try {
                next = reader.next();
            } catch (IOException | RuntimeException e) {
                next = Optional.empty();
                failure = e;
            }
            long offset = reader.position();
            if (pending != null) {
                Pending<T> held = pending;
                pending = null;
                boolean failedInside = failure != null && offset == held.offset();
                if (failedInside || !warnings.isEmpty()) {
                    return damaged(held.offset(), endProblem(held, failedInside));
                }
                visitor.whole(held.kept(), held.offset());
                whole++;
            }
            if (failure != null) {
                return damaged(offset, describe(failure));
            }
            if (next.isEmpty()) {
                return false;
            }
            return take(next.get(), offset);
        }

        private boolean take(WarcRecord record, long offset) throws IOException {
            T kept;
            try {
                kept = visitor.visit(record, offset);
                record.body().consume();
            } catch (EOFException e) {
                return damaged(offset, "truncated: the file ends inside the record (Content-Length "
                        + record.headers().sole("Content-Length").orElse("?") + ")");
            } catch (IOException | RuntimeException e) {
                return damaged(offset, describe(e));
            }
            pending = new Pending<>(kept, offset, record.body().size());
            return true;
        }

        /** Why a record did not end well: the file ends inside it, or its length is wrong. */
        private String endProblem(Pending<T> held, boolean failedInside) throws IOException {
            boolean pastTheEnd = !gzip && held.offset() + held.length() > channel.size();
            if (failedInside || pastTheEnd) {
                return "truncated: the file ends inside the record (Content-Length " + held.length() + ")";
            }
            return "the record does not end where its Content-Length (" + held.length() + ") says: a wrong length, or damaged data";
        }

        /** Reports the damage and moves to the next record start; false when there is none. */
        private boolean damaged(long offset, String reason) throws IOException {
            visitor.damaged(offset, reason);
            long next = RecordStarts.next(channel, offset + 1, gzip);
            if (next < 0) {
                return false;
            }
            reader.position(next);
            return true;
        }

        private static String describe(Exception e) {
            if (e instanceof ZipException) {
                return "corrupt gzip data, or a Content-Length longer than the record (" + e.getMessage() + ")";
            }
            if (e instanceof EOFException) {
                return "truncated: the file ends inside the record (" + e.getMessage() + ")";
            }
            if (e instanceof ParsingException) {
                return "not a valid WARC record (" + e.getMessage() + ")";
            }
            if (e instanceof NumberFormatException) {
                return "not a valid WARC record (a Content-Length that is not a number)";
            }
            return "cannot be read (" + e + ")";
        }
    }
}
