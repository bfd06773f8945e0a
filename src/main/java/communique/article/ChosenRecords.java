package communique.article;

import communique.article.WarcScan.Capture;

import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcTargetRecord;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.zip.ZipException;

/**
 * Pass two over a WARC file: copies out just the chosen captures, seeking straight to each record's offset, so the
 * requests, images, scripts and older captures around them are not inflated a second time. In a .warc.gz each
 * chosen record's gzip member is inflated and checked against its CRC here ({@link GzipMember}): jwarc does not
 * check it, and flipped bytes could otherwise become an article with wrong text. A file compressed as one
 * gzip stream has no record offsets to seek to; there, and whenever the record found at an offset is not the one
 * pass one saw (the file changed), the rest of the file is read in order instead and the chosen records are picked
 * out by their keys. Damage is not reported here: pass one has reported it.
 */
final class ChosenRecords {

    private ChosenRecords() {
    }

    /** Room for the WARC and HTTP headers around a page of the largest size read. */
    private static final int HEADER_ALLOWANCE = 1 << 16;

    /** Passes on one piece per chosen capture; returns how many. */
    static long copy(Path file, List<Capture> chosen, Consumer<RawArticle> pieces) throws IOException {
        int done = 0;
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            boolean gzip = RecordStarts.isGzip(channel);
            try (GzipMember members = gzip ? new GzipMember(channel) : null;
                 WarcReader reader = gzip ? null : new WarcReader(channel)) {
                for (; done < chosen.size(); done++) {
                    Capture capture = chosen.get(done);
                    RawArticle piece = gzip ? fromMember(members, capture, file) : seekAndCopy(reader, capture, file);
                    if (piece == null) {
                        break;
                    }
                    pieces.accept(piece);
                }
            }
        }
        return done == chosen.size() ? done : done + inOrder(file, chosen.subList(done, chosen.size()), pieces);
    }

    /**
     * The chosen record from its own gzip member, inflated and CRC-checked here; null when no member of that record
     * starts at its offset. A damaged member is a damaged record, named with its offset.
     */
    private static RawArticle fromMember(GzipMember members, Capture capture, Path file) throws IOException {
        String source = WarcArticleReader.source(file, capture.offset());
        byte[] member;
        try {
            member = members.inflate(capture.offset(), (int) RawText.MAX_DOCUMENT_BYTES + HEADER_ALLOWANCE);
        } catch (GzipMember.NotAMember e) {
            return null;
        } catch (GzipMember.TooLarge e) {
            return RawArticle.failed(new ArticleReadException(source, "record over the limit of "
                    + RawText.MAX_DOCUMENT_BYTES + " bytes for one page"));
        } catch (ZipException e) {
            return RawArticle.failed(new ArticleReadException(source, "corrupt gzip data (" + e.getMessage() + ")"));
        }
        try (WarcReader one = new WarcReader(new ByteArrayInputStream(member))) {
            return readChosen(one, capture, source);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** The chosen record at its offset in a plain file, or null when what is there is not that record. */
    private static RawArticle seekAndCopy(WarcReader reader, Capture capture, Path file) {
        try {
            reader.position(capture.offset());
            return readChosen(reader, capture, WarcArticleReader.source(file, capture.offset()));
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static RawArticle readChosen(WarcReader reader, Capture capture, String source) throws IOException {
        Optional<WarcRecord> record = reader.next();
        if (record.isEmpty() || !(record.get() instanceof WarcTargetRecord target)
                || WarcScan.recordKey(target) != capture.recordKey()) {
            return null;
        }
        return copy(target, source);
    }

    /** Reads the whole file in order, passing on the records with these captures' keys, each address once. */
    private static long inOrder(Path file, List<Capture> wanted, Consumer<RawArticle> pieces) throws IOException {
        Set<Long> keys = new HashSet<>();
        wanted.forEach(c -> keys.add(c.recordKey()));
        Set<Long> addresses = new HashSet<>();
        long[] passed = new long[1];
        WarcRecords.read(file, new WarcRecords.Visitor<RawArticle>() {
            @Override
            public RawArticle visit(WarcRecord record, long offset) throws IOException {
                boolean chosen = record instanceof WarcTargetRecord && keys.contains(WarcScan.recordKey(record));
                return chosen ? copy((WarcTargetRecord) record, WarcArticleReader.source(file, offset)) : null;
            }

            @Override
            public void whole(RawArticle kept, long offset) {
                if (kept instanceof WarcPage page && !addresses.add(WarcScan.urlKey(page.target()))) {
                    return;
                }
                if (kept != null) {
                    pieces.accept(kept);
                    passed[0]++;
                }
            }

            @Override
            public void damaged(long offset, String reason) {
                // pass one named it
            }
        });
        return passed[0];
    }

    /** The record's block, copied out for parsing elsewhere; one over the document limit is refused unread. */
    private static RawArticle copy(WarcTargetRecord record, String source) throws IOException {
        long length = record.body().size();
        if (length > RawText.MAX_DOCUMENT_BYTES) {
            return RawArticle.failed(new ArticleReadException(source, "record of " + length + " bytes, over the limit of "
                    + RawText.MAX_DOCUMENT_BYTES + " for one page (" + record.target() + ")"));
        }
        byte[] block;
        try (InputStream in = record.body().stream()) {
            block = in.readNBytes((int) length);
        }
        if (block.length < length) {
            throw new IOException("the record ends after " + block.length + " of its " + length + " bytes");
        }
        boolean http = record instanceof WarcResponse;
        String charset = http ? null : WarcPage.charsetOf(record.contentType().parameters());
        return new WarcPage(block, http, charset, record.target(), source);
    }
}
