package io.dsm4j.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code dsm4j batch}: runs command lines from stdin or a file in one process and one session. Each
 * line's output is as usual; each error line on stderr says the line number. Exit code: 0 when
 * every line succeeded; 2 when every line that failed failed on its own input (usage); 3 when some
 * lines succeeded (or partly) and others failed; 1 when every line failed and one of them for
 * another reason than usage.
 */
@Command(
    name = "batch",
    description =
        "Run dsm4j command lines, one per line (shell-like quoting, # comments), from stdin or"
            + " --file, in one process and one manager session. Connection options go before"
            + " 'batch'; a line may set --output and --debug. Exit: 0 all succeeded, 2 all failures"
            + " were usage errors, 3 some failed, 1 all failed.",
    footer = {"", "Example: printf 'policies list\\nrules get --kind ips 1001\\n' | dsm4j batch"})
final class BatchCommand implements Callable<Integer> {
  @ParentCommand Dsm4j root;

  @Option(
      names = "--file",
      paramLabel = "FILE",
      description = "Read the command lines from FILE instead of stdin.")
  Path file;

  @Override
  public Integer call() {
    List<String> lines = read();
    Dsm4j line = root.batchChild();
    CommandLine cli = line.commandLine();
    List<Integer> codes = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String text = lines.get(i).strip();
      if (text.isEmpty() || text.startsWith("#")) {
        continue;
      }
      line.batchLine = i + 1;
      codes.add(runLine(line, cli, text));
    }
    line.close();
    return combine(codes);
  }

  private int runLine(Dsm4j line, CommandLine cli, String text) {
    List<String> args;
    try {
      args = Shell.split(text);
    } catch (IllegalArgumentException e) {
      return Failures.report(new Dsm4j.UsageException(e.getMessage(), e), line);
    }
    if (args.isEmpty()) {
      return 0;
    }
    Connector.registerSecrets(line.secrets, java.util.Map.of(), args.toArray(String[]::new));
    for (String a : args) {
      String name = a.contains("=") ? a.substring(0, a.indexOf('=')) : a;
      if (Dsm4j.CONNECTION_OPTIONS.contains(name)) {
        return Failures.report(
            new Dsm4j.UsageException(
                name + " chooses the manager: give it before 'batch', not on a line"),
            line);
      }
      if (a.equals("batch")) {
        return Failures.report(new Dsm4j.UsageException("a batch cannot run a batch"), line);
      }
    }
    return cli.execute(args.toArray(String[]::new));
  }

  /** The batch's exit code from the lines' codes (see the class description). */
  static int combine(List<Integer> codes) {
    boolean anyOk = false;
    boolean anyFailure = false;
    boolean onlyUsage = true;
    for (int c : codes) {
      if (c == 0) {
        anyOk = true;
      } else {
        anyFailure = true;
        if (c == Dsm4j.PARTIAL) {
          anyOk = true;
        }
        if (c != Dsm4j.USAGE) {
          onlyUsage = false;
        }
      }
    }
    if (!anyFailure) {
      return 0;
    }
    if (onlyUsage) {
      return Dsm4j.USAGE;
    }
    return anyOk ? Dsm4j.PARTIAL : Dsm4j.FAILURE;
  }

  private List<String> read() {
    try {
      BufferedReader r =
          file == null
              ? new BufferedReader(new InputStreamReader(root.in, StandardCharsets.UTF_8))
              : Files.newBufferedReader(file, StandardCharsets.UTF_8);
      List<String> lines = new ArrayList<>();
      for (String l = r.readLine(); l != null; l = r.readLine()) {
        lines.add(l);
      }
      return lines;
    } catch (IOException e) {
      throw new Dsm4j.UsageException(
          "cannot read the batch from "
              + (file == null ? "stdin" : "--file " + file)
              + ": "
              + Failures.fileReason(e),
          e);
    }
  }
}
