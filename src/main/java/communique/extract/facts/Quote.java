package communique.extract.facts;

import communique.extract.Official;

import java.util.Objects;

/**
 * Something an article says was said.
 *
 * @param text    the words, exactly as they stand in the body (without the quotation marks or a trailing comma);
 *                {@code body.substring(start, start + text.length())} is always {@code text}
 * @param start   offset of the text in the body
 * @param kind    direct quotation or reported speech
 * @param speaker the official it is attributed to, or null when the attribution names no official ("a spokesman")
 */
public record Quote(String text, int start, QuoteKind kind, Official speaker) {

    public Quote {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(kind, "kind");
    }
}
