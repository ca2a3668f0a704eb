package io.dsm4j.testkit.internal;

import io.dsm4j.model.ModuleState;
import io.dsm4j.model.RuleKind;
import io.dsm4j.model.SecurityModule;
import io.dsm4j.testkit.internal.Recs.PolicyRec;
import io.dsm4j.testkit.internal.SoapFault.Kind;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** The SOAP {@code SecurityProfileTransport} of a policy, and {@code securityProfileSave}. */
final class PolicySoap {
  private PolicySoap() {}

  static Map<String, Object> profile(Store s, PolicyRec p) {
    Map<String, Object> m = new HashMap<>();
    m.put("ID", p.id);
    m.put("description", p.description);
    m.put("name", p.name);
    m.put("DPIRuleIDs", List.copyOf(p.direct.get(RuleKind.INTRUSION_PREVENTION)));
    m.put(
        "DPIState",
        Names.soapState(
            SecurityModule.INTRUSION_PREVENTION, own(p, SecurityModule.INTRUSION_PREVENTION)));
    boolean child = p.parentId != null;
    m.put("antiMalwareManualInherit", child);
    m.put("antiMalwareRealTimeInherit", child);
    m.put("antiMalwareScheduledInherit", child);
    m.put(
        "antiMalwareState",
        Names.soapState(SecurityModule.ANTI_MALWARE, own(p, SecurityModule.ANTI_MALWARE)));
    m.put(
        "applicationTypeIDs",
        List.copyOf(
            PolicyTree.appTypesFor(
                s,
                p.direct.get(RuleKind.INTRUSION_PREVENTION),
                p.direct.get(RuleKind.APPLICATION_TYPE))));
    m.put("firewallRuleIDs", List.copyOf(p.direct.get(RuleKind.FIREWALL)));
    m.put(
        "firewallState", Names.soapState(SecurityModule.FIREWALL, own(p, SecurityModule.FIREWALL)));
    m.put("integrityRuleIDs", List.copyOf(p.direct.get(RuleKind.INTEGRITY_MONITORING)));
    m.put(
        "integrityState",
        Names.soapState(
            SecurityModule.INTEGRITY_MONITORING, own(p, SecurityModule.INTEGRITY_MONITORING)));
    m.put("logInspectionRuleIDs", List.copyOf(p.direct.get(RuleKind.LOG_INSPECTION)));
    m.put(
        "logInspectionState",
        Names.soapState(SecurityModule.LOG_INSPECTION, own(p, SecurityModule.LOG_INSPECTION)));
    m.put("parentSecurityProfileID", p.parentId);
    m.put("recommendationState", p.recommendationScanMode.equals("ongoing") ? "ONGOING" : "OFF");
    return m;
  }

  private static ModuleState own(PolicyRec p, SecurityModule m) {
    return p.states.getOrDefault(m, ModuleState.INHERITED);
  }

