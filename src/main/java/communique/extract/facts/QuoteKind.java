package communique.extract.facts;

import java.util.Locale;

/** A quotation in the speaker's words, or speech reported in the writer's ("X said that ..."). */
public enum QuoteKind {
    DIRECT,
    REPORTED;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
