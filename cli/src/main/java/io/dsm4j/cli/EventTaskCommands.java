package io.dsm4j.cli;

import io.dsm4j.Manager;
import io.dsm4j.model.EventBasedTask;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code dsm4j event-tasks …}: event-based tasks (REST). */
@Command(
    name = "event-tasks",
    description =
        "Event-based tasks (REST): list, show, create from a JSON file (conditions and actions"
            + " such as assign-policy or assign-group), delete.",
    subcommands = {
      EventTaskCommands.ListTasks.class,
      EventTaskCommands.Get.class,
      EventTaskCommands.Create.class,
      EventTaskCommands.Delete.class
    })
final class EventTaskCommands {
  static final String[] COLUMNS = {"id", "name", "type", "enabled", "conditions", "actions"};

  private EventTaskCommands() {}

  static Resolver.Found<EventBasedTask> find(Manager m, String text) {
    return Resolver.find(
        "event-based task", m.eventBasedTasks(), text, EventBasedTask::name, EventBasedTask::id);
  }

  @Command(name = "list", description = "List every event-based task.")
  static final class ListTasks extends Base {
    @Override
    int run(Manager m, Output out) {
      out.records(m.eventBasedTasks().list().stream().toList(), COLUMNS);
      return 0;
    }
  }

  @Command(name = "get", description = "Show one event-based task.")
  static final class Get extends TaskArgs.One {
    @Override
    int run(Manager m, Output out) {
      out.record(
          find(m, task).item(),
          "id",
          "name",
          "type",
          "enabled",
          "conditions",
          "actions",
          "lastRunTime");
      return 0;
    }
  }

  @Command(
      name = "create",
      description =
          "Create an event-based task from a JSON file (what event-tasks get --output json"
              + " prints; id and times are ignored).",
      footer = {
        "",
        "Example T.json:",
        "  {\"name\": \"New web servers\", \"type\": \"agent-initiated-activation\",",
        "   \"conditions\": [{\"field\": \"hostname\", \"value\": \"web.*\"}],",
        "   \"actions\": [{\"type\": \"assign-policy\", \"parameter\": 4},",
        "               {\"type\": \"assign-group\", \"parameter\": 2}]}"
      })
  static final class Create extends Base {
    @Option(
        names = "--file",
        required = true,
        paramLabel = "T.json",
        description = "The task, one JSON object ('-' reads stdin).")
    Path file;

    @Override
    int run(Manager m, Output out) {
      var draft = TaskFiles.eventTask(JsonFiles.readObject(root(), file));
      out.record(m.eventBasedTasks().create(draft), COLUMNS);
      return 0;
    }
  }

  @Command(name = "delete", description = "Delete event-based tasks.")
  static final class Delete extends TaskArgs.Several {
    @Override
    int run(Manager m, Output out) {
      return Fleet.delete(
          this,
          tasks,
          yes,
          "event-based task",
          t -> find(m, t),
          EventBasedTask::name,
          m.eventBasedTasks()::delete);
    }
  }
}
