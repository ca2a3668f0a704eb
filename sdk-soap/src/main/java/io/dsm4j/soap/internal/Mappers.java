package io.dsm4j.soap.internal;

import io.dsm4j.Backend;
import io.dsm4j.exception.UnsupportedCapabilityException;
import io.dsm4j.model.AppliedState;
import io.dsm4j.model.ComputerGroup;
import io.dsm4j.model.ModuleState;
import io.dsm4j.model.Policy;
import io.dsm4j.model.Rule;
import io.dsm4j.model.RuleChanges;
import io.dsm4j.model.RuleKind;
import io.dsm4j.model.SecurityModule;
import io.dsm4j.model.SecurityUpdate;
import io.dsm4j.model.SecurityUpdateResult;
import io.dsm4j.model.Severity;
import io.dsm4j.soap.internal.WsdlEnums.DPIRuleSeverity;
import io.dsm4j.soap.internal.WsdlEnums.IntegrityRuleSeverity;
import io.dsm4j.soap.internal.WsdlEnums.SecurityProfileAntiMalwareState;
import io.dsm4j.soap.internal.WsdlEnums.SecurityProfileDPIState;
import io.dsm4j.soap.internal.WsdlEnums.SecurityProfileFirewallState;
import io.dsm4j.soap.internal.WsdlEnums.SecurityProfileIntegrityState;
import io.dsm4j.soap.internal.WsdlEnums.SecurityProfileLogInspectionState;
import io.dsm4j.soap.internal.WsdlEnums.SecurityUpdateAppliedState;
import io.dsm4j.soap.internal.generated.ApplicationTypeTransport;
import io.dsm4j.soap.internal.generated.ApplierInformationTransport;
import io.dsm4j.soap.internal.generated.ArrayOfXsdInt;
import io.dsm4j.soap.internal.generated.DPIRuleTransport;
import io.dsm4j.soap.internal.generated.FirewallRuleTransport;
import io.dsm4j.soap.internal.generated.HostGroupTransport;
import io.dsm4j.soap.internal.generated.IntegrityRuleTransport;
import io.dsm4j.soap.internal.generated.LogInspectionRuleTransport;
import io.dsm4j.soap.internal.generated.SecurityProfileTransport;
import io.dsm4j.soap.internal.generated.SecurityUpdateTransport;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TimeZone;
import java.util.TreeSet;
import javax.xml.datatype.DatatypeConfigurationException;
import javax.xml.datatype.DatatypeConstants;
import javax.xml.datatype.DatatypeFactory;
import javax.xml.datatype.XMLGregorianCalendar;

/**
 * Hand-written translations between the SOAP transports and dsm4j's model. Every nillable field may
 * be null, and the WSDL's enumerated types are plain strings that may hold a literal the WSDL does
 * not list (read with {@link WsdlEnums#parse}: such a literal counts as null), so nothing here
 * assumes a value is present.
 */
final class Mappers {
  private Mappers() {}

  // ---------------------------------------------------------------- primitives

  private static final class Datatypes {
    static final DatatypeFactory FACTORY;

    static {
      try {
        FACTORY = DatatypeFactory.newInstance();
      } catch (DatatypeConfigurationException e) {
        throw new IllegalStateException("no javax.xml.datatype implementation", e);
      }
    }
  }

  /** A manager time as an instant; a time without a zone is taken as UTC (Axis sends UTC). */
  static Instant instant(XMLGregorianCalendar x) {
    if (x == null) {
      return null;
    }
    XMLGregorianCalendar c = x;
    if (c.getTimezone() == DatatypeConstants.FIELD_UNDEFINED) {
      c = (XMLGregorianCalendar) x.clone();
      c.setTimezone(0);
    }
    return c.toGregorianCalendar().toInstant();
  }

  /** An instant as an {@code xsd:dateTime} in UTC, with milliseconds. */
  static XMLGregorianCalendar xml(Instant instant) {
    GregorianCalendar c = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
    c.setTimeInMillis(instant.toEpochMilli());
    return Datatypes.FACTORY.newXMLGregorianCalendar(c);
  }

  /** The items of an Axis int array; nil array or nil items are left out. */
  static List<Integer> ints(ArrayOfXsdInt array) {
    if (array == null) {
      return List.of();
    }
    return array.getItem().stream().filter(Objects::nonNull).toList();
  }

