package communique.article;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Named pipes for tests: Java cannot make one, so this asks mkfifo (coreutils, on every Linux build machine). */
public final class Fifos {

    private Fifos() {
    }

    /** Creates a FIFO at {@code path}; fails the test when mkfifo is missing or refuses. */
    public static Path create(Path path) throws IOException, InterruptedException {
        Process mkfifo = new ProcessBuilder("mkfifo", path.toString()).redirectErrorStream(true).start();
        String output = new String(mkfifo.getInputStream().readAllBytes());
        if (mkfifo.waitFor() != 0 || !Files.exists(path)) {
            throw new IOException("mkfifo " + path + " failed: " + output);
        }
        return path;
    }
}
