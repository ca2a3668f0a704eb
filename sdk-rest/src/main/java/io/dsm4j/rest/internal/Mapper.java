package io.dsm4j.rest.internal;

import io.dsm4j.model.Fields;
import io.dsm4j.model.ModuleState;
import io.dsm4j.model.Policy;
import io.dsm4j.model.PolicyDraft;
import io.dsm4j.model.PolicyUpdate;
import io.dsm4j.model.Recommendations;
import io.dsm4j.model.Rule;
import io.dsm4j.model.RuleKind;
import io.dsm4j.model.ScanStatus;
import io.dsm4j.model.SecurityModule;
import io.dsm4j.model.Severity;
import io.dsm4j.rest.internal.dto.Dtos.AssignmentsDto;
import io.dsm4j.rest.internal.dto.Dtos.ModuleDto;
import io.dsm4j.rest.internal.dto.Dtos.PolicyDto;
import io.dsm4j.rest.internal.dto.Dtos.RuleDto;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Maps between the {@code /api} JSON shapes and dsm4j's model, both ways. */
final class Mapper {
  private Mapper() {}

  /** {@code 0} means "none" for ID references in the API. */
  static Integer ref(Integer id) {
    return id == null || id == 0 ? null : id;
  }

  static Instant instant(Long millis) {
    return millis == null || millis == 0 ? null : Instant.ofEpochMilli(millis);
  }

  static Policy policy(PolicyDto d) {
    Map<SecurityModule, ModuleState> states = new EnumMap<>(SecurityModule.class);
    putState(states, SecurityModule.ANTI_MALWARE, d.antiMalware());
    putState(states, SecurityModule.FIREWALL, d.firewall());
    putState(states, SecurityModule.INTRUSION_PREVENTION, d.intrusionPrevention());
    putState(states, SecurityModule.INTEGRITY_MONITORING, d.integrityMonitoring());
    putState(states, SecurityModule.LOG_INSPECTION, d.logInspection());
    putState(states, SecurityModule.WEB_REPUTATION, d.webReputation());
    putState(states, SecurityModule.APPLICATION_CONTROL, d.applicationControl());
    putState(states, SecurityModule.ACTIVITY_MONITORING, d.activityMonitoring());
    return new Policy(
        d.id() == null ? 0 : d.id(),
        d.name() == null ? "" : d.name(),
        d.description(),
        ref(d.parentId()),
        states,
        policyExtra(d));
  }

  /** A policy's other fields: what the DTO does not declare, and the scan mode. */
  private static Fields policyExtra(PolicyDto d) {
    Map<String, Object> m = new java.util.TreeMap<>();
    if (d.other() != null) {
      m.putAll(d.other());
    }
    if (d.recommendationScanMode() != null) {
      m.put("recommendationScanMode", d.recommendationScanMode());
    }
    return Fields.of(m);
  }

  private static void putState(
      Map<SecurityModule, ModuleState> states, SecurityModule module, ModuleDto dto) {
    if (dto != null && dto.state() != null) {
      states.put(module, state(dto.state()));
    }
  }

  static ModuleState state(String wire) {
    return switch (wire.toLowerCase(Locale.ROOT)) {
      case "on", "prevent" -> ModuleState.ON;
      case "off" -> ModuleState.OFF;
      case "inherited" -> ModuleState.INHERITED;
      case "detect" -> ModuleState.DETECT;
      case "real-time" -> ModuleState.REAL_TIME;
      default -> ModuleState.UNKNOWN;
    };
  }

  static String wireState(SecurityModule module, ModuleState state) {
    return switch (state) {
      case ON -> onState(module);
      case OFF -> "off";
      case INHERITED -> "inherited";
      case DETECT -> "detect";
      case REAL_TIME -> "real-time";
      case UNKNOWN -> throw new IllegalArgumentException("UNKNOWN is not a state to send");
    };
  }

  /** "On" in the API's words: intrusion prevention's is {@code prevent}. */
  private static String onState(SecurityModule module) {
    return switch (module) {
      case INTRUSION_PREVENTION -> "prevent";
      case ANTI_MALWARE,
          FIREWALL,
          INTEGRITY_MONITORING,
          LOG_INSPECTION,
          WEB_REPUTATION,
          APPLICATION_CONTROL,
          ACTIVITY_MONITORING ->
          "on";
    };
  }

