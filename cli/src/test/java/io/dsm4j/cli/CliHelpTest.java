package io.dsm4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.dsm4j.cli.CliRunner.Run;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/** Help on every command of the tree, and every option and argument described. */
class CliHelpTest {
  /** Every command path, the root first. */
  private static List<List<String>> paths() {
    List<List<String>> paths = new ArrayList<>();
    walk(new Dsm4j().commandLine(), new ArrayList<>(), paths);
    return paths;
  }

  private static void walk(CommandLine c, List<String> path, List<List<String>> out) {
    out.add(List.copyOf(path));
    c.getSubcommands()
        .forEach(
            (name, sub) -> {
              if (!sub.getCommandSpec().name().equals(name)) {
                return; // an alias
              }
              path.add(name);
              walk(sub, path, out);
              path.remove(path.size() - 1);
            });
  }

  private static String[] with(List<String> path, String... more) {
    List<String> all = new ArrayList<>(path);
    all.addAll(List.of(more));
    return all.toArray(String[]::new);
  }

  @TestFactory
  Stream<DynamicTest> everyCommandAnswersHelpAndHelpFlags() {
    return paths().stream()
        .map(
            path ->
                DynamicTest.dynamicTest(
                    "dsm4j " + String.join(" ", path),
                    () -> {
                      String usage =
                          "Usage: dsm4j" + (path.isEmpty() ? "" : " " + String.join(" ", path));
                      for (String flag : List.of("--help", "-h")) {
                        Run r = CliRunner.run(Map.of(), with(path, flag));
                        assertThat(r.code()).as(flag + ": " + r.err()).isZero();
                        assertThat(r.out()).startsWith(usage);
                        assertThat(r.err()).isEmpty();
                        if (!path.isEmpty()) {
                          // Global options are hidden from a subcommand's help, with a pointer.
                          assertThat(r.out())
                              .doesNotContain("--url=")
                              .doesNotContain("--api-key=")
                              .contains("see dsm4j --help");
                        }
                      }
                      Run help =
                          CliRunner.run(
                              Map.of(), with(List.of("help"), path.toArray(String[]::new)));
                      assertThat(help.code()).as(help.err()).isZero();
                      assertThat(help.out()).startsWith(usage);
                    }));
  }

  @Test
  void everyOptionAndArgumentIsDescribed() {
    List<String> undescribed = new ArrayList<>();
    check(new Dsm4j().commandLine(), undescribed);
    assertThat(undescribed).isEmpty();
  }

  private static void check(CommandLine c, List<String> undescribed) {
    CommandSpec spec = c.getCommandSpec();
    for (OptionSpec o : spec.options()) {
      if (!o.hidden() && blank(o.description())) {
        undescribed.add(spec.qualifiedName() + " " + o.longestName());
      }
    }
    for (PositionalParamSpec p : spec.positionalParameters()) {
      if (!p.hidden() && blank(p.description())) {
        undescribed.add(spec.qualifiedName() + " " + p.paramLabel());
      }
    }
    c.getSubcommands().values().forEach(s -> check(s, undescribed));
  }

  private static boolean blank(String[] d) {
    return d == null || String.join("", d).isBlank();
  }

  @Test
  void theRootHelpListsTheGlobalOptions_aSubcommandTakesThemAfterItsName() {
    Run root = CliRunner.run(Map.of(), "--help");
    assertThat(root.out()).contains("--url=URL").contains("--profile=NAME").contains("--output");

    Run after = CliRunner.run(Map.of(), "--simulator", "policies", "list", "--output", "json");
    assertThat(after.code()).as(after.err()).isZero();
    assertThat(after.out()).startsWith("{");
  }

  @Test
  void argumentsSayWhatTheyTake() {
    Run rules = CliRunner.run(Map.of(), "rules", "list", "--help");
    assertThat(rules.out().replaceAll("\\s+", " "))
        .contains("ips, firewall, integrity, log-inspection or application-type");

    Run assign = CliRunner.run(Map.of(), "help", "policies", "rules", "assign");
    assertThat(assign.out()).startsWith("Usage: dsm4j policies rules assign");
    assertThat(assign.out().replaceAll("\\s+", " "))
        .contains(
            "POLICY A policy: its ID, or its exact name (name:TEXT for a name that is all digits)")
        .contains("RULE_ID... A rule: its ID, or its exact name");

    Run computer = CliRunner.run(Map.of(), "computers", "get", "-h");
    assertThat(computer.out().replaceAll("\\s+", " "))
        .contains("exact host name")
        .contains("name:TEXT");
  }

  @Test
  void helpOfAnUnknownCommand_isAUsageError() {
    Run r = CliRunner.run(Map.of(), "help", "policies", "nope");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.errLines()).hasSize(1);
    assertThat(r.err()).contains("'dsm4j policies' has no command 'nope'");
  }
}
