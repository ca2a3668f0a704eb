package io.dsm4j.rest.internal;

import io.dsm4j.model.AntiMalwareChanges;
import io.dsm4j.model.AntiMalwareConfiguration.FilesToScan;
import io.dsm4j.model.AntiMalwareConfiguration.ScanType;
import io.dsm4j.model.ComputerFilter;
import io.dsm4j.model.ComputerGroupDraft;
import io.dsm4j.model.ComputerGroupUpdate;
import io.dsm4j.model.EventBasedTaskDraft;
import io.dsm4j.model.EventBasedTaskType;
import io.dsm4j.model.EventTaskAction;
import io.dsm4j.model.EventTaskCondition;
import io.dsm4j.model.Fields;
import io.dsm4j.model.ItemListDraft;
import io.dsm4j.model.ItemListUpdate;
import io.dsm4j.model.ListKind;
import io.dsm4j.model.ScheduleDraft;
import io.dsm4j.model.ScheduleUpdate;
import io.dsm4j.model.ScheduledTaskDraft;
import io.dsm4j.model.ScheduledTaskType;
import io.dsm4j.model.TaskSchedule;
import io.dsm4j.spi.PageRequest;
import java.time.DayOfWeek;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.function.Executable;

/**
 * The fleet's requests for {@link RestConformanceTest}: every list kind, computer groups,
 * schedules, anti-malware configurations, scheduled tasks (each typed task type, each computer
 * filter, each recurrence) and event-based tasks, with every field dsm4j can send.
 */
final class RestFleetCalls {
  private RestFleetCalls() {}

  static List<Executable> all(RestConnection c, PageRequest page) {
    List<Executable> calls = new ArrayList<>();
    for (ListKind k : ListKind.values()) {
      var lists = c.lists(k).orElseThrow();
      calls.add(() -> lists.list(page));
      calls.add(() -> lists.get(1));
      calls.add(() -> lists.findByName("list"));
      calls.add(
          () ->
              lists.create(
                  ItemListDraft.builder("l").description("d").items(List.of("a", "b")).build()));
      calls.add(
          () ->
              lists.update(
                  1, ItemListUpdate.builder().name("n").description("").items(List.of()).build()));
      calls.add(() -> lists.delete(1));
    }
    var groups = c.computerGroups().orElseThrow();
    calls.add(() -> groups.list(page));
    calls.add(() -> groups.get(1));
    calls.add(() -> groups.findByName("group"));
    calls.add(() -> groups.create(ComputerGroupDraft.builder("g").build()));
    calls.add(
        () -> groups.create(ComputerGroupDraft.builder("g").parentId(1).description("d").build()));
    calls.add(
        () -> groups.update(1, ComputerGroupUpdate.builder().name("n").description("d").build()));
    calls.add(() -> groups.delete(1));
    var schedules = c.schedules().orElseThrow();
    calls.add(() -> schedules.list(page));
    calls.add(() -> schedules.get(1));
    calls.add(() -> schedules.findByName("s"));
    calls.add(() -> schedules.create(ScheduleDraft.builder("s").hours(List.of(0, 1, 167)).build()));
    calls.add(
        () ->
            schedules.update(
                1, ScheduleUpdate.builder().name("n").description("d").hours(List.of()).build()));
    calls.add(() -> schedules.delete(1));
    var am = c.antiMalwareConfigurations().orElseThrow();
    calls.add(() -> am.list(page));
    calls.add(() -> am.get(1));
    calls.add(() -> am.findByName("am"));
    calls.add(
        () ->
            am.create(
                AntiMalwareChanges.builder()
                    .name("am")
                    .description("d")
                    .scanType(ScanType.REAL_TIME)
                    .scanDirectoryList(1)
                    .scanFileExtensionList(2)
                    .excludedDirectoryListId(3)
                    .excludedFileListId(4)
                    .excludedFileExtensionListId(5)
                    .excludedProcessImageFileListId(6)
                    .spywareEnabled(true)
                    .intelliTrapEnabled(false)
                    .alertEnabled(true)
                    .build()));
    calls.add(
        () ->
            am.update(
                1,
                AntiMalwareChanges.builder()
                    .scanType(ScanType.ON_DEMAND)
                    .scanAllDirectories()
                    .scanFiles(FilesToScan.INTELLISCAN)
                    .build()));
    calls.add(() -> am.update(1, AntiMalwareChanges.builder().scanFiles(FilesToScan.ALL).build()));
    calls.add(() -> am.delete(1));
    calls.addAll(tasks(c, page));
    return calls;
  }

