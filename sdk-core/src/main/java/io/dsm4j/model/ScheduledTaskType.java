package io.dsm4j.model;

import java.util.Locale;
import java.util.Optional;

/**
 * The types of scheduled task a manager runs (the REST API's {@code ScheduledTask.type}). dsm4j
 * models the computer filter of the types that act on computers and the computer group of the
 * synchronizing ones; the other parameters of a type are passed as {@link Fields}.
 */
public enum ScheduledTaskType {
  /** Scan computers for open ports. */
  SCAN_FOR_OPEN_PORTS(Target.COMPUTERS),
  /** Send an alert summary by e-mail. */
  SEND_ALERT_SUMMARY(Target.NONE),
  /** Discover computers on a network. */
  DISCOVER_COMPUTERS(Target.NONE),
  /** Run a script on the manager. */
  RUN_SCRIPT(Target.NONE),
  /** Send the policy to computers ("update now"). */
  SEND_POLICY(Target.COMPUTERS),
  /** Generate a report. */
  GENERATE_REPORT(Target.NONE),
  /** Synchronize a directory (an Active Directory group). */
  SYNCHRONIZE_DIRECTORY(Target.GROUP),
  /** Synchronize users. */
  SYNCHRONIZE_USERS(Target.NONE),
  /** Scan computers for recommendations. */
  SCAN_FOR_RECOMMENDATIONS(Target.COMPUTERS),
  /** Synchronize a vCenter. */
  SYNCHRONIZE_VCENTER(Target.GROUP),
  /** Scan computers for integrity changes. */
  SCAN_FOR_INTEGRITY_CHANGES(Target.COMPUTERS),
  /** Run a malware scan on computers. */
  SCAN_FOR_MALWARE(Target.COMPUTERS),
  /** Have computers check for security updates. */
  CHECK_FOR_SECURITY_UPDATES(Target.COMPUTERS),
  /** Synchronize a cloud account (its computer group). */
  SYNCHRONIZE_CLOUD_ACCOUNT(Target.GROUP),
  /** Check for software updates. */
  CHECK_FOR_SOFTWARE_UPDATES(Target.NONE),
  /** Update the suspicious objects list. */
  UPDATE_SUSPICIOUS_OBJECTS_LIST(Target.COMPUTERS);

  /** What a type's parameters name as its target. */
  enum Target {
    NONE,
    COMPUTERS,
    GROUP
  }

  private final Target target;

  ScheduledTaskType(Target target) {
    this.target = target;
  }

  /**
   * @return whether the type's parameters take a {@link ComputerFilter}
   */
  public boolean takesComputerFilter() {
    return target == Target.COMPUTERS;
  }

  /**
   * @return whether the type's parameters take a computer group (the synchronizing types)
   */
  public boolean takesComputerGroup() {
    return target == Target.GROUP;
  }

  /**
   * @return the REST spelling, e.g. {@code scan-for-malware}
   */
  public String wireName() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /**
   * @return the REST name of the type's parameter object, e.g. {@code scanForMalwareTaskParameters}
   */
  public String parametersField() {
    StringBuilder sb = new StringBuilder();
    boolean up = false;
    for (char c : name().toLowerCase(Locale.ROOT).toCharArray()) {
      if (c == '_') {
        up = true;
      } else {
        sb.append(up ? Character.toUpperCase(c) : c);
        up = false;
      }
    }
    return sb.append("TaskParameters").toString();
  }

  /**
   * @param wire a REST spelling such as {@code scan-for-malware} (or {@code SCAN_FOR_MALWARE})
   * @return the type, or empty for a type this version of dsm4j does not know
   */
  public static Optional<ScheduledTaskType> fromWire(String wire) {
    if (wire == null) {
      return Optional.empty();
    }
    String n = wire.trim().toUpperCase(Locale.ROOT).replace('-', '_');
    for (ScheduledTaskType t : values()) {
      if (t.name().equals(n)) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }
}
