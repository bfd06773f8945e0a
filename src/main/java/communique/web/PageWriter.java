package communique.web;

import java.io.Writer;

/**
 * A {@link Writer} into an unsynchronised {@link StringBuilder}. Thymeleaf writes a page in thousands of small
 * pieces; {@link java.io.StringWriter} takes a lock on its {@code StringBuffer} for every one of them, which showed
 * up as a tenth of the rendering time in a profile of the server under load. One page is written by one thread.
 */
final class PageWriter extends Writer {

    private final StringBuilder page;

    PageWriter(int capacity) {
        this.page = new StringBuilder(capacity);
    }

    @Override
    public void write(int c) {
        page.append((char) c);
    }

    @Override
    public void write(char[] chars, int offset, int length) {
        page.append(chars, offset, length);
    }

    @Override
    public void write(String text) {
        page.append(text);
    }

    @Override
    public void write(String text, int offset, int length) {
        page.append(text, offset, offset + length);
    }

    @Override
    public Writer append(CharSequence text) {
        page.append(text);
        return this;
    }

    @Override
    public Writer append(char c) {
        page.append(c);
        return this;
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }

    @Override
    public String toString() {
        return page.toString();
    }
}