  /** Creates (no ID) or replaces (ID) a policy from a SecurityProfileTransport. */
  static PolicyRec save(Store s, XNode sp) {
    Integer id = sp.integer("ID");
    String name = sp.str("name");
    PolicyRec existing = id == null ? null : s.policies.get(id);
    if (id != null && existing == null) {
      throw new SoapFault(Kind.VALIDATION, "Security profile " + id + " does not exist.");
    }
    if (name == null || name.isBlank()) {
      throw new SoapFault(Kind.VALIDATION, "The security profile name is required.");
    }
    PolicyRec clash = s.policies.byName(name);
    if (clash != null && clash != existing) {
      throw new SoapFault(
          Kind.INTEGRITY, "A security profile named '" + name + "' already exists.");
    }
    Integer parent = sp.integer("parentSecurityProfileID");
    if (parent != null) {
      if (s.policies.get(parent) == null) {
        throw new SoapFault(
            Kind.VALIDATION, "Parent security profile " + parent + " does not exist.");
      }
      if (existing != null && PolicyTree.isSelfOrDescendant(s, existing.id, parent)) {
        throw new SoapFault(Kind.VALIDATION, "A security profile cannot be its own ancestor.");
      }
    }
    Map<RuleKind, List<Integer>> arrays = new LinkedHashMap<>();
    arrays.put(
        RuleKind.INTRUSION_PREVENTION, ids(s, sp, "DPIRuleIDs", RuleKind.INTRUSION_PREVENTION));
    arrays.put(
        RuleKind.APPLICATION_TYPE, ids(s, sp, "applicationTypeIDs", RuleKind.APPLICATION_TYPE));
    arrays.put(RuleKind.FIREWALL, ids(s, sp, "firewallRuleIDs", RuleKind.FIREWALL));
    arrays.put(
        RuleKind.INTEGRITY_MONITORING,
        ids(s, sp, "integrityRuleIDs", RuleKind.INTEGRITY_MONITORING));
    arrays.put(
        RuleKind.LOG_INSPECTION, ids(s, sp, "logInspectionRuleIDs", RuleKind.LOG_INSPECTION));
    Map<SecurityModule, ModuleState> states = new LinkedHashMap<>();
    state(sp, "DPIState", SecurityModule.INTRUSION_PREVENTION, states);
    state(sp, "antiMalwareState", SecurityModule.ANTI_MALWARE, states);
    state(sp, "firewallState", SecurityModule.FIREWALL, states);
    state(sp, "integrityState", SecurityModule.INTEGRITY_MONITORING, states);
    state(sp, "logInspectionState", SecurityModule.LOG_INSPECTION, states);
    String rec = sp.str("recommendationState");
    if (rec != null && !rec.equals("OFF") && !rec.equals("ONGOING")) {
      throw new SoapFault(Kind.VALIDATION, "Invalid recommendationState " + rec + ".");
    }
    PolicyRec p = existing != null ? existing : PolicyTree.create(s, name, parent);
    p.name = name;
    p.parentId = parent;
    String d = sp.str("description");
    p.description = d == null ? "" : d;
    for (SecurityModule m : SecurityModule.values()) {
      if (m.extended()) {
        continue; // not in the SOAP transport: a save keeps what the policy has
      }
      ModuleState st = states.getOrDefault(m, ModuleState.INHERITED);
      p.states.put(m, st == ModuleState.INHERITED && parent == null ? ModuleState.OFF : st);
    }
    TreeSet<Integer> derivedApps =
        PolicyTree.appTypesFor(
            s, new TreeSet<>(arrays.get(RuleKind.INTRUSION_PREVENTION)), new TreeSet<>());
    arrays.forEach(
        (k, list) -> {
          TreeSet<Integer> set = p.direct.get(k);
          set.clear();
          set.addAll(list);
          if (k == RuleKind.APPLICATION_TYPE) {
            // Application types that merely follow from assigned rules are not stored as direct.
            set.removeAll(derivedApps);
          }
        });
    p.recommendationScanMode = "ONGOING".equals(rec) ? "ongoing" : "off";
    return p;
  }

  private static List<Integer> ids(Store s, XNode sp, String element, RuleKind kind) {
    List<Integer> list = sp.intArray(element);
    if (list == null) {
      return List.of();
    }
    List<Integer> bad = PolicyTree.unknownRules(s, kind, list);
    if (!bad.isEmpty()) {
      throw new SoapFault(Kind.VALIDATION, element + " contains unknown IDs " + bad + ".");
    }
    return list;
  }

  private static void state(
      XNode sp, String element, SecurityModule m, Map<SecurityModule, ModuleState> out) {
    String v = sp.str(element);
    if (v == null) {
      return;
    }
    ModuleState st = Names.parseSoapState(m, v);
    if (st == null) {
      throw new SoapFault(Kind.VALIDATION, "Invalid " + element + " " + v + ".");
    }
    out.put(m, st);
  }
}
