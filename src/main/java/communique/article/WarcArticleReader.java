package communique.article;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Reads web archives ({@code .warc}, {@code .warc.gz}, compressed per record or as a whole) in two passes. Pass one
 * ({@link WarcScan}) reads headers only and finds every HTML capture; {@link NewestCaptures} chooses each address's
 * newest; pass two ({@link ChosenRecords}) copies out just those records as {@link WarcPage}s, which the HTML reader
 * parses on other threads.
 * Other records (images, scripts, requests, metadata, redirects) are counted in a summary line, not named one by one;
 * a damaged record is named with its offset and the rest of the file is still read ({@link WarcRecords}).
 */
public final class WarcArticleReader implements ArticleReader {

    private static final Logger LOG = LoggerFactory.getLogger(WarcArticleReader.class);

    /** True for .warc and .warc.gz names. */
    static boolean isWarc(Path file) {
        Path name = file.getFileName();
        String lower = name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
        return lower.endsWith(".warc") || lower.endsWith(".warc.gz");
    }

    @Override
    public void read(Path file, ArticleSink sink) throws ArticleReadException {
        split(file, piece -> piece.parseInto(sink));
    }

    /** Splits one file on its own: of several captures of an address in it, the newest is read. */
    @Override
    public void split(Path file, Consumer<RawArticle> pieces) throws ArticleReadException {
        WarcScan scan = scan(file);
        splitChosen(file, scan, NewestCaptures.of(List.of(scan)), 0, pieces);
    }

    /** Pass one over a file, refusing one that holds no WARC record at all. */
    static WarcScan scan(Path file) throws ArticleReadException {
        WarcScan scan;
        try {
            scan = WarcScan.of(file);
        } catch (IOException e) {
            throw RawText.cannotRead(file, e);
        }
        if (scan.notAWarcFile() != null) {
            throw new ArticleReadException(file.toString(), "not a WARC file: " + scan.notAWarcFile());
        }
        if (scan.wholeRecords() == 0 && scan.damages().isEmpty()) {
            throw new ArticleReadException(file.toString(), "empty file (no WARC records)");
        }
        return scan;
    }

    /**
     * Pass two: passes on the damage pass one found and the captures {@code newest} chose in this file (number
     * {@code fileNumber} of the run).
     */
    static void splitChosen(Path file, WarcScan scan, NewestCaptures newest, int fileNumber, Consumer<RawArticle> pieces)
            throws ArticleReadException {
        for (WarcScan.Damage damage : scan.damages()) {
            pieces.accept(RawArticle.failed(new ArticleReadException(source(file, damage.offset()), damage.reason())));
        }
        long pages;
        try {
            pages = ChosenRecords.copy(file, newest.chosen(fileNumber), pieces);
        } catch (IOException e) {
            throw RawText.cannotRead(file, e);
        }
        LOG.info("{}: {} HTML pages, {} older captures of them left out, {} damaged records; not pages: {}",
                file, pages, newest.superseded(fileNumber), scan.damages().size(), describe(scan.others()));
    }

    static String source(Path file, long offset) {
        return file + "#offset=" + offset;
    }

    private static String describe(Map<String, Long> others) {
        return others.isEmpty() ? "none" : others.entrySet().stream()
                .map(e -> e.getValue() + " " + e.getKey()).collect(Collectors.joining(", "));
    }
}
