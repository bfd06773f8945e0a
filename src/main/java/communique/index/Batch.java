package communique.index;

import communique.article.Article;
import communique.article.ArticleReadException;
import communique.article.ArticleSink;
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
    private record Piece(RawArticle raw, String file) {
    }

    /** A parsed article waiting for its batch's turn, or the reason its piece was skipped. */
    record Parsed(Article article, String rawHash, String file, String problem) {
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

    /**
     * Parses every piece, on the calling worker. A piece that throws is skipped and named like one that cannot be
     * read, so that one bad article cannot stop the run.
     */
    List<Parsed> parse() {
        List<Parsed> out = new ArrayList<>(pieces.size());
        for (Piece piece : pieces) {
            try {
                piece.raw().parseInto(new ArticleSink() {
                    @Override
                    public void accept(Article article, String rawHash) {
                        out.add(new Parsed(article, rawHash, piece.file(), null));
                    }

                    @Override
                    public void skipped(ArticleReadException problem) {
                        out.add(new Parsed(null, null, piece.file(), problem.getMessage()));
                    }
                });
            } catch (RuntimeException e) {
                out.add(new Parsed(null, null, piece.file(), piece.raw().source() + ": could not be read: " + e));
            }
        }
        return out;
    }
}