  /** Sorted, without duplicates or nils. */
  static List<Integer> sortedIds(List<Integer> ids) {
    if (ids == null) {
      return List.of();
    }
    TreeSet<Integer> set = new TreeSet<>();
    for (Integer i : ids) {
      if (i != null) {
        set.add(i);
      }
    }
    return List.copyOf(set);
  }

  static ArrayOfXsdInt intArray(Iterable<Integer> ids) {
    ArrayOfXsdInt a = new ArrayOfXsdInt();
    for (Integer i : ids) {
      a.getItem().add(i);
    }
    return a;
  }

  /** A comma-separated list ("CVE-1, CVE-2") as its trimmed, non-empty parts. */
  static List<String> commaList(String s) {
    if (s == null || s.isBlank()) {
      return List.of();
    }
    return Arrays.stream(s.split(",")).map(String::trim).filter(t -> !t.isEmpty()).toList();
  }

  /** A newline-separated list (IP list items) as its trimmed, non-empty lines. */
  static List<String> lines(String s) {
    if (s == null || s.isBlank()) {
      return List.of();
    }
    return s.lines().map(String::trim).filter(t -> !t.isEmpty()).toList();
  }

  // ---------------------------------------------------------------- policies

  /**
   * @return the policy, or null when the transport has no ID (the manager's "nothing" answer)
   */
  static Policy policy(SecurityProfileTransport t) {
    if (t == null || t.getID() == null) {
      return null;
    }
    Map<SecurityModule, ModuleState> states = new EnumMap<>(SecurityModule.class);
    states.put(
        SecurityModule.ANTI_MALWARE,
        simpleState(
            WsdlEnums.known(SecurityProfileAntiMalwareState.class, t.getAntiMalwareState())));
    states.put(
        SecurityModule.FIREWALL,
        simpleState(WsdlEnums.known(SecurityProfileFirewallState.class, t.getFirewallState())));
    states.put(SecurityModule.INTRUSION_PREVENTION, ipsState(t.getDPIState()));
    states.put(SecurityModule.INTEGRITY_MONITORING, integrityState(t.getIntegrityState()));
    states.put(
        SecurityModule.LOG_INSPECTION,
        simpleState(
            WsdlEnums.known(SecurityProfileLogInspectionState.class, t.getLogInspectionState())));
    return TransportFields.withExtra(
        new Policy(
            t.getID(), nz(t.getName()), t.getDescription(), t.getParentSecurityProfileID(), states),
        t);
  }

  private static ModuleState simpleState(String wire) {
    if (wire == null) {
      return ModuleState.UNKNOWN;
    }
    return switch (wire) {
      case "ON" -> ModuleState.ON;
      case "OFF" -> ModuleState.OFF;
      case "INHERITED" -> ModuleState.INHERITED;
      default -> ModuleState.UNKNOWN;
    };
  }

  static ModuleState ipsState(String wire) {
    SecurityProfileDPIState s = WsdlEnums.parse(SecurityProfileDPIState.class, wire);
    if (s == null) {
      return ModuleState.UNKNOWN;
    }
    return switch (s) {
      case ON -> ModuleState.ON;
      case OFF -> ModuleState.OFF;
      case PASSIVE -> ModuleState.DETECT;
      case INHERITED -> ModuleState.INHERITED;
    };
  }

  static ModuleState integrityState(String wire) {
    SecurityProfileIntegrityState s = WsdlEnums.parse(SecurityProfileIntegrityState.class, wire);
    if (s == null) {
      return ModuleState.UNKNOWN;
    }
    return switch (s) {
      case REALTIME -> ModuleState.REAL_TIME;
      case ON -> ModuleState.ON;
      case OFF -> ModuleState.OFF;
      case INHERITED -> ModuleState.INHERITED;
    };
  }

  /**
   * Refuses, before any request, states {@code SecurityProfileTransport} has no field for (the core
   * routes them to a backend declaring {@code EXTENDED_MODULE_STATES}; this is the SPI's own
   * guard).
   */
  static void refuseExtendedStates(Map<SecurityModule, ModuleState> states, String op) {
    for (SecurityModule m : states.keySet()) {
      if (m.extended()) {
        throw new UnsupportedCapabilityException(
            "the " + m + " state is not supported by the SOAP API", op, Backend.SOAP);
      }
    }
  }

