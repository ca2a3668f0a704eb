package io.dsm4j.soap.internal;

import io.dsm4j.model.AntiMalwareChanges;
import io.dsm4j.model.AntiMalwareConfiguration;
import io.dsm4j.model.AntiMalwareConfiguration.DirectoriesToScan;
import io.dsm4j.model.AntiMalwareConfiguration.FilesToScan;
import io.dsm4j.model.AntiMalwareConfiguration.ScanType;
import io.dsm4j.model.Fields;
import io.dsm4j.model.ItemList;
import io.dsm4j.model.ListKind;
import io.dsm4j.model.Schedule;
import io.dsm4j.soap.internal.generated.AntiMalwareTransport;
import io.dsm4j.soap.internal.generated.ItemsTransport;
import io.dsm4j.soap.internal.generated.ScheduleTransport;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Transports of lists, schedules and anti-malware configurations to dsm4j types and back. */
final class FleetMappers {
  private FleetMappers() {}

  static String noun(ListKind kind) {
    return switch (kind) {
      case IP -> "IP list";
      case MAC -> "MAC list";
      case PORT -> "port list";
      case DIRECTORY -> "directory list";
      case FILE -> "file list";
      case FILE_EXTENSION -> "file extension list";
    };
  }

  /** A list, or null when the transport has no ID. */
  static ItemList itemList(ListKind kind, ItemsTransport t) {
    if (t == null || t.getID() == null) {
      return null;
    }
    return new ItemList(
        t.getID(), kind, t.getName(), t.getDescription(), Mappers.lines(t.getItems()));
  }

  // ---------------------------------------------------------------- schedules

  /** A schedule, or null without an ID; {@code hourOfWeek} is 168 characters 0/1. */
  static Schedule schedule(ScheduleTransport t) {
    if (t == null || t.getID() == null) {
      return null;
    }
    List<Integer> hours = new ArrayList<>();
    String h = t.getHourOfWeek() == null ? "" : t.getHourOfWeek();
    for (int i = 0; i < h.length() && i < Schedule.HOURS_PER_WEEK; i++) {
      if (h.charAt(i) == '1') {
        hours.add(i);
      }
    }
    return new Schedule(t.getID(), t.getName(), t.getDescription(), hours);
  }

  static String hourOfWeek(Collection<Integer> hours) {
    char[] c = new char[Schedule.HOURS_PER_WEEK];
    java.util.Arrays.fill(c, '0');
    hours.forEach(h -> c[h] = '1');
    return new String(c);
  }

  // ---------------------------------------------------------------- anti-malware

  private static <E extends Enum<E>> E wire(Class<E> type, String literal) {
    return WsdlEnums.parse(type, literal);
  }

  /** A configuration, or null without an ID. */
  static AntiMalwareConfiguration antiMalware(AntiMalwareTransport t) {
    if (t == null || t.getID() == null) {
      return null;
    }
    WsdlEnums.AntiMalwareConfigType type =
        wire(WsdlEnums.AntiMalwareConfigType.class, t.getConfigurationType());
    WsdlEnums.AntiMalwareFoldersToScan folders =
        wire(WsdlEnums.AntiMalwareFoldersToScan.class, t.getFolderToScan());
    WsdlEnums.AntiMalwareFilesToScan files =
        wire(WsdlEnums.AntiMalwareFilesToScan.class, t.getFileToScan());
    return new AntiMalwareConfiguration(
        t.getID(),
        t.getName(),
        t.getDescription(),
        type == null
            ? null
            : type == WsdlEnums.AntiMalwareConfigType.CONFIGURATIONTYPE_RTS
                ? ScanType.REAL_TIME
                : ScanType.ON_DEMAND,
        folders == null
            ? null
            : folders == WsdlEnums.AntiMalwareFoldersToScan.ALLFOLDERS
                ? DirectoriesToScan.ALL
                : DirectoriesToScan.DIRECTORY_LIST,
        t.getScanDirList(),
        files == null
            ? null
            : switch (files) {
              case ALLFILES -> FilesToScan.ALL;
              case INTELLISCAN -> FilesToScan.INTELLISCAN;
              case EXTLISTSCAN -> FilesToScan.FILE_EXTENSION_LIST;
            },
        t.getToScanFileExtListID(),
        t.getExcludeScanDirectoryListID(),
        t.getExcludeScanFileListID(),
        t.getExcludeScanFileExtListID(),
        t.getExcludeScanProcessFileListID(),
        t.isSpywareEnabled(),
        t.isIntelliTrapEnabled(),
        t.isAlert(),
        Fields.of(extra(t)));
  }

