package communique.cli;

import org.junit.jupiter.api.Test;

import picocli.CommandLine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every command's {@code --help} at 80 columns reads as whole sentences: a line of a description ends either where
 * its paragraph ends or where the next word would not fit, and the list of commands shows each command's first
 * sentence whole.
 */
class HelpTextTest {

    private static final int WIDTH = 80;

    @Test
    void noHelpLineIsWiderThanEightyColumns() {
        for (Map.Entry<String, CommandLine> command : commands().entrySet()) {
            String help = CliRun.of(args(command.getKey(), "--help")).out();
            assertThat(help.lines()).as(command.getKey()).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(WIDTH));
        }
    }

    @Test
    void descriptionsBreakOnlyWhereAParagraphEndsOrTheLineIsFull() {
        for (Map.Entry<String, CommandLine> command : commands().entrySet()) {
            String description = command.getValue().getHelp().description();
            List<String> lines = description.lines().toList();
            assertThat(lines).as(command.getKey()).isNotEmpty();
            for (int i = 0; i + 1 < lines.size(); i++) {
                String line = lines.get(i);
                String next = lines.get(i + 1);
                // picocli keeps a line below the width: it is full when the next word would reach column 80
                boolean full = line.length() + 1 + next.strip().split(" ")[0].length() >= WIDTH;
                boolean paragraphEnd = line.matches(".*[.:)]$") && Character.isUpperCase(next.charAt(0));
                assertThat(full || paragraphEnd).as("%s: a break after \"%s\"", command.getKey(), line).isTrue();
            }
            assertThat(lines.get(lines.size() - 1)).as(command.getKey()).endsWith(".");
        }
    }

    @Test
    void theListOfCommandsShowsEachOnesFirstSentenceWhole() {
        String list = new CommandLine(new Main()).getHelp().commandList();
        List<String> entries = new ArrayList<>();
        for (String line : list.lines().toList()) {
            if (line.matches("^  \\S.*")) {
                entries.add(line.strip());
            } else {
                entries.set(entries.size() - 1, entries.get(entries.size() - 1) + " " + line.strip());
            }
        }
        assertThat(entries).hasSize(commands().size() - 1);
        for (String entry : entries) {
            String name = entry.split(" ")[0];
            String summary = entry.substring(name.length()).strip();
            assertThat(summary).as(name).endsWith(".")
                    .isEqualTo(commands().get(name).getCommandSpec().usageMessage().description()[0]);
        }
    }

    /** The top command ("") and every subcommand, by name. */
    private static Map<String, CommandLine> commands() {
        CommandLine main = new CommandLine(new Main());
        Map<String, CommandLine> all = new java.util.LinkedHashMap<>();
        all.put("", main);
        all.putAll(main.getSubcommands());
        return all;
    }

    private static String[] args(String command, String option) {
        return command.isEmpty() ? new String[] {option} : new String[] {command, option};
    }
}