  private static List<Executable> tasks(RestConnection c, PageRequest page) {
    List<Executable> calls = new ArrayList<>();
    Instant at = Instant.parse("2030-01-01T02:00:00Z");
    var tasks = c.scheduledTasks().orElseThrow();
    calls.add(() -> tasks.list(page));
    calls.add(() -> tasks.get(1));
    calls.add(() -> tasks.findByName("t"));
    List<ComputerFilter> filters =
        List.of(
            ComputerFilter.all(),
            ComputerFilter.computer(1),
            ComputerFilter.group(1, false),
            ComputerFilter.group(1, true),
            ComputerFilter.policy(1, false),
            ComputerFilter.policy(1, true),
            new ComputerFilter(ComputerFilter.Type.COMPUTERS_IN_SMART_FOLDER, 7L));
    for (ComputerFilter f : filters) {
      calls.add(
          () ->
              tasks.create(
                  ScheduledTaskDraft.builder("t", ScheduledTaskType.SCAN_FOR_RECOMMENDATIONS)
                      .computerFilter(f)
                      .schedule(TaskSchedule.once(at))
                      .runNow(true)
                      .build()));
    }
    calls.add(
        () ->
            tasks.create(
                ScheduledTaskDraft.builder("t", ScheduledTaskType.SCAN_FOR_MALWARE)
                    .computerFilter(ComputerFilter.all())
                    .schedule(TaskSchedule.daily(at))
                    .parameters(Fields.of(Map.of("timeout", "four-hours")))
                    .enabled(false)
                    .build()));
    calls.add(
        () ->
            tasks.create(
                ScheduledTaskDraft.builder("t", ScheduledTaskType.SEND_POLICY)
                    .computerFilter(ComputerFilter.group(2, true))
                    .schedule(TaskSchedule.weekly(at, List.of(DayOfWeek.MONDAY, DayOfWeek.FRIDAY)))
                    .build()));
    calls.add(
        () ->
            tasks.create(
                ScheduledTaskDraft.builder("t", ScheduledTaskType.CHECK_FOR_SECURITY_UPDATES)
                    .computerFilter(ComputerFilter.policy(3, false))
                    .schedule(TaskSchedule.monthly(at, 15))
                    .parameters(Fields.of(Map.of("timeout", "one-hour")))
                    .build()));
    calls.add(
        () ->
            tasks.create(
                ScheduledTaskDraft.builder("t", ScheduledTaskType.SYNCHRONIZE_CLOUD_ACCOUNT)
                    .computerGroupId(4)
                    .schedule(TaskSchedule.hourly(15))
                    .build()));
    calls.add(
        () ->
            tasks.create(
                ScheduledTaskDraft.builder("t", ScheduledTaskType.SCAN_FOR_INTEGRITY_CHANGES)
                    .computerFilter(ComputerFilter.all())
                    .parameters(Fields.of(Map.of("trustedComputers", "all-computers")))
                    .build()));
    calls.add(
        () ->
            tasks.create(
                ScheduledTaskDraft.builder("t", ScheduledTaskType.RUN_SCRIPT)
                    .parameters(Fields.of(Map.of("filename", "backup.js")))
                    .build()));
    calls.add(() -> tasks.runNow(1));
    calls.add(() -> tasks.delete(1));
    var events = c.eventBasedTasks().orElseThrow();
    calls.add(() -> events.list(page));
    calls.add(() -> events.get(1));
    calls.add(() -> events.findByName("e"));
    calls.add(
        () ->
            events.create(
                EventBasedTaskDraft.builder("e", EventBasedTaskType.AGENT_INITIATED_ACTIVATION)
                    .condition(EventTaskCondition.of("hostname", "web.*"))
                    .condition(new EventTaskCondition("tag", "env", "prod"))
                    .action(EventTaskAction.assignPolicy(1))
                    .action(EventTaskAction.moveToGroup(2))
                    .action(EventTaskAction.activate())
                    .action(new EventTaskAction(EventTaskAction.Type.ACTIVATE, 5))
                    .action(new EventTaskAction(EventTaskAction.Type.ASSIGN_RELAY, 3))
                    .action(new EventTaskAction(EventTaskAction.Type.DEACTIVATE, null))
                    .enabled(false)
                    .build()));
    calls.add(() -> events.delete(1));
    return calls;
  }
}
