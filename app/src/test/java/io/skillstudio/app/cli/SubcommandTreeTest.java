package io.skillstudio.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

/**
 * {@code Main} builds only the subcommand it runs ({@link SkillStudioCli#commandLineFor}); a user must
 * not see a difference from the whole tree: usage, version and usage errors are the same text.
 */
class SubcommandTreeTest {

    static List<String> names() {
        return SkillStudioCli.commandLine().getSubcommands().keySet().stream().toList();
    }

    @ParameterizedTest
    @MethodSource("names")
    void theRegistryReadFromTheAnnotationNamesEveryCommandOfTheTree(String name) {
        assertThat(SkillStudioCli.subcommands()).containsKey(name);
    }

    @ParameterizedTest
    @MethodSource("names")
    void aSubcommandAloneBehavesAsInTheWholeTree(String name) {
        for (String[] args : List.of(
                new String[] {name, "--help"}, new String[] {name, "--no-such-option"}, new String[] {name, "--version"
                })) {
            CliRunner.Run whole = CliRunner.run(SkillStudioCli.commandLine(), args);
            CommandLine alone = SkillStudioCli.commandLineFor(args);
            if (!name.equals("help")) {
                assertThat(alone.getSubcommands()).containsOnlyKeys(name);
            }
            CliRunner.Run fast = CliRunner.run(alone, args);
            assertThat(fast).as(String.join(" ", args)).isEqualTo(whole);
        }
    }

    @ParameterizedTest
    @MethodSource("names")
    void rootOptionsAndUnknownCommandsGetTheWholeTree(String name) {
        assertThat(SkillStudioCli.commandLineFor("--version", name).getSubcommands())
                .hasSameSizeAs(names());
        assertThat(SkillStudioCli.commandLineFor("no-such-command").getSubcommands())
                .hasSameSizeAs(names());
    }
}
