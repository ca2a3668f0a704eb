package io.dsm4j.soap;

import io.dsm4j.Manager;
import io.dsm4j.model.AntiMalwareChanges;
import io.dsm4j.model.AntiMalwareConfiguration.FilesToScan;
import io.dsm4j.model.AntiMalwareConfiguration.ScanType;
import io.dsm4j.model.ComputerGroupDraft;
import io.dsm4j.model.ItemListDraft;
import io.dsm4j.model.ItemListUpdate;
import io.dsm4j.model.ListKind;
import io.dsm4j.model.ScheduleDraft;
import io.dsm4j.model.ScheduleUpdate;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Supplier;

/**
 * The fleet's operations for {@link SoapConformanceTest}: every list kind, host groups, schedules
 * and anti-malware configurations, read, created, updated (a read-modify-write) and deleted, with
 * every field dsm4j sets.
 */
final class SoapFleetCalls {
  private SoapFleetCalls() {}

  static void drive(Manager m, BiConsumer<String, Supplier<?>> attempt) {
    for (ListKind k : ListKind.values()) {
      var lists = m.lists(k);
      attempt.accept(k + " list", () -> lists.list().stream().toList());
      attempt.accept(k + " get", () -> lists.get(1));
      attempt.accept(k + " findByName", () -> lists.findByName("list"));
      attempt.accept(
          k + " create",
          () ->
              lists.create(
                  ItemListDraft.builder("l").description("d").items(List.of("a", "b")).build()));
      attempt.accept(
          k + " update",
          () ->
              lists.update(
                  1, ItemListUpdate.builder().name("n").description("").items(List.of()).build()));
      attempt.accept(k + " delete", () -> run(() -> lists.delete(1)));
    }
    var groups = m.computerGroups();
    attempt.accept("groups.create", () -> groups.create(ComputerGroupDraft.builder("g").build()));
    attempt.accept(
        "groups.create child",
        () -> groups.create(ComputerGroupDraft.builder("g").parentId(1).description("d").build()));
    attempt.accept("groups.delete", () -> run(() -> groups.delete(1)));
    var schedules = m.schedules();
    attempt.accept("schedules.list", () -> schedules.list().stream().toList());
    attempt.accept("schedules.get", () -> schedules.get(1));
    attempt.accept("schedules.findByName", () -> schedules.findByName("s"));
    attempt.accept(
        "schedules.create",
        () -> schedules.create(ScheduleDraft.builder("s").hours(List.of(0, 167)).build()));
    attempt.accept(
        "schedules.update",
        () -> schedules.update(1, ScheduleUpdate.builder().hours(List.of(5)).name("n").build()));
    attempt.accept("schedules.delete", () -> run(() -> schedules.delete(1)));
    var am = m.antiMalwareConfigurations();
    attempt.accept("am.list", () -> am.list().stream().toList());
    attempt.accept("am.get", () -> am.get(1));
    attempt.accept("am.findByName", () -> am.findByName("am"));
    attempt.accept(
        "am.create",
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
                    .intelliTrapEnabled(true)
                    .alertEnabled(true)
                    .build()));
    attempt.accept(
        "am.create minimal",
        () ->
            am.create(AntiMalwareChanges.builder().name("m").scanType(ScanType.ON_DEMAND).build()));
    attempt.accept(
        "am.update",
        () ->
            am.update(
                1,
                AntiMalwareChanges.builder()
                    .scanAllDirectories()
                    .scanFiles(FilesToScan.INTELLISCAN)
                    .scanType(ScanType.ON_DEMAND)
                    .build()));
    attempt.accept("am.delete", () -> run(() -> am.delete(1)));
  }

  private static Object run(Runnable r) {
    r.run();
    return null;
  }
}
