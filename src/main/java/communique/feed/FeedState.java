package communique.feed;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What the follower remembers between runs, in one small JSON file beside the index: per feed its validators (ETag,
 * Last-Modified), the items already taken (as short hashes of their keys), failures and when to try again; and the
 * WARC files fetched but not yet committed to the index. Saved by writing a temporary file, forcing it to disk and
 * renaming it over the old one, so a crash leaves either the old state or the new, never half of one.
 */
final class FeedState {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    /** One feed's memory. Public fields: Jackson reads and writes them as they are. */
    static final class Feed {
        public String etag;
        public String lastModified;
        public Set<String> seen = new LinkedHashSet<>();
        public Map<String, Integer> attempts = new HashMap<>();
        public int failures;
        public long nextPollMillis;
        public String lastError;
    }

    public Map<String, Feed> feeds = new TreeMap<>();
    public List<String> pendingWarcs = new ArrayList<>();

    Feed feed(String url) {
        return feeds.computeIfAbsent(url, u -> new Feed());
    }

    /** The state saved at {@code file}, or a fresh one when there is none yet. */
    static FeedState load(Path file) throws IOException {
        if (!Files.exists(file)) {
            return new FeedState();
        }
        try {
            return MAPPER.readValue(Files.readString(file, StandardCharsets.UTF_8), FeedState.class);
        } catch (JsonProcessingException e) {
            throw new IOException(file + " is not a follow state file (" + e.getOriginalMessage()
                    + "); move it away to start afresh: every item would then be fetched again", e);
        }
    }

    /** Replaces the file atomically with this state. */
    void save(Path file) throws IOException {
        Path temp = file.resolveSibling(file.getFileName() + ".tmp");
        byte[] json = MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(this);
        try (FileChannel out = FileChannel.open(temp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            out.write(java.nio.ByteBuffer.wrap(json));
            out.force(true);
        }
        Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }
}
