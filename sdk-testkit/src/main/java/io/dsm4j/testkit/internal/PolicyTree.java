package io.dsm4j.testkit.internal;

import io.dsm4j.model.ModuleState;
import io.dsm4j.model.Policy;
import io.dsm4j.model.RuleKind;
import io.dsm4j.model.SecurityModule;
import io.dsm4j.testkit.internal.Recs.ComputerRec;
import io.dsm4j.testkit.internal.Recs.PolicyRec;
import io.dsm4j.testkit.internal.Recs.RuleRec;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.TreeSet;

/** Policy inheritance shared by both protocols: creation, ancestry, effective rules and states. */
final class PolicyTree {
  private PolicyTree() {}

  static PolicyRec create(Store s, String name, Integer parentId) {
    PolicyRec p = new PolicyRec();
    p.id = s.policies.allocateId();
    p.name = name;
    p.parentId = parentId;
    for (SecurityModule m : SecurityModule.values()) {
      p.states.put(m, parentId == null ? ModuleState.OFF : ModuleState.INHERITED);
    }
    s.policies.put(p);
    return p;
  }

  /** True when {@code candidate} is {@code policyId} or one of its descendants. */
  static boolean isSelfOrDescendant(Store s, int policyId, Integer candidate) {
    Integer c = candidate;
    int guard = 0;
    while (c != null && guard++ < 10_000) {
      if (c == policyId) {
        return true;
      }
      PolicyRec p = s.policies.get(c);
      c = p == null ? null : p.parentId;
    }
    return false;
  }

  /** Rules of a kind in effect on the policy: its own and those of its ancestors. */
  static TreeSet<Integer> effective(Store s, int policyId, RuleKind kind) {
    TreeSet<Integer> out = new TreeSet<>();
    PolicyRec p = s.policies.get(policyId);
    int guard = 0;
    while (p != null && guard++ < 10_000) {
      out.addAll(p.direct.get(kind));
      p = p.parentId == null ? null : s.policies.get(p.parentId);
    }
    return out;
  }

  static ModuleState effectiveState(Store s, int policyId, SecurityModule m) {
    PolicyRec p = s.policies.get(policyId);
    int guard = 0;
    while (p != null && guard++ < 10_000) {
      ModuleState st = p.states.getOrDefault(m, ModuleState.INHERITED);
      if (st != ModuleState.INHERITED) {
        return st;
      }
      p = p.parentId == null ? null : s.policies.get(p.parentId);
    }
    return ModuleState.OFF;
  }

  /** Application types of the assigned IPS rules plus any assigned directly. */
  static TreeSet<Integer> appTypesFor(
      Store s, TreeSet<Integer> ipsRuleIds, TreeSet<Integer> directAppTypes) {
    TreeSet<Integer> out = new TreeSet<>(directAppTypes);
    Table<RuleRec> ips = s.catalog(RuleKind.INTRUSION_PREVENTION);
    for (Integer id : ipsRuleIds) {
      RuleRec r = ips.get(id);
      if (r != null && r.appTypeId != null) {
        out.add(r.appTypeId);
      }
    }
    return out;
  }

  /** IDs in {@code ids} that are not rules of {@code kind}; empty when all exist. */
  static List<Integer> unknownRules(Store s, RuleKind kind, List<Integer> ids) {
    List<Integer> bad = new ArrayList<>();
    for (Integer id : ids) {
      if (id == null || !s.catalog(kind).contains(id)) {
        bad.add(id);
      }
    }
    return bad;
  }

  /** Whether computers or child policies use the policy (then it cannot be deleted). */
  static boolean inUse(Store s, int id) {
    for (ComputerRec c : s.computers.values()) {
      if (c.policyId != null && c.policyId == id) {
        return true;
      }
    }
    for (PolicyRec p : s.policies.values()) {
      if (p.parentId != null && p.parentId == id) {
        return true;
      }
    }
    return false;
  }

  static List<ComputerRec> computersUsing(Store s, int policyId) {
    List<ComputerRec> out = new ArrayList<>();
    for (ComputerRec c : s.computers.values()) {
      if (c.policyId != null && c.policyId == policyId) {
        out.add(c);
      }
    }
    return out;
  }

  static Policy toPolicy(PolicyRec p) {
    return new Policy(p.id, p.name, p.description, p.parentId, new EnumMap<>(p.states));
  }
}
