package io.dsm4j.cli;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dsm4j help [COMMAND…]}: the help of any command, however deep. */
@Command(
    name = "help",
    helpCommand = true,
    description = "Show the help of a command, e.g. dsm4j help policies rules assign.")
final class HelpCommand implements Runnable {
  @Spec CommandSpec spec;

  @Parameters(
      paramLabel = "COMMAND",
      arity = "0..*",
      description = "The command and its subcommands (none: dsm4j's own help).")
  List<String> names = new ArrayList<>();

  @Override
  public void run() {
    Dsm4j root = (Dsm4j) spec.root().userObject();
    CommandLine target = spec.root().commandLine();
    StringBuilder path = new StringBuilder("dsm4j");
    for (String name : names) {
      CommandLine next = target.getSubcommands().get(name);
      if (next == null) {
        throw new Dsm4j.UsageException(
            "'"
                + path
                + "' has no command '"
                + name
                + "'"
                + (target.getSubcommands().isEmpty()
                    ? ""
                    : " (it has: " + String.join(", ", target.getSubcommands().keySet()) + ")"));
      }
      target = next;
      path.append(' ').append(name);
    }
    target.usage(root.out, CommandLine.Help.Ansi.OFF);
  }
}
