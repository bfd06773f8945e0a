package communique.extract;

import java.util.List;

/**
 * organisations.tsv: institutions of one state ("Islamic Emirate", "State Department", "ISPR"), which say whose
 * office a title is when the text gives no nationality. Loaded once per JVM, read-only after.
 */
final class Organisations {

    private final PhraseTable<String> table = new PhraseTable<>();

    private static final class Holder {
        static final Organisations INSTANCE = new Organisations();
    }

    static Organisations get() {
        return Holder.INSTANCE;
    }

    private Organisations() {
        for (String[] row : Tsv.read("organisations.tsv")) {
            table.add(row[0], row[1]);
        }
    }

    /** The institution starting at token {@code i} (its first word capitalised), or null. */
    PhraseTable.Match<String> at(List<Token> tokens, int i) {
        return i < tokens.size() && tokens.get(i).isCapitalised() ? table.match(tokens, i) : null;
    }

    /** The country of an institution of up to six words ending at token {@code k}, or null. */
    String endingAt(List<Token> tokens, int k) {
        for (int len = 1; len <= 6 && k - len + 1 >= 0; len++) {
            PhraseTable.Match<String> m = at(tokens, k - len + 1);
            if (m != null && m.end() == k + 1) {
                return m.value();
            }
        }
        return null;
    }
}