  /** Sets one module's state on a transport; the core has already checked the combination. */
  static void setState(SecurityProfileTransport t, SecurityModule module, ModuleState state) {
    switch (module) {
      case INTRUSION_PREVENTION -> {
        SecurityProfileDPIState s =
            switch (state) {
              case ON -> SecurityProfileDPIState.ON;
              case OFF -> SecurityProfileDPIState.OFF;
              case DETECT -> SecurityProfileDPIState.PASSIVE;
              case INHERITED -> SecurityProfileDPIState.INHERITED;
              default -> throw invalid(module, state);
            };
        t.setDPIState(s.name());
      }
      case INTEGRITY_MONITORING -> {
        SecurityProfileIntegrityState s =
            switch (state) {
              case REAL_TIME -> SecurityProfileIntegrityState.REALTIME;
              case ON -> SecurityProfileIntegrityState.ON;
              case OFF -> SecurityProfileIntegrityState.OFF;
              case INHERITED -> SecurityProfileIntegrityState.INHERITED;
              default -> throw invalid(module, state);
            };
        t.setIntegrityState(s.name());
      }
      case ANTI_MALWARE ->
          t.setAntiMalwareState(
              simpleWire(SecurityProfileAntiMalwareState.class, module, state).name());
      case FIREWALL ->
          t.setFirewallState(simpleWire(SecurityProfileFirewallState.class, module, state).name());
      case LOG_INSPECTION ->
          t.setLogInspectionState(
              simpleWire(SecurityProfileLogInspectionState.class, module, state).name());
      // SecurityProfileTransport has no state for these; the core routes them elsewhere.
      case WEB_REPUTATION, APPLICATION_CONTROL, ACTIVITY_MONITORING ->
          throw new UnsupportedCapabilityException(
              "the " + module + " state is not supported by the SOAP API",
              "policies.update",
              Backend.SOAP);
    }
  }

  /** ON, OFF or INHERITED as the constant of a module's state type of the same name. */
  private static <E extends Enum<E>> E simpleWire(
      Class<E> type, SecurityModule module, ModuleState state) {
    return switch (state) {
      case ON, OFF, INHERITED -> Enum.valueOf(type, state.name());
      default -> throw invalid(module, state);
    };
  }

  private static IllegalArgumentException invalid(SecurityModule module, ModuleState state) {
    return new IllegalArgumentException("module " + module + " cannot be set to state " + state);
  }

  /** The policy's own rule-ID list of a kind (the live JAXB object; created when nil). */
  static ArrayOfXsdInt ruleIds(SecurityProfileTransport t, RuleKind kind) {
    ArrayOfXsdInt a =
        switch (kind) {
          case INTRUSION_PREVENTION -> t.getDPIRuleIDs();
          case FIREWALL -> t.getFirewallRuleIDs();
          case INTEGRITY_MONITORING -> t.getIntegrityRuleIDs();
          case LOG_INSPECTION -> t.getLogInspectionRuleIDs();
          case APPLICATION_TYPE -> t.getApplicationTypeIDs();
        };
    return a;
  }

  static void setRuleIds(SecurityProfileTransport t, RuleKind kind, ArrayOfXsdInt ids) {
    switch (kind) {
      case INTRUSION_PREVENTION -> t.setDPIRuleIDs(ids);
      case FIREWALL -> t.setFirewallRuleIDs(ids);
      case INTEGRITY_MONITORING -> t.setIntegrityRuleIDs(ids);
      case LOG_INSPECTION -> t.setLogInspectionRuleIDs(ids);
      case APPLICATION_TYPE -> t.setApplicationTypeIDs(ids);
    }
  }

  /** The SOAP rule-type number of the recommendation operations. */
  static int ruleType(RuleKind kind) {
    return switch (kind) {
      case APPLICATION_TYPE -> 1;
      case INTRUSION_PREVENTION -> 2;
      case FIREWALL -> 3;
      case INTEGRITY_MONITORING -> 4;
      case LOG_INSPECTION -> 5;
    };
  }

  // ---------------------------------------------------------------- rules

  static Rule ipsRule(DPIRuleTransport t) {
    if (t == null || t.getID() == null) {
      return null;
    }
    return TransportFields.withExtra(
        new Rule(
            RuleKind.INTRUSION_PREVENTION,
            t.getID(),
            t.getName(),
            t.getDescription(),
            t.getIdentifier(),
            Severity.fromWire(WsdlEnums.known(DPIRuleSeverity.class, t.getSeverity())),
            commaList(t.getCveNumbers()),
            t.getCvssScore(),
            t.isDetectOnly(),
            t.getApplicationTypeID(),
            instant(t.getIssued()),
            null),
        t);
  }

