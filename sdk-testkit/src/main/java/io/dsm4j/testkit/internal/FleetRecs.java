package io.dsm4j.testkit.internal;

import io.dsm4j.model.ListKind;
import java.util.List;

/**
 * Mutable records of the fleet's reference objects (item lists, schedules, anti-malware
 * configurations); like {@link Recs}, only touched while holding the {@link Store} lock.
 */
final class FleetRecs {
  private FleetRecs() {}

  /** An IP, MAC, port, directory, file or file extension list. */
  static final class ItemListRec {
    ListKind kind;
    int id;
    String name;
    String description = "";
    List<String> items = List.of();

    /** Port lists only: Trend's ID of a list it shipped (SOAP {@code TBUID}). */
    String tbuid;
  }

  /** A schedule: 168 hours of the week, Sunday 00:00 first. */
  static final class ScheduleRec {
    int id;
    String name;
    String description = "";
    boolean[] hours = new boolean[168];
  }

  /** An anti-malware configuration, in the REST API's spellings. */
  static final class AntiMalwareRec {
    int id;
    String name;
    String description = "";
    String scanType = "real-time";
    String directoriesToScan = "all-directories";
    Integer directoryListId;
    String filesToScan = "all-files";
    Integer fileExtensionListId;
    Integer excludedDirectoryListId;
    Integer excludedFileListId;
    Integer excludedFileExtensionListId;
    Integer excludedProcessImageFileListId;
    boolean spywareEnabled = true;
    boolean intelliTrapEnabled;
    boolean alertEnabled;
    boolean networkDirectoriesEnabled;
    boolean scanCompressedEnabled = true;
    String cpuUsage = "medium";
    String realTimeScan = "read-write";
  }
}
