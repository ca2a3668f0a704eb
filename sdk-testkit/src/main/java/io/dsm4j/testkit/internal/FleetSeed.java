package io.dsm4j.testkit.internal;

import io.dsm4j.model.ListKind;
import io.dsm4j.testkit.internal.FleetRecs.AntiMalwareRec;
import io.dsm4j.testkit.internal.FleetRecs.ItemListRec;
import io.dsm4j.testkit.internal.FleetRecs.ScheduleRec;
import java.util.List;

/**
 * The seeded lists, schedules and anti-malware configurations of a new manager (fixed: no random
 * draws, so the rest of the seeded data does not shift).
 */
final class FleetSeed {
  private FleetSeed() {}

  static ItemListRec list(Store s, ListKind kind, String name, String description, String items) {
    ItemListRec l = new ItemListRec();
    l.kind = kind;
    l.id = s.list(kind).allocateId();
    l.name = name;
    l.description = description;
    l.items = List.of(items.split("\n"));
    s.list(kind).put(l);
    return l;
  }

  static void generate(Store s) {
    list(s, ListKind.MAC, "Gateways", "MAC list: Gateways", "00:1A:2B:3C:4D:5E\n00:1A:2B:3C:4D:5F");
    list(s, ListKind.PORT, "Web Server", "Port list: Web Server", "80\n443").tbuid = "1000000-web";
    list(s, ListKind.PORT, "Mail Server", "Port list: Mail Server", "25\n110\n143\n465\n993");
    ItemListRec temp =
        list(
            s,
            ListKind.DIRECTORY,
            "Temporary Directories",
            "Directory list: Temporary Directories",
            "/tmp/\n/var/tmp/\nC:\\Windows\\Temp\\");
    list(s, ListKind.FILE, "Database Files", "File list: Database Files", "/var/lib/mysql/ibdata1");
    list(
        s,
        ListKind.FILE_EXTENSION,
        "Archives",
        "File extension list: Archives",
        "zip\ngz\ntar\n7z");
    schedule(s, "Every Day All Day", 0, 24);
    schedule(s, "Nights (00:00-06:00)", 0, 6);
    AntiMalwareRec rt = new AntiMalwareRec();
    rt.id = s.antiMalware.allocateId();
    rt.name = "Default Real-Time Scan Configuration";
    rt.description = "Real-time scanning of every file";
    rt.excludedDirectoryListId = temp.id;
    s.antiMalware.put(rt);
    AntiMalwareRec od = new AntiMalwareRec();
    od.id = s.antiMalware.allocateId();
    od.name = "Default Manual Scan Configuration";
    od.description = "On-demand scans with IntelliScan";
    od.scanType = "on-demand";
    od.filesToScan = "intelliscan-file-types";
    s.antiMalware.put(od);
  }

  /** A schedule active from {@code from} to {@code to} (hours) every day. */
  private static void schedule(Store s, String name, int from, int to) {
    ScheduleRec r = new ScheduleRec();
    r.id = s.schedules.allocateId();
    r.name = name;
    for (int day = 0; day < 7; day++) {
      for (int h = from; h < to; h++) {
        r.hours[day * 24 + h] = true;
      }
    }
    s.schedules.put(r);
  }
}
