package communique.search;

/**
 * An article body cut into parts of at most {@link #PART_CHARS} characters, at a paragraph break where there is
 * one (else at a space), so that an article page costs the same memory and time whatever the article's size: a 19 MB
 * body rendered whole (highlighted, its mentions marked per character, written as one page) took a -Xmx512m server
 * down under 16 clients. A news article is tens of KB and so one part; a longer one is shown part by part.
 */
public final class ArticleParts {

    /** About 8,000 words: every real article whole, and a page of a few hundred KB at most. */
    public static final int PART_CHARS = 50_000;

    /** One part of a body: its text, its 1-based number and how many parts the body has. */
    public record Part(String text, int number, int count) {
    }

    private ArticleParts() {
    }

    /**
     * Part {@code number} of {@code body}.
     *
     * @throws InvalidRequestException when the body has fewer parts (or {@code number} is below 1)
     */
    public static Part of(String body, int number) {
        if (number < 1) {
            throw new InvalidRequestException("part must be 1 or more, not " + number);
        }
        int start = 0;
        int count = 0;
        String text = null;
        do {
            int end = end(body, start);
            count++;
            if (count == number) {
                text = body.substring(start, end).strip();
            }
            start = end;
        } while (start < body.length());
        if (text == null) {
            throw new InvalidRequestException("This article has " + count + (count == 1 ? " part" : " parts")
                    + "; there is no part " + number + ".");
        }
        return new Part(text, number, count);
    }

    /** Where the part starting at {@code start} ends: after the last paragraph break (or space) in its window. */
    private static int end(String body, int start) {
        int limit = start + PART_CHARS;
        if (limit >= body.length()) {
            return body.length();
        }
        int floor = start + PART_CHARS / 2;
        int paragraph = body.lastIndexOf("\n\n", limit - 2);
        if (paragraph >= floor) {
            return paragraph + 2;
        }
        int space = body.lastIndexOf(' ', limit - 1);
        if (space >= floor) {
            return space + 1;
        }
        return Character.isLowSurrogate(body.charAt(limit)) ? limit - 1 : limit;
    }
}
