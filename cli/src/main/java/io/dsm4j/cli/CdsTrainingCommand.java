package io.dsm4j.cli;

import io.dsm4j.testkit.DsmSimulator;
import java.io.OutputStream;
import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/**
 * Hidden: the build runs this once under {@code -XX:ArchiveClassesAtExit} to make the class-data
 * sharing archive the launcher uses. It runs typical commands (REST and SOAP, table and JSON, help,
 * an error) against an embedded simulator, so that the classes they load are archived.
 */
@Command(
    name = "cds-training",
    hidden = true,
    description = "Build step: run typical commands so that their classes can be archived.")
final class CdsTrainingCommand implements Callable<Integer> {
  private static final List<List<String>> LINES =
      List.of(
          List.of("--backend", "rest", "policies", "list"),
          List.of("--backend", "soap", "policies", "list"),
          List.of("--output", "json", "rules", "list", "--kind", "ips", "--limit", "5"),
          List.of("--backend", "soap", "rules", "get", "--kind", "ips", "name:no such rule"),
          List.of("computers", "get", "1"),
          List.of("info"),
          List.of("policies", "rules", "list", "1", "--kind", "ips"),
          List.of("policies", "--help"),
          List.of("policies", "list", "--no-such-option"));

  @Override
  public Integer call() {
    PrintStream discard = new PrintStream(OutputStream.nullOutputStream());
    try (DsmSimulator sim = DsmSimulator.builder().scanDelay(Duration.ZERO).start()) {
      Map<String, String> env =
          Map.of(
              "DSM_URL", sim.url().toString(),
              "DSM_API_KEY", sim.apiKey(),
              "DSM_USERNAME", sim.username(),
              "DSM_PASSWORD", sim.password());
      for (List<String> line : LINES) {
        Dsm4j cli = new Dsm4j();
        cli.env = env;
        cli.out = discard;
        cli.err = discard;
        cli.execute(line.toArray(String[]::new));
      }
    }
    return 0;
  }
}
