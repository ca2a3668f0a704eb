package io.dsm4j.cli;

import java.util.List;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The arguments the commands of {@code tasks} and {@code event-tasks} share: one task, or several
 * to delete.
 */
final class TaskArgs {
  private TaskArgs() {}

  /** A command on one task. */
  abstract static class One extends Base {
    @Parameters(paramLabel = "TASK", description = "The task: its ID, or its exact name.")
    String task;
  }

  /** Deleting tasks: IDs or names, more than one with {@code --yes}. */
  abstract static class Several extends Base {
    @Parameters(arity = "1..*", paramLabel = "TASK", description = "IDs or exact names.")
    List<String> tasks;

    @Option(names = "--yes", description = "Needed to delete more than one task.")
    boolean yes;
  }
}