  static PolicyDto policy(PolicyDraft draft) {
    Map<SecurityModule, ModuleState> s = draft.moduleStates();
    return new PolicyDto(
        null,
        draft.parentId(),
        draft.name(),
        draft.description(),
        module(s, SecurityModule.ANTI_MALWARE),
        module(s, SecurityModule.FIREWALL),
        module(s, SecurityModule.INTRUSION_PREVENTION),
        module(s, SecurityModule.INTEGRITY_MONITORING),
        module(s, SecurityModule.LOG_INSPECTION),
        module(s, SecurityModule.WEB_REPUTATION),
        module(s, SecurityModule.APPLICATION_CONTROL),
        module(s, SecurityModule.ACTIVITY_MONITORING),
        null,
        null,
        null);
  }

  static PolicyDto changes(PolicyUpdate u) {
    Map<SecurityModule, ModuleState> s = u.moduleStates();
    return new PolicyDto(
        null,
        null,
        u.name(),
        u.description(),
        module(s, SecurityModule.ANTI_MALWARE),
        module(s, SecurityModule.FIREWALL),
        module(s, SecurityModule.INTRUSION_PREVENTION),
        module(s, SecurityModule.INTEGRITY_MONITORING),
        module(s, SecurityModule.LOG_INSPECTION),
        module(s, SecurityModule.WEB_REPUTATION),
        module(s, SecurityModule.APPLICATION_CONTROL),
        module(s, SecurityModule.ACTIVITY_MONITORING),
        null,
        null,
        null);
  }

  /** A setting's string value as a boolean, or null when absent or not a boolean. */
  static Boolean flag(
      java.util.Map<String, io.dsm4j.rest.internal.dto.Dtos.SettingValue> settings, String name) {
    if (settings == null || settings.get(name) == null || settings.get(name).value() == null) {
      return null;
    }
    String v = settings.get(name).value().trim().toLowerCase(Locale.ROOT);
    return switch (v) {
      case "true", "yes", "on", "1" -> Boolean.TRUE;
      case "false", "no", "off", "0" -> Boolean.FALSE;
      default -> null;
    };
  }

  private static ModuleDto module(Map<SecurityModule, ModuleState> states, SecurityModule m) {
    ModuleState state = states.get(m);
    return state == null ? null : ModuleDto.ofState(wireState(m, state));
  }

  static Rule rule(RuleKind kind, RuleDto d) {
    boolean ips = kind == RuleKind.INTRUSION_PREVENTION;
    return new Rule(
        kind,
        d.id() == null ? 0 : d.id(),
        d.name(),
        d.description(),
        blankToNull(d.identifier()),
        d.severity() == null ? null : Severity.fromWire(d.severity()),
        ips ? d.cve() : List.of(),
        score(d.cvssScore()),
        ips ? (d.detectOnly() == null ? Boolean.FALSE : d.detectOnly()) : null,
        ips ? ref(d.applicationTypeId()) : null,
        instant(d.originalIssue()),
        instant(d.lastUpdated()),
        d.other() == null ? Fields.empty() : Fields.of(new java.util.TreeMap<>(d.other())));
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }

  /** CVSSScore is a string in the API; anything unparsable is treated as absent. */
  static Double score(String s) {
    if (s == null || s.isBlank()) {
      return null;
    }
    try {
      return Double.valueOf(s.trim());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  static List<Integer> ids(List<Integer> ids) {
    return ids == null ? List.of() : ids.stream().filter(i -> i != null).sorted().toList();
  }

  static Recommendations recommendations(RuleKind kind, AssignmentsDto d) {
    return new Recommendations(
        kind,
        scanStatus(d.recommendationScanStatus()),
        instant(d.lastRecommendationScanDate()),
        ids(d.recommendedToAssignRuleIds()),
        ids(d.recommendedToUnassignRuleIds()));
  }

  static ScanStatus scanStatus(String s) {
    if (s == null) {
      return ScanStatus.UNKNOWN;
    }
    return switch (s) {
      case "none" -> ScanStatus.NONE;
      case "valid" -> ScanStatus.VALID;
      case "out-of-date" -> ScanStatus.OUT_OF_DATE;
      default -> ScanStatus.UNKNOWN;
    };
  }
}
