package communique.extract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What a blind article should yield, from its sidecar {@code NAME.expected}: {@code title: ...}, lines
 * {@code official: Name | Role / Alternative | CC | identity} and {@code furniture: text} (a string that must appear
 * in neither title nor body). The country field is {@code CC} when the text states it, empty when it does not and
 * the office has none (an envoy of the UN), or {@code (CC)} when the text does not state it: then empty or CC are
 * both right, and any other country is a guess and wrong. The identity is the person's label across the whole set.
 */
record BlindExpected(String title, List<Person> officials, List<String> furniture) {

    /** One expected official; {@code roles} holds the acceptable normalisations, lower-cased. */
    record Person(String name, Set<String> roles, String country, boolean countryStated, String identity) {

        boolean roleRight(String got) {
            return got == null ? roles.isEmpty() : roles.contains(got.toLowerCase(Locale.ROOT));
        }

        boolean countryRight(String got) {
            if (country == null) {
                return got == null;
            }
            return country.equals(got) || (!countryStated && got == null);
        }
    }

    static BlindExpected read(Path file) {
        String title = null;
        List<Person> officials = new ArrayList<>();
        List<String> furniture = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                int colon = line.indexOf(':');
                if (line.isBlank() || colon < 0) {
                    continue;
                }
                String value = line.substring(colon + 1).strip();
                switch (line.substring(0, colon).strip()) {
                    case "title" -> title = value;
                    case "official" -> officials.add(person(value));
                    case "furniture" -> furniture.add(value);
                    default -> throw new IllegalArgumentException("unknown line in " + file + ": " + line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new BlindExpected(title, officials, furniture);
    }

    private static Person person(String value) {
        String[] f = value.split("\\|", -1);
        if (f.length != 4) {
            throw new IllegalArgumentException("official needs name | role | country | identity: " + value);
        }
        Set<String> roles = Stream.of(f[1].split("/")).map(String::strip).filter(s -> !s.isEmpty())
                .map(s -> s.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        String country = f[2].strip();
        boolean stated = !country.startsWith("(");
        country = country.replace("(", "").replace(")", "").strip();
        return new Person(f[0].strip(), roles, country.isEmpty() ? null : country, stated, f[3].strip());
    }
}
