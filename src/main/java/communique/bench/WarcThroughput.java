package communique.bench;

import communique.article.Article;
import communique.extract.EntityExtractor;
import communique.index.IndexProgress;
import communique.index.IndexReport;
import communique.index.IndexWriteException;
import communique.index.Indexer;

import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

import com.sun.management.OperatingSystemMXBean;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * WARC indexing against the same pages as files (docs/benchmarks.md, "WARC input"): renders N generated articles as
 * news pages, writes them once as {@code .html} files and once as a crawler would, a request and a response record
 * per page, each its own gzip member, in one {@code .warc.gz}; then builds a fresh index from each, alternating,
 * and reports the best round of each with their ratio. Run:
 * {@code java -cp target/communique.jar communique.bench.WarcThroughput [N] [WORK_DIR] [ROUNDS] [THREADS]}.
 */
public final class WarcThroughput {

    private WarcThroughput() {
    }

    public static void main(String[] args) throws IOException, IndexWriteException {
        int docs = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        Path work = Path.of(args.length > 1 ? args[1] : "target/warc-bench");
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        int threads = args.length > 3 ? Integer.parseInt(args[3]) : Runtime.getRuntime().availableProcessors();
        Path pages = work.resolve("pages");
        Path warc = work.resolve("warc").resolve("pages.warc.gz");
        writeInputs(docs, work, pages, warc);
        System.err.printf(Locale.ROOT, "inputs: %d pages, %.1f MB of .html files, %.1f MB of .warc.gz%n", docs,
                folderBytes(pages) / 1e6, Files.size(warc) / 1e6);
        Rate files = new Rate(0, 0);
        Rate warcs = new Rate(0, 0);
        for (int round = 1; round <= rounds; round++) {
            boolean warcFirst = round % 2 == 0;
            Rate a = build(warcFirst ? warc.getParent() : pages, work.resolve("index"), threads, docs);
            Rate b = build(warcFirst ? pages : warc.getParent(), work.resolve("index"), threads, docs);
            Rate f = warcFirst ? b : a;
            Rate w = warcFirst ? a : b;
            System.err.printf(Locale.ROOT, "round %d: files %.0f docs/s (%.0f per CPU-second), warc %.0f docs/s (%.0f per"
                    + " CPU-second)%n", round, f.wall(), f.cpu(), w.wall(), w.cpu());
            files = files.best(f);
            warcs = warcs.best(w);
        }
        System.out.printf(Locale.ROOT, "{\"docs\":%d,\"threads\":%d,\"files_docs_per_s\":%.1f,\"warc_docs_per_s\":%.1f,"
                        + "\"warc_ratio\":%.3f,\"files_docs_per_cpu_s\":%.1f,\"warc_docs_per_cpu_s\":%.1f,\"warc_cpu_ratio\":%.3f}%n",
                docs, threads, files.wall(), warcs.wall(), warcs.wall() / files.wall(), files.cpu(), warcs.cpu(),
                warcs.cpu() / files.cpu());
    }

    /** Articles per second of wall time, and per second of the process's CPU time (steadier on a shared machine). */
    private record Rate(double wall, double cpu) {
        Rate best(Rate other) {
            return new Rate(Math.max(wall, other.wall), Math.max(cpu, other.cpu));
        }
    }

    /** Builds a fresh index from {@code input}, commit included. */
    private static Rate build(Path input, Path index, int threads, int docs) throws IOException, IndexWriteException {
        deleteTree(index);
        OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long cpuBefore = os.getProcessCpuTime();
        IndexReport report = new Indexer(index, new EntityExtractor(), threads).index(List.of(input), IndexProgress.NONE);
        double cpuSeconds = (os.getProcessCpuTime() - cpuBefore) / 1e9;
        if (report.addedCount() != docs || !report.skippedSources().isEmpty()) {
            throw new IllegalStateException(input + ": expected " + docs + " articles, got " + report.summaryLine());
        }
        return new Rate(report.docsPerSecond(), docs / cpuSeconds);
    }

    private static void writeInputs(int docs, Path work, Path pages, Path warc) throws IOException {
        Path done = work.resolve("inputs-" + docs + ".done");
        if (Files.exists(done)) {
            return;
        }
        deleteTree(work);
        Files.createDirectories(pages);
        Files.createDirectories(warc.getParent());
        Path corpus = work.resolve("corpus.jsonl");
        new CorpusGenerator(42).write(docs, corpus, work.resolve("truth.jsonl"));
        try (FileChannel channel = FileChannel.open(warc, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
             WarcWriter writer = new WarcWriter(channel, WarcCompression.GZIP)) {
            CorpusFiles.readArticles(corpus, docs, article -> writePage(article, pages, writer));
        }
        Files.writeString(done, "");
    }

    private static void writePage(Article article, Path pages, WarcWriter writer) {
        byte[] html = page(article).getBytes(StandardCharsets.UTF_8);
        try {
            Files.write(pages.resolve(article.id() + ".html"), html);
            URI uri = URI.create(article.url());
            Instant date = article.date().atStartOfDay().toInstant(java.time.ZoneOffset.UTC).plusSeconds(3600);
            writer.write(new WarcRequest.Builder(uri).date(date).body(new HttpRequest.Builder("GET", uri.getRawPath())
                    .addHeader("Host", uri.getHost()).addHeader("User-Agent", "bench-crawler/1.0").build()).build());
            HttpResponse http = new HttpResponse.Builder(200, "OK").addHeader("Server", "nginx")
                    .addHeader("Cache-Control", "max-age=600").body(MediaType.HTML_UTF8, html).build();
            writer.write(new WarcResponse.Builder(uri).date(date).body(http).build());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** A news page as outlets publish one: metadata, navigation, the story, a related-links aside and a footer. */
    private static String page(Article a) {
        StringBuilder html = new StringBuilder(4096).append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<title>").append(escape(a.title())).append(" | Wire Example</title>")
                .append("<meta property=\"og:title\" content=\"").append(escape(a.title())).append("\">")
                .append("<meta property=\"article:published_time\" content=\"").append(a.date()).append("T09:00:00+05:00\">")
                .append("<link rel=\"canonical\" href=\"").append(a.url()).append("\"></head><body>")
                .append("<header><nav><a href=\"/\">Home</a> <a href=\"/pakistan\">Pakistan</a> <a href=\"/world\">World</a>")
                .append(" <a href=\"/business\">Business</a></nav></header><main><article><h1>").append(escape(a.title()))
                .append("</h1><time datetime=\"").append(a.date()).append("\">").append(a.date()).append("</time>");
        for (String paragraph : a.body().split("\n\n")) {
            html.append("<p>").append(escape(paragraph)).append("</p>");
        }
        return html.append("</article><aside><h2>Related</h2><ul><li><a href=\"/a\">Trade talks resume</a></li>")
                .append("<li><a href=\"/b\">Envoy meets minister</a></li></ul></aside></main>")
                .append("<footer><p>Copyright 2025 Wire Example. All rights reserved.</p></footer></body></html>").toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static long folderBytes(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.mapToLong(f -> f.toFile().length()).sum();
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> all = Files.walk(root)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
        Files.deleteIfExists(root.resolveSibling(root.getFileName() + ".building"));
    }
}