  static Rule firewallRule(FirewallRuleTransport t) {
    if (t == null || t.getID() == null) {
      return null;
    }
    return TransportFields.withExtra(
        plainRule(RuleKind.FIREWALL, t.getID(), t.getName(), t.getDescription(), null, null, null),
        t);
  }

  static Rule integrityRule(IntegrityRuleTransport t) {
    if (t == null || t.getID() == null) {
      return null;
    }
    return TransportFields.withExtra(
        plainRule(
            RuleKind.INTEGRITY_MONITORING,
            t.getID(),
            t.getName(),
            t.getDescription(),
            t.getIdentifier(),
            Severity.fromWire(WsdlEnums.known(IntegrityRuleSeverity.class, t.getSeverity())),
            instant(t.getIssued())),
        t);
  }

  static Rule logInspectionRule(LogInspectionRuleTransport t) {
    if (t == null || t.getID() == null) {
      return null;
    }
    return TransportFields.withExtra(
        plainRule(
            RuleKind.LOG_INSPECTION,
            t.getID(),
            t.getName(),
            t.getDescription(),
            t.getIdentifier(),
            null,
            instant(t.getIssued())),
        t);
  }

  static Rule applicationType(ApplicationTypeTransport t) {
    if (t == null || t.getID() == null) {
      return null;
    }
    return TransportFields.withExtra(
        plainRule(
            RuleKind.APPLICATION_TYPE,
            t.getID(),
            t.getName(),
            t.getDescription(),
            null,
            null,
            null),
        t);
  }

  /** A rule of a kind without the IPS-only fields (CVEs, CVSS, detect-only, application type). */
  private static Rule plainRule(
      RuleKind kind,
      int id,
      String name,
      String description,
      String identifier,
      Severity severity,
      Instant issued) {
    // SOAP rules carry no last-updated time.
    return new Rule(
        kind,
        id,
        name,
        description,
        identifier,
        severity,
        List.of(),
        null,
        null,
        null,
        issued,
        null);
  }

  // ---------------------------------------------------------------- lists, groups, updates

  static ComputerGroup computerGroup(HostGroupTransport t) {
    if (t == null || t.getID() == null) {
      return null;
    }
    return new ComputerGroup(t.getID(), t.getName(), t.getDescription(), t.getParentGroupID());
  }

  static SecurityUpdate securityUpdate(SecurityUpdateTransport t) {
    if (t == null || t.getID() == null) {
      return null;
    }
    SecurityUpdateAppliedState applied =
        WsdlEnums.parse(SecurityUpdateAppliedState.class, t.getAppliedState());
    AppliedState state =
        applied == null
            ? AppliedState.UNKNOWN
            : switch (applied) {
              case APPLIED -> AppliedState.APPLIED;
              case APPLIED_CURRENT -> AppliedState.APPLIED_CURRENT;
              case NOT_APPLIED -> AppliedState.NOT_APPLIED;
            };
    return new SecurityUpdate(
        t.getID(),
        t.getName(),
        instant(t.getReleased()),
        instant(t.getDownloaded()),
        t.getContentSummary(),
        state,
        t.isDetectOnly());
  }

  static SecurityUpdateResult updateResult(int updateId, ApplierInformationTransport t) {
    Map<RuleKind, RuleChanges> changes = new EnumMap<>(RuleKind.class);
    changes.put(
        RuleKind.INTRUSION_PREVENTION,
        new RuleChanges(t.getDPIRulesAdded(), t.getDPIRulesUpdated(), t.getDPIRulesDeleted()));
    changes.put(
        RuleKind.APPLICATION_TYPE,
        new RuleChanges(
            t.getApplicationTypesAdded(),
            t.getApplicationTypesUpdated(),
            t.getApplicationTypesDeleted()));
    changes.put(
        RuleKind.INTEGRITY_MONITORING,
        new RuleChanges(
            t.getIntegrityMonitoringRulesAdded(),
            t.getIntegrityMonitoringRulesUpdated(),
            t.getIntegrityMonitoringRulesDeleted()));
    changes.put(
        RuleKind.LOG_INSPECTION,
        new RuleChanges(
            t.getLogInspectionRulesAdded(),
            t.getLogInspectionRulesUpdated(),
            t.getLogInspectionRulesDeleted()));
    return new SecurityUpdateResult(
        updateId, changes, t.getDPIRulesAddedAndAssigned(), t.getDetailedSummary());
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }
}
