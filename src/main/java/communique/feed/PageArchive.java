package communique.feed;

import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.netpreserve.jwarc.Warcinfo;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Keeps the pages a poll fetched as a web archive: one {@code .warc.gz} per poll in a folder beside the index, a
 * response record per page with the HTTP headers as received. The indexer reads it like any WARC (the page's final
 * address becomes the article's URL and id), and the raw pages stay for re-indexing with better rules later. The
 * file is written under a temporary name and renamed when complete, so no reader ever sees half of one.
 */
final class PageArchive {

    private static final DateTimeFormatter NAME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss.SSS'Z'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);
    /** Framing the archive sets itself, or that describes the connection rather than the page. */
    private static final Set<String> NOT_COPIED = Set.of("content-length", "content-type", "transfer-encoding",
            "connection", "keep-alive", ":status");

    private final Path folder;

    PageArchive(Path folder) {
        this.folder = folder;
    }

    /** Writes the pages to a new WARC file; returns its path. */
    Path write(List<FetchedPage> pages) throws IOException {
        Files.createDirectories(folder);
        String name = "feeds-" + NAME.format(Instant.now());
        Path file = folder.resolve(name + ".warc.gz");
        for (int n = 1; Files.exists(file); n++) {
            file = folder.resolve(name + "-" + n + ".warc.gz");
        }
        Path open = file.resolveSibling(file.getFileName() + ".open");
        try (FileChannel channel = FileChannel.open(open, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
             WarcWriter writer = new WarcWriter(channel, WarcCompression.GZIP)) {
            writer.write(new Warcinfo.Builder().fields(Map.of("software", List.of(HttpFetcher.USER_AGENT),
                    "format", List.of("WARC File Format 1.0"))).build());
            for (FetchedPage page : pages) {
                writer.write(response(page));
            }
            channel.force(true);
        }
        Files.move(open, file, StandardCopyOption.ATOMIC_MOVE);
        return file;
    }

    private static WarcResponse response(FetchedPage page) throws IOException {
        HttpResponse.Builder http = new HttpResponse.Builder(page.status(), "OK");
        page.headers().map().forEach((name, values) -> {
            if (!NOT_COPIED.contains(name.toLowerCase(Locale.ROOT))) {
                values.forEach(v -> http.addHeader(name, v));
            }
        });
        String type = page.headers().firstValue("Content-Type").orElse("text/html");
        http.body(MediaType.parseLeniently(type), page.body());
        return new WarcResponse.Builder(page.uri()).date(page.fetched()).body(http.build()).build();
    }
}
