package communique.cli;

import java.nio.file.Path;

/** Where things are when the user names nothing: the bundled corpus and its index, relative to the working directory. */
final class Defaults {

    static final Path ARTICLES = Path.of("index-data", "articles");
    static final Path INDEX = Path.of("index-data", "index");

    private Defaults() {
    }
}
