package io.dsm4j.cli;

import io.dsm4j.Manager;
import io.dsm4j.model.ScheduledTask;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code dsm4j tasks …}: scheduled tasks (REST). */
@Command(
    name = "tasks",
    description = "Scheduled tasks (REST): list, show, create from a JSON file, run now, delete.",
    subcommands = {
      TaskCommands.ListTasks.class,
      TaskCommands.Get.class,
      TaskCommands.Create.class,
      TaskCommands.Run.class,
      TaskCommands.Delete.class
    })
final class TaskCommands {
  static final String[] COLUMNS = {"id", "name", "type", "enabled", "lastRunTime", "nextRunTime"};

  private TaskCommands() {}

  static Resolver.Found<ScheduledTask> find(Manager m, String text) {
    return Resolver.find(
        "scheduled task", m.scheduledTasks(), text, ScheduledTask::name, ScheduledTask::id);
  }

  @Command(name = "list", description = "List every scheduled task.")
  static final class ListTasks extends Base {
    @Override
    int run(Manager m, Output out) {
      out.records(m.scheduledTasks().list().stream().toList(), COLUMNS);
      return 0;
    }
  }

  @Command(name = "get", description = "Show one scheduled task (JSON shows every field).")
  static final class Get extends TaskArgs.One {
    @Override
    int run(Manager m, Output out) {
      out.record(
          find(m, task).item(),
          "id",
          "name",
          "type",
          "enabled",
          "schedule",
          "computerFilter",
          "computerGroupId",
          "parameters",
          "lastRunTime",
          "nextRunTime");
      return 0;
    }
  }

  @Command(
      name = "create",
      description =
          "Create a scheduled task from a JSON file: what tasks get --output json prints (id and"
              + " times are ignored), or with the manager's own scheduleDetails and"
              + " <type>TaskParameters objects.",
      footer = {
        "",
        "Example TASK.json:",
        "  {\"name\": \"Nightly malware scan\", \"type\": \"scan-for-malware\",",
        "   \"computerFilter\": {\"type\": \"computers-in-group\", \"id\": 3},",
        "   \"parameters\": {\"timeout\": \"four-hours\"},",
        "   \"scheduleDetails\": {\"recurrenceType\": \"daily\",",
        "     \"dailyScheduleParameters\": {\"startTime\": 1735696800000, \"frequencyType\":"
            + " \"everyday\"}}}"
      })
  static final class Create extends Base {
    @Option(
        names = "--file",
        required = true,
        paramLabel = "TASK.json",
        description = "The task, one JSON object ('-' reads stdin).")
    Path file;

    @Override
    int run(Manager m, Output out) {
      var draft = TaskFiles.scheduledTask(JsonFiles.readObject(root(), file));
      out.record(m.scheduledTasks().create(draft), COLUMNS);
      return 0;
    }
  }

  @Command(name = "run", description = "Run a scheduled task now (once, whatever its schedule).")
  static final class Run extends TaskArgs.One {
    @Override
    int run(Manager m, Output out) {
      Resolver.Found<ScheduledTask> f = find(m, task);
      out.record(m.scheduledTasks().runNow(f.id()), COLUMNS);
      progress("started scheduled task " + f.id() + " (" + f.item().name() + ")");
      return 0;
    }
  }

  @Command(name = "delete", description = "Delete scheduled tasks.")
  static final class Delete extends TaskArgs.Several {
    @Override
    int run(Manager m, Output out) {
      return Fleet.delete(
          this,
          tasks,
          yes,
          "scheduled task",
          t -> find(m, t),
          ScheduledTask::name,
          m.scheduledTasks()::delete);
    }
  }
}
