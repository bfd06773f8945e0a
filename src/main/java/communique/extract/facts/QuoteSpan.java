package communique.extract.facts;

/**
 * A stretch of a paragraph between quotation marks.
 *
 * @param open   offset of the opening mark in the body
 * @param close  offset of the closing mark, or of the paragraph's end when the quote is not closed there
 * @param closed whether a closing mark was found in the paragraph
 */
record QuoteSpan(int open, int close, boolean closed) {

    /** Offset of the first character inside the marks. */
    int textStart() {
        return open + 1;
    }

    boolean contains(int offset) {
        return offset > open && offset < close;
    }
}
