package communique.export;

import java.io.IOException;

/**
 * Writes rows to a stream as they come, holding none of them: the format's header when opened, each row at once.
 * Closing flushes and closes the stream.
 */
public interface ExportWriter extends AutoCloseable {

    void write(ExportRow row) throws IOException;

    /** Sends what is buffered so far (once per batch of rows, so a slow export still shows progress). */
    void flush() throws IOException;

    @Override
    void close() throws IOException;
}
