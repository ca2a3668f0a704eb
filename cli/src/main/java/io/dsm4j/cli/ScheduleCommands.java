package io.dsm4j.cli;

import io.dsm4j.Manager;
import io.dsm4j.model.Schedule;
import io.dsm4j.model.ScheduleDraft;
import io.dsm4j.model.ScheduleUpdate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code dsm4j schedules …}. Tables show the hours as {@link HoursOfWeek} spells them; JSON shows
 * the hours of the week as numbers (0 = Sunday 00:00).
 */
@Command(
    name = "schedules",
    description =
        "Schedules (the hours of the week something is active): list, show, create,"
            + " update, delete.",
    subcommands = {
      ScheduleCommands.ListSchedules.class,
      ScheduleCommands.Get.class,
      ScheduleCommands.Create.class,
      ScheduleCommands.Update.class,
      ScheduleCommands.Delete.class
    })
final class ScheduleCommands {
  private static final String[] COLUMNS = {"id", "name", "description", "hours"};

  private ScheduleCommands() {}

  static void print(Output out, List<Schedule> schedules) {
    if (out.format() == Output.Format.JSON) {
      out.records(schedules, COLUMNS);
      return;
    }
    List<Map<String, Object>> rows =
        schedules.stream()
            .sorted(java.util.Comparator.comparingInt(Schedule::id))
            .map(
                s -> {
                  Map<String, Object> r = new LinkedHashMap<>();
                  r.put("id", s.id());
                  r.put("name", s.name());
                  r.put("description", s.description());
                  r.put("hours", HoursOfWeek.format(s.hours()));
                  return r;
                })
            .toList();
    out.rows(COLUMNS, rows);
  }

  static Resolver.Found<Schedule> find(Manager m, String text) {
    return Resolver.find("schedule", m.schedules(), text, Schedule::name, Schedule::id);
  }

  @Command(name = "list", description = "List every schedule.")
  static final class ListSchedules extends Base {
    @Override
    int run(Manager m, Output out) {
      print(out, m.schedules().list().stream().toList());
      return 0;
    }
  }

  @Command(name = "get", description = "Show one schedule.")
  static final class Get extends Base {
    @Parameters(paramLabel = "SCHEDULE", description = "The schedule: its ID, or its exact name.")
    String schedule;

    @Override
    int run(Manager m, Output out) {
      print(out, List.of(find(m, schedule).item()));
      return 0;
    }
  }

  @Command(name = "create", description = "Create a schedule.")
  static final class Create extends Base {
    @Option(names = "--name", required = true, description = "The new schedule's name.")
    String name;

    @Option(
        names = "--hours",
        required = true,
        paramLabel = "HOURS",
        description = "When it is active: " + HoursOfWeek.SYNTAX + ".")
    String hours;

    @Option(names = "--description", paramLabel = "TEXT", description = "A description.")
    String description;

    @Override
    int run(Manager m, Output out) {
      ScheduleDraft.Builder b = Connector.usage("--name", () -> ScheduleDraft.builder(name));
      b.hours(HoursOfWeek.parse(hours));
      if (description != null) {
        b.description(description);
      }
      print(out, List.of(m.schedules().create(b.build())));
      return 0;
    }
  }

  @Command(name = "update", description = "Change a schedule's hours, name or description.")
  static final class Update extends Base {
    @Parameters(paramLabel = "SCHEDULE", description = "The schedule: its ID, or its exact name.")
    String schedule;

    @Option(names = "--name", description = "The new name.")
    String name;

    @Option(
        names = "--hours",
        paramLabel = "HOURS",
        description = "When it is active (replacing all): " + HoursOfWeek.SYNTAX + ".")
    String hours;

    @Option(names = "--description", paramLabel = "TEXT", description = "The new description.")
    String description;

    @Override
    int run(Manager m, Output out) {
      ScheduleUpdate.Builder b = ScheduleUpdate.builder();
      if (name != null) {
        Connector.usage("--name", () -> b.name(name));
      }
      if (hours != null) {
        b.hours(HoursOfWeek.parse(hours));
      }
      if (description != null) {
        b.description(description);
      }
      ScheduleUpdate u = b.build();
      if (u.isEmpty()) {
        throw new Dsm4j.UsageException("give --hours, --name or --description");
      }
      Resolver.parse(schedule, "schedule");
      print(out, List.of(m.schedules().update(find(m, schedule).id(), u)));
      return 0;
    }
  }

  @Command(name = "delete", description = "Delete schedules.")
  static final class Delete extends Base {
    @Parameters(arity = "1..*", paramLabel = "SCHEDULE", description = "IDs or exact names.")
    List<String> schedules;

    @Option(names = "--yes", description = "Needed to delete more than one schedule.")
    boolean yes;

    @Override
    int run(Manager m, Output out) {
      return Fleet.delete(
          this, schedules, yes, "schedule", s -> find(m, s), Schedule::name, m.schedules()::delete);
    }
  }
}
