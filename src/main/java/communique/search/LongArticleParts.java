package communique.search;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The parts of long articles recently shown, so that showing one again does not load its body again: loading a
 * 19 MB stored body costs about 0.35 s of decompression, and 40 requests for it kept both cores busy long enough for
 * other requests to time out at the search gate. Only articles of more than one part are kept, at most
 * {@link #CAPACITY} parts (a few MB); an entry belongs to one index version, so a changed article is loaded anew.
 * Thread-safe.
 */
final class LongArticleParts {

    static final int CAPACITY = 64;

    /** A part of one article in one index version. */
    record Key(long indexVersion, String id, int part) {
    }

    /** What the article page needs of the stored article, with the part already cut out of its body. */
    record Loaded(Hit hit, String source, String url, ArticleParts.Part shown, List<Hit> related) {
    }

    private final Map<Key, Loaded> recent = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Loaded> eldest) {
            return size() > CAPACITY;
        }
    };

    synchronized Loaded get(Key key) {
        return recent.get(key);
    }

    /** Keeps {@code loaded} when its article is long; a short one is cheap to load again. */
    synchronized void keepIfLong(Key key, Loaded loaded) {
        if (loaded.shown().count() > 1) {
            recent.put(key, loaded);
        }
    }
}
