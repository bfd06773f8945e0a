package communique.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * The filler words of the corpus: our list of diplomatic-news words, most frequent first, then invented words for
 * the long tail, drawn with Zipf's law (s = 1.1) so term frequencies look like news text's and postings lists
 * range from every document to a handful.
 */
final class Vocabulary {

    static final int SIZE = 4000;
    static final double ZIPF_EXPONENT = 1.1;

    private static final String[] ONSETS = {"b", "d", "f", "g", "k", "l", "m", "n", "p", "r", "s", "t", "v", "z", "br",
        "cr", "dr", "gr", "pl", "tr", "st", "sh", "ch", "th"};
    private static final String[] VOWELS = {"a", "e", "i", "o", "u", "ai", "ou", "ea"};
    private static final String[] SUFFIXES = {"ation", "ment", "ity", "ance", "ism", "ure", "ery", "ion", "al", "ive",
        "ous", "ing"};

    private final List<String> words;
    private final Zipf zipf;

    private Vocabulary(List<String> words) {
        this.words = List.copyOf(words);
        this.zipf = new Zipf(words.size(), ZIPF_EXPONENT);
    }

    /** The same words in the same order for every corpus: task files may name them. */
    static Vocabulary standard() {
        Set<String> words = new LinkedHashSet<>(readList());
        SplittableRandom random = new SplittableRandom(0x7E57_ABCDL);
        while (words.size() < SIZE) {
            words.add(invent(random));
        }
        return new Vocabulary(new ArrayList<>(words));
    }

    String draw(SplittableRandom random) {
        return words.get(zipf.sample(random));
    }

    /** The word of frequency rank {@code rank} (0 = the most frequent). */
    String word(int rank) {
        return words.get(rank);
    }

    int size() {
        return words.size();
    }

    private static String invent(SplittableRandom random) {
        StringBuilder word = new StringBuilder();
        int syllables = 2 + random.nextInt(2);
        for (int i = 0; i < syllables; i++) {
            word.append(ONSETS[random.nextInt(ONSETS.length)]).append(VOWELS[random.nextInt(VOWELS.length)]);
        }
        return word.append(SUFFIXES[random.nextInt(SUFFIXES.length)]).toString();
    }

    private static List<String> readList() {
        try (InputStream in = Vocabulary.class.getResourceAsStream("/bench/vocabulary.txt")) {
            if (in == null) {
                throw new IllegalStateException("bench/vocabulary.txt is missing from the classpath");
            }
            List<String> words = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.startsWith("#")) {
                    words.addAll(List.of(line.trim().split("\\s+")));
                }
            }
            words.removeIf(String::isEmpty);
            return words;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read bench/vocabulary.txt", e);
        }
    }
}