  /** The fields of the transport that the model has no component for, under their SOAP names. */
  private static Map<String, Object> extra(AntiMalwareTransport t) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("firstScanAction", t.getFirstScanAction());
    m.put("scanAction", t.getScanAction());
    m.put("scanCompressed", t.isScanCompressed());
    m.put("scanCompressedLayer", t.getScanCompressedLayer());
    m.put("scanCompressedSmaller", t.getScanCompressedSmaller());
    m.put("scanCompressedNumberOfFiles", t.getScanCompressedNumberOfFiles());
    m.put("scanFilesActivity", t.getScanFilesActivity());
    m.put("secondScanAction", t.getSecondScanAction());
    m.put("scanCustomActionForGeneric", t.getScanCustomActionForGeneric());
    m.put("unScannableFileAction", t.getUnScannableFileAction());
    m.put("scanNetworkFolder", t.isScanNetworkFolder());
    m.put("cpuUsage", t.getCpuUsage());
    m.put("scanOLE", t.isScanOLE());
    m.put("scanOLEExploit", t.isScanOLEExploit());
    m.put("scanOLELayer", t.getScanOLELayer());
    m.put("scanActionForVirus", t.getScanActionForVirus());
    m.put("scanActionForTrojans", t.getScanActionForTrojans());
    m.put("scanActionForPacker", t.getScanActionForPacker());
    m.put("scanActionForSpyware", t.getScanActionForSpyware());
    m.put("scanActionForOtherThreats", t.getScanActionForOtherThreats());
    m.put("scanActionForCookie", t.getScanActionForCookie());
    return m;
  }

  /** A new configuration's transport: what the changes set; the WSDL's required booleans off. */
  static AntiMalwareTransport newAntiMalware(AntiMalwareChanges c) {
    AntiMalwareTransport t = new AntiMalwareTransport();
    t.setID(null); // nil ID: the manager creates a new configuration
    t.setFolderToScan(WsdlEnums.AntiMalwareFoldersToScan.ALLFOLDERS.name());
    t.setFileToScan(WsdlEnums.AntiMalwareFilesToScan.ALLFILES.name());
    apply(t, c);
    return t;
  }

  /** Sets on the transport what the changes set; nothing else. */
  static void apply(AntiMalwareTransport t, AntiMalwareChanges c) {
    if (c.name() != null) {
      t.setName(c.name());
    }
    if (c.description() != null) {
      t.setDescription(c.description());
    }
    if (c.scanType() != null) {
      t.setConfigurationType(
          (c.scanType() == ScanType.REAL_TIME
                  ? WsdlEnums.AntiMalwareConfigType.CONFIGURATIONTYPE_RTS
                  : WsdlEnums.AntiMalwareConfigType.CONFIGURATIONTYPE_ODS)
              .name());
    }
    if (c.directoriesToScan() != null) {
      boolean all = c.directoriesToScan() == DirectoriesToScan.ALL;
      t.setFolderToScan(
          (all
                  ? WsdlEnums.AntiMalwareFoldersToScan.ALLFOLDERS
                  : WsdlEnums.AntiMalwareFoldersToScan.SPECIFIEDFOLDERS)
              .name());
      t.setScanDirList(all ? null : c.directoryListId());
    }
    if (c.filesToScan() != null) {
      t.setFileToScan(
          switch (c.filesToScan()) {
            case ALL -> WsdlEnums.AntiMalwareFilesToScan.ALLFILES.name();
            case INTELLISCAN -> WsdlEnums.AntiMalwareFilesToScan.INTELLISCAN.name();
            case FILE_EXTENSION_LIST -> WsdlEnums.AntiMalwareFilesToScan.EXTLISTSCAN.name();
          });
      t.setToScanFileExtListID(c.fileExtensionListId());
    }
    if (c.excludedDirectoryListId() != null) {
      t.setExcludeScanDirectoryListID(c.excludedDirectoryListId());
    }
    if (c.excludedFileListId() != null) {
      t.setExcludeScanFileListID(c.excludedFileListId());
    }
    if (c.excludedFileExtensionListId() != null) {
      t.setExcludeScanFileExtListID(c.excludedFileExtensionListId());
    }
    if (c.excludedProcessImageFileListId() != null) {
      t.setExcludeScanProcessFileListID(c.excludedProcessImageFileListId());
    }
    if (c.spywareEnabled() != null) {
      t.setSpywareEnabled(c.spywareEnabled());
    }
    if (c.intelliTrapEnabled() != null) {
      t.setIntelliTrapEnabled(c.intelliTrapEnabled());
    }
    if (c.alertEnabled() != null) {
      t.setAlert(c.alertEnabled());
    }
  }
}
