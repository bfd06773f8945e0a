package communique.extract.facts;

/**
 * One sentence of the body.
 *
 * @param start offset of its first character
 * @param end   offset just after its last character (its full stop included)
 */
record Sentence(int start, int end) {

    String text(String body) {
        return body.substring(start, end);
    }

    boolean contains(int offset) {
        return offset >= start && offset < end;
    }
}
