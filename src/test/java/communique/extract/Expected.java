package communique.extract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The entities a test article should yield, from its sidecar {@code NAME.expected}: lines
 * {@code official: Name | Role | CC}, {@code country: CC} and {@code date: YYYY-MM-DD} or {@code date: none}.
 */
record Expected(List<Official> officials, Set<String> countries, LocalDate date) {

    static Expected read(Path file) {
        List<Official> officials = new ArrayList<>();
        Set<String> countries = new LinkedHashSet<>();
        LocalDate date = null;
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                int colon = line.indexOf(':');
                if (line.isBlank() || colon < 0) {
                    continue;
                }
                String value = line.substring(colon + 1).strip();
                switch (line.substring(0, colon).strip()) {
                    case "official" -> officials.add(official(value));
                    case "country" -> countries.add(value);
                    case "date" -> date = value.equals("none") ? null : LocalDate.parse(value);
                    default -> throw new IllegalArgumentException("unknown line in " + file + ": " + line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Expected(officials, countries, date);
    }

    private static Official official(String value) {
        String[] f = value.split("\\|");
        String name = f[0].strip();
        return new Official(OfficialKeys.key(name), name, field(f, 1), field(f, 2));
    }

    /** A blank field (an official whose role or country the text does not give) is null. */
    private static String field(String[] f, int i) {
        return f.length > i && !f[i].isBlank() ? f[i].strip() : null;
    }
}
