package communique.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a luceneutil-style task file: {@code category: query | key=value | ...}, one task a line, {@code #} for
 * comments. Keys: {@code official=KEY}, {@code country=CC}, {@code from=YYYY-MM-DD}, {@code to=YYYY-MM-DD},
 * {@code sort=newest}, {@code page=N}, {@code view=page} (all facets and 10 highlighted snippets),
 * {@code engine=communique} (not run on the baseline).
 */
final class TaskFile {

    static final String BUNDLED = "/bench/tasks.txt";

    private TaskFile() {
    }

    static List<SearchTask> bundled() throws IOException {
        try (InputStream in = TaskFile.class.getResourceAsStream(BUNDLED)) {
            if (in == null) {
                throw new IOException(BUNDLED + " is missing from the classpath");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    static List<SearchTask> read(Path file) throws IOException {
        return parse(Files.readString(file, StandardCharsets.UTF_8));
    }

    static List<SearchTask> parse(String text) {
        List<SearchTask> tasks = new ArrayList<>();
        int number = 0;
        for (String line : text.split("\n")) {
            number++;
            String trimmed = line.strip();
            if (!trimmed.isEmpty() && !trimmed.startsWith("#")) {
                tasks.add(parseLine(trimmed, number));
            }
        }
        return List.copyOf(tasks);
    }

    private static SearchTask parseLine(String line, int number) {
        int colon = line.indexOf(':');
        if (colon < 1) {
            throw new IllegalArgumentException("task line " + number + " has no 'category:': " + line);
        }
        String category = line.substring(0, colon).strip();
        String[] parts = line.substring(colon + 1).split("\\|");
        String text = parts[0].strip();
        String official = null;
        String country = null;
        LocalDate from = null;
        LocalDate to = null;
        boolean newest = false;
        boolean fullPage = false;
        boolean communiqueOnly = false;
        int page = 1;
        for (int i = 1; i < parts.length; i++) {
            String[] kv = parts[i].strip().split("=", 2);
            String value = kv.length == 2 ? kv[1].strip() : "";
            switch (kv[0].strip()) {
                case "official" -> official = value;
                case "country" -> country = value;
                case "from" -> from = LocalDate.parse(value);
                case "to" -> to = LocalDate.parse(value);
                case "sort" -> newest = requireValue(value, "newest", number);
                case "view" -> fullPage = requireValue(value, "page", number);
                case "page" -> page = Integer.parseInt(value);
                case "engine" -> communiqueOnly = requireValue(value, "communique", number);
                default -> throw new IllegalArgumentException("task line " + number + ": unknown key '" + kv[0] + "'");
            }
        }
        if (page < 1) {
            throw new IllegalArgumentException("task line " + number + ": page must be 1 or more, was " + page);
        }
        return new SearchTask(category, text, official, country, from, to, newest, page, fullPage, communiqueOnly);
    }

    private static boolean requireValue(String value, String expected, int number) {
        if (!value.equals(expected)) {
            throw new IllegalArgumentException("task line " + number + ": expected '" + expected + "', was '" + value + "'");
        }
        return true;
    }
}
