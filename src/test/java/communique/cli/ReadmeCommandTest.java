package communique.cli;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The README's first command is one line that says it is building before Maven goes quiet, then serves. */
class ReadmeCommandTest {

    @Test
    void theFirstCommandPrintsALineThenBuildsThenServes() throws Exception {
        List<String> lines = Files.readAllLines(Path.of("README.md"));
        int fence = lines.indexOf("```");
        String command = lines.get(fence + 1);

        assertThat(lines.get(fence + 2)).isEqualTo("```");
        assertThat(command).startsWith("echo \"Building Communiqué")
                .contains(" && mvn -B -q package -DskipTests && ")
                .endsWith("java -jar target/communique.jar serve");
        Process echo = new ProcessBuilder("bash", "-c", command.substring(0, command.indexOf(" && "))).start();
        assertThat(new String(echo.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8))
                .startsWith("Building Communiqué");
        assertThat(echo.waitFor()).isZero();
    }
}
