package communique.index;

import communique.article.RawArticle;

import java.util.ArrayList;
import java.util.List;

/**
 * Consecutive unparsed articles handed to one worker: numbered in reading order so that their ids are admitted in
 * file order, and bounded by count and raw bytes so that the read-ahead stays small whatever the files hold.
 */
final class Batch {

    /** Enough to make the hand-off and the in-order turn cheap per article, few enough to keep workers even. */
    static final int MAX_ARTICLES = 64;
    static final int MAX_BYTES = 1 << 20;

    /** One unparsed article and the absolute path of its file (the index's file field). */
    record Piece(RawArticle raw, String file) {
    }

    private final long number;
    private final List<Piece> pieces = new ArrayList<>();
    private long bytes;

    Batch(long number) {
        this.number = number;
    }

    long number() {
        return number;
    }

    List<Piece> pieces() {
        return pieces;
    }

    void add(RawArticle raw, String file) {
        pieces.add(new Piece(raw, file));
        bytes += raw.bytesHeld();
    }

    boolean isEmpty() {
        return pieces.isEmpty();
    }

    boolean isFull() {
        return pieces.size() >= MAX_ARTICLES || bytes >= MAX_BYTES;
    }
}
