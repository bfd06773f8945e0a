package communique.article;

import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcDigest;
import org.netpreserve.jwarc.WarcMetadata;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcRevisit;
import org.netpreserve.jwarc.WarcWriter;
import org.netpreserve.jwarc.Warcinfo;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.zip.GZIPOutputStream;

/**
 * Builds small WARC files for tests with jwarc's own writer, one record at a time, so that a test can damage one
 * record (its Content-Length, its gzip data) and know every record's offset in the file it writes.
 */
public final class WarcBuilder {

    private final List<byte[]> records = new ArrayList<>();

    /** A news page: headline, date metadata and story paragraphs. */
    public static String page(String title, String date, String... paragraphs) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html><head><title>" + title + " | The Daily Wire</title>");
        if (date != null) {
            html.append("<meta property=\"article:published_time\" content=\"").append(date).append("T09:00:00Z\">");
        }
        html.append("</head><body><nav><a href=\"/\">Home</a> <a href=\"/world\">World</a></nav><article><h1>")
                .append(title).append("</h1>");
        for (String p : paragraphs) {
            html.append("<p>").append(p).append("</p>");
        }
        return html.append("</article><footer>Copyright The Daily Wire</footer></body></html>").toString();
    }

    public WarcBuilder warcinfo() {
        return add(new Warcinfo.Builder().fields(Map.of("software", List.of("communique-tests"))).build());
    }

    /** A request record, as crawlers write before each response. */
    public WarcBuilder request(String url) {
        try {
            HttpRequest http = new HttpRequest.Builder("GET", URI.create(url).getRawPath()).addHeader("Host", URI.create(url).getHost()).build();
            return add(new WarcRequest.Builder(url).body(http).build());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A 200 text/html response in UTF-8. */
    public WarcBuilder html(String url, Instant date, String html) {
        return response(url, date, 200, "text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8), Map.of());
    }

    /** A 200 text/html response in the given charset, named in the Content-Type header. */
    public WarcBuilder html(String url, Instant date, String html, Charset charset) {
        return response(url, date, 200, "text/html; charset=" + charset.name(), html.getBytes(charset), Map.of());
    }

    public WarcBuilder response(String url, Instant date, int status, String contentType, byte[] body, Map<String, String> headers) {
        try {
            HttpResponse.Builder http = new HttpResponse.Builder(status, status == 200 ? "OK" : "Other")
                    .body(MediaType.parse(contentType), body);
            headers.forEach(http::addHeader);
            return add(new WarcResponse.Builder(url).date(date).payloadDigest(sha1(body)).body(http.build()).build());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A response whose HTTP message is given as raw bytes (chunked, compressed, malformed). */
    public WarcBuilder rawResponse(String url, Instant date, byte[] httpMessage) {
        return add(new WarcResponse.Builder(url).date(date).body(MediaType.HTTP_RESPONSE, httpMessage).build());
    }

    /** A revisit (identical-payload-digest profile) standing for the capture whose page was {@code sameAs}. */
    public WarcBuilder revisit(String url, Instant date, String sameAs) {
        try {
            HttpResponse http = new HttpResponse.Builder(200, "OK").addHeader("Content-Type", "text/html").build();
            return add(new WarcRevisit.Builder(url, WarcRevisit.IDENTICAL_PAYLOAD_DIGEST_1_0).date(date)
                    .payloadDigest(sha1(sameAs.getBytes(StandardCharsets.UTF_8))).body(http).build());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A resource record holding a page directly (no HTTP message), as wget and Webrecorder write local pages. */
    public WarcBuilder resource(String url, Instant date, String contentType, byte[] content) {
        return add(new WarcResource.Builder(URI.create(url)).date(date).body(MediaType.parse(contentType), content).build());
    }

    public WarcBuilder metadata(String url) {
        return add(new WarcMetadata.Builder().body(MediaType.parse("application/warc-fields"),
                ("via: " + url + "\r\n").getBytes(StandardCharsets.UTF_8)).build());
    }

    /** Rewrites the last record's bytes (plain, before any compression), e.g. to make its Content-Length lie. */
    public WarcBuilder damageLast(UnaryOperator<byte[]> damage) {
        records.set(records.size() - 1, damage.apply(records.get(records.size() - 1)));
        return this;
    }

    /** A Content-Length that says {@code delta} bytes more (or fewer) than the block holds. */
    public static UnaryOperator<byte[]> lengthOffBy(int delta) {
        return bytes -> {
            String text = new String(bytes, StandardCharsets.ISO_8859_1);
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("Content-Length: (\\d+)\r\n").matcher(text);
            if (!m.find()) {
                throw new IllegalStateException("no Content-Length");
            }
            long lied = Long.parseLong(m.group(1)) + delta;
            return (text.substring(0, m.start(1)) + lied + text.substring(m.end(1))).getBytes(StandardCharsets.ISO_8859_1);
        };
    }

    public int size() {
        return records.size();
    }

    /** Writes every record uncompressed; returns each record's offset. */
    public List<Long> writePlain(Path file) throws IOException {
        return write(file, r -> r);
    }

    /** Writes each record as its own gzip member, as crawlers do; returns each member's offset. */
    public List<Long> writeGzip(Path file) throws IOException {
        return write(file, WarcBuilder::gzip);
    }

    /** Writes the whole file as one gzip stream (`gzip archive.warc`). */
    public void writeWholeGzip(Path file) throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        records.forEach(all::writeBytes);
        Files.write(file, gzip(all.toByteArray()));
    }

    /** Writes with a transformation of each record (e.g. one member damaged after compression); returns offsets. */
    public List<Long> write(Path file, UnaryOperator<byte[]> perRecord) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<Long> offsets = new ArrayList<>();
        for (byte[] record : records) {
            offsets.add((long) out.size());
            out.writeBytes(perRecord.apply(record));
        }
        Files.write(file, out.toByteArray());
        return offsets;
    }

    public byte[] record(int index) {
        return records.get(index);
    }

    /** A gzip member whose deflate data is stored, not compressed: a flipped byte there still inflates, to other text. */
    public static byte[] gzipStored(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out) {
            {
                def.setLevel(java.util.zip.Deflater.NO_COMPRESSION);
            }
        }) {
            gz.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    public static byte[] gzip(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private WarcBuilder add(WarcRecord record) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (WarcWriter writer = new WarcWriter(java.nio.channels.Channels.newChannel(out), WarcCompression.NONE)) {
            writer.write(record);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        records.add(out.toByteArray());
        return this;
    }

    private static WarcDigest sha1(byte[] body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-1").digest(body);
            return new WarcDigest("sha1", Base64.getEncoder().encodeToString(digest));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
