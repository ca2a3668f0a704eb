package io.dsm4j.testkit.internal;

import io.dsm4j.model.AgentStatus;
import io.dsm4j.model.Alert;
import io.dsm4j.model.CloudInstance;
import io.dsm4j.model.Computer;
import io.dsm4j.model.ComputerStatus;
import io.dsm4j.model.Fields;
import io.dsm4j.model.ModuleState;
import io.dsm4j.model.ModuleStatus;
import io.dsm4j.model.SecurityModule;
import io.dsm4j.testkit.internal.Recs.ComputerRec;
import io.dsm4j.testkit.internal.Recs.Platform;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The fleet's status, decided once here and written by both front ends: an agent is unmanaged
 * (never activated, or deactivated), offline, in error, with warnings, or online. {@link
 * #status(ComputerRec)} is the truth; {@code ComputerWire} renders it as REST {@code
 * computerStatus} and SOAP {@code hostLight}/{@code overallStatus}, and {@link #view} as the model
 * the contract tests compare with. Also the manager's alerts, derived from the fleet.
 */
final class Fleet {
  private Fleet() {}

  static final String OFFLINE_TEXT = "Managed (Offline)";

  static AgentStatus status(ComputerRec c) {
    if (!c.activated) {
      return AgentStatus.UNMANAGED;
    }
    if (c.offline) {
      return AgentStatus.OFFLINE;
    }
    if (!c.errors.isEmpty()) {
      return AgentStatus.ERROR;
    }
    return c.warnings.isEmpty() ? AgentStatus.ONLINE : AgentStatus.WARNING;
  }

  /** REST {@code computerStatus.agentStatus}: an offline agent is in error. */
  static String restAgentStatus(ComputerRec c) {
    return switch (status(c)) {
      case ONLINE -> "active";
      case WARNING -> "warning";
      case ERROR, OFFLINE -> "error";
      default -> "inactive";
    };
  }

  /** The status texts: the overall status first, then the errors and warnings. */
  static List<String> messages(ComputerRec c) {
    List<String> out = new ArrayList<>();
    AgentStatus st = status(c);
    out.add(
        st == AgentStatus.UNMANAGED
            ? "Unmanaged (Unknown)"
            : st == AgentStatus.OFFLINE ? OFFLINE_TEXT : "Managed (Online)");
    if (st != AgentStatus.UNMANAGED) {
      out.addAll(c.errors);
      out.addAll(c.warnings);
    }
    return out;
  }

  /** SOAP {@code hostLight}. */
  static String light(ComputerRec c) {
    return switch (status(c)) {
      case ONLINE -> "GREEN";
      case WARNING -> "YELLOW";
      case ERROR, OFFLINE -> "RED";
      default -> "GREY";
    };
  }

  /** A module's effective state on the computer: off while no agent is activated. */
  static ModuleState moduleState(Store s, ComputerRec c, SecurityModule m) {
    if (!c.activated || c.policyId == null) {
      return ModuleState.OFF;
    }
    return PolicyTree.effectiveState(s, c.policyId, m);
  }

  /** The SOAP module status text, which says the state first (as a DSM writes it). */
  static String soapModuleText(Store s, ComputerRec c, SecurityModule m) {
    if (!c.activated) {
      return "Off, Not Activated";
    }
    return switch (moduleState(s, c, m)) {
      case OFF -> "Off, not installed";
      case DETECT -> "On, Detect";
      case REAL_TIME -> "On, Real Time";
      default -> "On";
    };
  }

  /** The computer as the model says it, the truth the contract tests compare a backend with. */
  static Computer view(Store s, ComputerRec c) {
    Map<SecurityModule, ModuleStatus> modules = new EnumMap<>(SecurityModule.class);
    for (SecurityModule m : SecurityModule.values()) {
      ModuleState st = moduleState(s, c, m);
      modules.put(
          m,
          new ModuleStatus(
              st,
              st == ModuleState.OFF ? ModuleStatus.Health.INACTIVE : ModuleStatus.Health.ACTIVE,
              soapModuleText(s, c, m)));
    }
    return new Computer(
        c.id,
        c.hostName,
        c.displayName,
        c.description,
        c.policyId,
        c.groupId,
        c.platform,
        c.agentVersion,
        new ComputerStatus(
            status(c),
            messages(c),
            millis(c.lastAgentCommunication),
            millis(c.lastSendPolicySuccess),
            modules),
        ip(c).isEmpty() ? List.of() : List.of(ip(c)),
        c.instanceId == null ? null : new CloudInstance("aws", c.instanceId, c.accountId, c.zone),
        c.externalId == null ? Fields.empty() : Fields.of(Map.of("externalID", c.externalId)));
  }

  /** The last IP used, as the manager reports it: none without an activated agent. */
  static String ip(ComputerRec c) {
    return c.activated && c.lastIp != null ? c.lastIp : "";
  }

  /** The current alerts: one per type that some computer raises, the most severe first. */
  static List<Alert> alerts(Store s) {
    List<Alert> out = new ArrayList<>();
    add(out, s, "Agent/Appliance Error", "Critical", 2, c -> status(c) == AgentStatus.ERROR);
    add(out, s, "Computer Offline", "Warning", 1, c -> status(c) == AgentStatus.OFFLINE);
    add(out, s, "Agent/Appliance Warning", "Warning", 1, c -> status(c) == AgentStatus.WARNING);
    return out;
  }

  private static void add(
      List<Alert> out,
      Store s,
      String type,
      String severity,
      int level,
      java.util.function.Predicate<ComputerRec> raises) {
    s.computers.values().stream()
        .filter(raises)
        .map(c -> c.problemSince == null ? Instant.EPOCH : c.problemSince)
        .min(Comparator.naturalOrder())
        .ifPresent(since -> out.add(new Alert(type, severity, level, millis(since))));
  }

  /** A time as the APIs carry it: to the millisecond. */
  static Instant millis(Instant t) {
    return t == null ? null : t.truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
  }

  /**
   * Gives the seeded computers their status, cloud instances and external IDs, from their index
   * alone (no random draw, so the data generated before stays as it was): in every eight, the third
   * is offline, the fourth has a warning, the sixth an error and the eighth (and the last) has no
   * activated agent; every fourth, from the first, is an EC2 instance; every fourth, from the
   * second, has an external ID.
   */
  static void seed(Store s, Instant now) {
    List<ComputerRec> all = s.computers.values();
    // The seeded computers were given their IDs directly: new ones come after them.
    s.computers.startIdsAt(all.isEmpty() ? 1 : s.computers.lastId() + 1);
    for (int i = 0; i < all.size(); i++) {
      shape(s, all.get(i), i, i == all.size() - 1, now);
    }
  }

  private static void shape(Store s, ComputerRec c, int i, boolean last, Instant now) {
    switch (i % 8) {
      case 2 -> {
        c.offline = true;
        c.lastAgentCommunication = now.minus(Duration.ofDays(3)).minus(Duration.ofHours(i));
        c.problemSince = c.lastAgentCommunication.plus(Duration.ofMinutes(20));
      }
      case 3 -> {
        // Says "Offline" but is a warning, not the agent's status: backends must not be fooled.
        c.warnings.add("Anti-Malware Engine Offline");
        c.problemSince = now.minus(Duration.ofHours(5 + i));
      }
      case 5 -> {
        c.errors.add("Intrusion Prevention Engine Failed");
        c.problemSince = now.minus(Duration.ofHours(2 + i));
      }
      default -> {
        // online
      }
    }
    if (i % 8 == 7 || last) {
      c.activated = false;
      c.offline = false;
      c.errors.clear();
      c.warnings.clear();
      c.problemSince = null;
      c.agentVersion = "0.0.0.0";
      c.lastAgentCommunication = null;
    }
    if (i % 4 == 0) {
      c.instanceId = String.format("i-0%016x", Store.mix(s.cfg.seed() * 31 + i) >>> 4);
      c.accountId = String.format("%012d", 100_000_000_000L + (s.cfg.seed() % 1000) * 1000 + 42);
      c.zone = i % 8 == 0 ? "us-east-1a" : "eu-west-1b";
    }
    if (i % 4 == 1) {
      c.externalId = "ext-" + (1000 + i);
    }
  }

  /** Puts a computer in a status, as a test fixture. */
  static void force(ComputerRec c, AgentStatus status, Instant now) {
    c.activated = status != AgentStatus.UNMANAGED;
    c.offline = status == AgentStatus.OFFLINE;
    c.errors.clear();
    c.warnings.clear();
    c.problemSince = status == AgentStatus.ONLINE || !c.activated ? null : now;
    switch (status) {
      case OFFLINE -> c.lastAgentCommunication = now.minus(Duration.ofDays(2));
      case WARNING -> c.warnings.add("Anti-Malware Engine Offline");
      case ERROR -> c.errors.add("Intrusion Prevention Engine Failed");
      default -> {
        if (c.activated) {
          c.lastAgentCommunication = now;
        }
      }
    }
    if (c.activated && c.agentVersion.equals("0.0.0.0")) {
      c.agentVersion = "20.0.0-7719";
    }
  }

  /** Adds computers shaped like the seeded ones (IDs after the last), e.g. for a large fleet. */
  static List<ComputerRec> add(Store s, int count, Instant now) {
    List<ComputerRec> out = new ArrayList<>(count);
    Integer policy = s.policies.isEmpty() ? null : s.policies.lastId();
    for (int k = 0; k < count; k++) {
      ComputerRec c = new ComputerRec();
      c.id = s.computers.allocateId();
      int i = c.id - 1;
      boolean linux = i % 2 == 0;
      c.family = linux ? Platform.LINUX : Platform.WINDOWS;
      c.hostName = String.format("fleet-%05d.corp.example.com", c.id);
      c.displayName = i % 3 == 0 ? "" : "Fleet " + c.id;
      c.description = "added fleet computer";
      c.platform = linux ? "Amazon Linux 2 (64 bit)" : "Microsoft Windows Server 2022 (64 bit)";
      c.agentVersion = linux ? "20.0.0-7719" : "20.0.0.7943";
      c.lastIp =
          "10." + (1 + (c.id >> 16) % 250) + "." + ((c.id >> 8) & 0xff) + "." + (c.id & 0xff);
      c.hostGuid = String.format("F1EE7000-0000-4000-8000-%012X", c.id);
      c.policyId = policy;
      c.groupId = s.groups.isEmpty() ? null : s.groups.ids().get(i % s.groups.size());
      c.lastAgentCommunication = now.minus(Duration.ofMinutes(1 + i % 50));
      c.lastSendPolicyRequest = now.minus(Duration.ofHours(1 + i % 24));
      c.lastSendPolicySuccess = c.lastSendPolicyRequest.plusSeconds(20);
      s.computers.put(c);
      shape(s, c, i, false, now);
      out.add(c);
    }
    return out;
  }
}
