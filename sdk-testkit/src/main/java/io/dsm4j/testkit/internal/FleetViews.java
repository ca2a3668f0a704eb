package io.dsm4j.testkit.internal;

import io.dsm4j.model.AntiMalwareConfiguration;
import io.dsm4j.model.AntiMalwareConfiguration.DirectoriesToScan;
import io.dsm4j.model.AntiMalwareConfiguration.FilesToScan;
import io.dsm4j.model.AntiMalwareConfiguration.ScanType;
import io.dsm4j.model.ComputerGroup;
import io.dsm4j.model.Fields;
import io.dsm4j.model.ItemList;
import io.dsm4j.model.ListKind;
import io.dsm4j.model.Schedule;
import io.dsm4j.testkit.internal.FleetRecs.AntiMalwareRec;
import io.dsm4j.testkit.internal.Recs.GroupRec;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Read views of, and fixtures for, the fleet's reference objects behind {@code SimulatorState}:
 * snapshots taken under the store lock.
 */
public final class FleetViews {
  private FleetViews() {}

  public static List<ItemList> lists(Store s, ListKind kind) {
    synchronized (s) {
      return s.list(kind).values().stream()
          .map(l -> new ItemList(l.id, kind, l.name, l.description, l.items))
          .toList();
    }
  }

  public static List<ComputerGroup> groups(Store s) {
    synchronized (s) {
      return s.groups.values().stream()
          .map(g -> new ComputerGroup(g.id, g.name, g.description, g.parentId))
          .toList();
    }
  }

  /** Creates a group as a fixture (names may repeat under other parents). */
  public static ComputerGroup addGroup(Store s, String name, Integer parentId) {
    synchronized (s) {
      if (name == null || name.isBlank()) {
        throw new IllegalArgumentException("group name must not be blank");
      }
      GroupRec g = s.groups.get(s.addComputerGroup(name, parentId));
      return new ComputerGroup(g.id, g.name, g.description, g.parentId);
    }
  }

  public static List<Schedule> schedules(Store s) {
    synchronized (s) {
      List<Schedule> out = new ArrayList<>();
      for (FleetRecs.ScheduleRec r : s.schedules.values()) {
        List<Integer> hours = new ArrayList<>();
        for (int h = 0; h < r.hours.length; h++) {
          if (r.hours[h]) {
            hours.add(h);
          }
        }
        out.add(new Schedule(r.id, r.name, r.description, hours));
      }
      return out;
    }
  }

  public static Optional<AntiMalwareConfiguration> antiMalware(Store s, int id) {
    synchronized (s) {
      AntiMalwareRec r = s.antiMalware.get(id);
      if (r == null) {
        return Optional.empty();
      }
      return Optional.of(
          new AntiMalwareConfiguration(
              r.id,
              r.name,
              r.description,
              r.scanType.equals("real-time") ? ScanType.REAL_TIME : ScanType.ON_DEMAND,
              r.directoriesToScan.equals("all-directories")
                  ? DirectoriesToScan.ALL
                  : DirectoriesToScan.DIRECTORY_LIST,
              r.directoryListId,
              switch (r.filesToScan) {
                case "all-files" -> FilesToScan.ALL;
                case "intelliscan-file-types" -> FilesToScan.INTELLISCAN;
                default -> FilesToScan.FILE_EXTENSION_LIST;
              },
              r.fileExtensionListId,
              r.excludedDirectoryListId,
              r.excludedFileListId,
              r.excludedFileExtensionListId,
              r.excludedProcessImageFileListId,
              r.spywareEnabled,
              r.intelliTrapEnabled,
              r.alertEnabled,
              Fields.empty()));
    }
  }

  public static List<Integer> antiMalwareIds(Store s) {
    return s.antiMalware.ids();
  }

  public static List<Integer> scheduledTaskIds(Store s) {
    return s.tasks.ids();
  }

  /** Task ID to how many times it ran (created with run now, or run now later). */
  public static Map<Integer, Integer> scheduledTaskRuns(Store s) {
    synchronized (s) {
      return new TreeMap<>(s.scheduledTaskRuns);
    }
  }

  public static List<Integer> eventBasedTaskIds(Store s) {
    return EventTaskResource.ids(s);
  }

  public static int fireEvent(Store s, String type, int computerId) {
    return EventTaskResource.fire(s, type, computerId);
  }
}
