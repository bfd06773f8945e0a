package communique.article;

import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcRevisit;
import org.netpreserve.jwarc.WarcTargetRecord;

import java.io.IOException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Pass one over a WARC file, headers only: the captures that may become articles (HTML responses with a 2xx status,
 * HTML resource records, revisits) and a count of every other record by kind, for the summary. Pass two then reads
 * only the captures that {@link NewestCaptures} chose.
 */
final class WarcScan {

    /**
     * One capture of an address.
     *
     * @param urlKey     the address as identity sees it ({@link UrlIds#keyOf}), hashed
     * @param recordKey  this record's identity (record id, target, date), hashed: how pass two finds it again
     * @param dateMillis the WARC-Date, or {@link Long#MIN_VALUE} when it has none (then any dated capture is newer)
     * @param payloadKey the WARC-Payload-Digest, hashed, or 0 when the record gives none
     * @param revisit    a revisit record: it holds no page, only says the page was the one with that digest
     * @param offset     where the record starts in the file (as {@link WarcRecords} gives it)
     */
    record Capture(long urlKey, long recordKey, long dateMillis, long payloadKey, boolean revisit, long offset) {
    }

    /** A damaged record: its offset and what is wrong with it. */
    record Damage(long offset, String reason) {
    }

    private final List<Capture> captures = new ArrayList<>();
    private final Map<String, Long> others = new TreeMap<>();
    private final List<Damage> damages = new ArrayList<>();
    private long whole;
    private String damageAtStart;

    private WarcScan() {
    }

    /** The scan of a file that could not be read: no captures. */
    static WarcScan empty() {
        return new WarcScan();
    }

    /** Scans one file. */
    static WarcScan of(Path file) throws IOException {
        WarcScan scan = new WarcScan();
        scan.whole = WarcRecords.read(file, new WarcRecords.Visitor<Object>() {
            @Override
            public Object visit(WarcRecord record, long offset) throws IOException {
                return classify(record, offset);
            }

            @Override
            public void whole(Object kept, long offset) {
                if (kept instanceof Capture capture) {
                    scan.captures.add(capture);
                } else {
                    scan.others.merge((String) kept, 1L, Long::sum);
                }
            }

            @Override
            public void damaged(long offset, String reason) {
                if (offset == 0 && scan.damages.isEmpty()) {
                    scan.damageAtStart = reason;
                }
                scan.damages.add(new Damage(offset, reason));
            }
        });
        return scan;
    }

    List<Capture> captures() {
        return captures;
    }

    /** Records that are not captures of a page, by kind ("image/jpeg responses", "request records"), sorted. */
    Map<String, Long> others() {
        return Collections.unmodifiableMap(others);
    }

    /** The damaged records, in file order: pass one finds them, so pass two need not read everything again. */
    List<Damage> damages() {
        return Collections.unmodifiableList(damages);
    }

    long wholeRecords() {
        return whole;
    }

    /** Why the very first record failed when nothing at all could be read, or null. */
    String notAWarcFile() {
        return whole == 0 ? damageAtStart : null;
    }

    /** The record's identity, from its header alone: the same in both passes, whatever the body holds. */
    static long recordKey(WarcRecord record) {
        return RawHash.sha256Long(record.headers().sole("WARC-Record-ID").orElse("") + '\n'
                + record.headers().sole("WARC-Target-URI").orElse("") + '\n'
                + record.headers().sole("WARC-Date").orElse(""));
    }

    static long urlKey(String target) {
        return RawHash.sha256Long(UrlIds.keyOf(target));
    }

    static boolean isHtml(MediaType type) {
        String subtype = type.subtype().toLowerCase(Locale.ROOT);
        return type.type().equalsIgnoreCase("text") && subtype.equals("html")
                || type.type().equalsIgnoreCase("application") && subtype.equals("xhtml+xml");
    }

    /** A capture, or the kind of record it is instead. */
    private static Object classify(WarcRecord record, long offset) throws IOException {
        if (!(record instanceof WarcTargetRecord target) || target.target() == null) {
            return record.type() + " records";
        }
        if (record instanceof WarcRevisit revisit) {
            return capture(revisit, true, offset);
        }
        if (record instanceof WarcResource resource) {
            return isHtml(resource.contentType()) ? capture(resource, false, offset) : kind(resource.contentType()) + " resources";
        }
        if (!(record instanceof WarcResponse response)) {
            return record.type() + " records";
        }
        if (!response.contentType().type().equalsIgnoreCase("application")
                || !response.contentType().subtype().equalsIgnoreCase("http")) {
            return kind(response.contentType()) + " responses (not HTTP)";
        }
        HttpResponse http = response.http();
        if (!isHtml(http.contentType())) {
            return kind(http.contentType()) + " responses";
        }
        if (http.status() < 200 || http.status() > 299) {
            return "HTML responses with HTTP status " + http.status();
        }
        return capture(response, false, offset);
    }

    private static Capture capture(WarcTargetRecord record, boolean revisit, long offset) {
        long payload = record.headers().sole("WARC-Payload-Digest").map(d -> RawHash.sha256Long(d.strip())).orElse(0L);
        return new Capture(urlKey(record.target()), recordKey(record), dateMillis(record), payload, revisit, offset);
    }

    private static long dateMillis(WarcRecord record) {
        try {
            return record.date().toEpochMilli();
        } catch (DateTimeException | java.util.NoSuchElementException e) {
            return Long.MIN_VALUE;
        }
    }

    private static String kind(MediaType type) {
        String base = (type.type() + "/" + type.subtype()).toLowerCase(Locale.ROOT);
        return base.length() > 60 ? base.substring(0, 60) : base;
    }
}
