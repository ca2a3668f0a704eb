package io.dsm4j.cli;

import io.dsm4j.Manager;
import io.dsm4j.exception.NotFoundException;
import io.dsm4j.model.Policy;
import io.dsm4j.model.Rule;
import io.dsm4j.model.RuleKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A policy's assigned rules as people read them: each rule's identifier and name next to its ID,
 * and for the rules in effect, which policy each one comes from.
 */
final class AssignedRules {
  /** Up to this many rules are read one by one; more, and the catalog is listed once. */
  private static final int READ_EACH_UP_TO = 20;

  private AssignedRules() {}

  /** The direct assignments. */
  static void print(Manager m, Output out, Policy p, RuleKind kind, List<Integer> ids) {
    Map<Integer, Rule> rules = details(m, kind, ids);
    List<Map<String, Object>> rows = new ArrayList<>();
    for (int id : new TreeSet<>(ids)) {
      Map<String, Object> row = row(p, kind, "direct", id, rules.get(id));
      rows.add(row);
    }
    out.rows(new String[] {"id", "identifier", "name"}, rows);
  }

  /** The rules in effect; each names the policy that assigns it (itself, or an ancestor). */
  static void printEffective(Manager m, Output out, Policy p, RuleKind kind, List<Integer> ids) {
    Map<Integer, Policy> origin = origins(m, p, kind);
    Map<Integer, Rule> rules = details(m, kind, ids);
    List<Map<String, Object>> rows = new ArrayList<>();
    for (int id : new TreeSet<>(ids)) {
      Map<String, Object> row = row(p, kind, "effective", id, rules.get(id));
      Policy from = origin.get(id);
      row.put("inherited", from == null || from.id() != p.id());
      row.put("fromPolicyId", from == null ? null : from.id());
      row.put("fromPolicyName", from == null ? null : from.name());
      rows.add(row);
    }
    out.rows(
        new String[] {"id", "identifier", "inherited", "fromPolicyId", "fromPolicyName", "name"},
        rows);
  }

  private static Map<String, Object> row(Policy p, RuleKind kind, String scope, int id, Rule rule) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("policyId", p.id());
    row.put("kind", kind);
    row.put("scope", scope);
    row.put("id", id);
    row.put("identifier", rule == null ? null : rule.identifier());
    row.put("name", rule == null ? null : rule.name());
    return row;
  }

  /**
   * Which policy of the chain (the policy first, then its ancestors) assigns each rule directly.
   * The parent IDs are the manager's data: one that cannot be a policy is a failure, not a usage
   * error.
   */
  private static Map<Integer, Policy> origins(Manager m, Policy policy, RuleKind kind) {
    Map<Integer, Policy> origin = new HashMap<>();
    Set<Integer> seen = new HashSet<>();
    Policy current = policy;
    while (current != null && seen.add(current.id())) {
      if (seen.size() > 64) {
        throw new Dsm4j.Failure(
            "the manager's policy tree above policy " + policy.id() + " is deeper than 64");
      }
      for (int rule : m.policies().assignments(kind).direct(current.id())) {
        origin.putIfAbsent(rule, current);
      }
      Integer parent = current.parentId();
      if (parent == null) {
        break;
      }
      if (parent <= 0) {
        throw new Dsm4j.Failure(
            "the manager's answer for policy "
                + current.id()
                + " names an invalid parent ID ("
                + parent
                + ")");
      }
      current = m.policies().get(parent);
      if (current.id() != parent) {
        current =
            new Policy(
                parent,
                current.name(),
                current.description(),
                current.parentId(),
                current.moduleStates());
      }
    }
    return origin;
  }

  /** The rules' details; a rule the catalog no longer has is shown with its ID only. */
  static Map<Integer, Rule> details(Manager m, RuleKind kind, List<Integer> ids) {
    Map<Integer, Rule> rules = new HashMap<>();
    Set<Integer> wanted = new HashSet<>(ids);
    if (wanted.size() <= READ_EACH_UP_TO) {
      for (int id : wanted) {
        if (id <= 0) {
          continue; // the manager's data; shown as it is
        }
        try {
          rules.put(id, m.rules().of(kind).get(id));
        } catch (NotFoundException gone) {
          // assigned but no longer in the catalog: show the ID alone
        }
      }
      return rules;
    }
    for (Rule r : m.rules().of(kind).list()) {
      if (wanted.contains(r.id())) {
        rules.put(r.id(), r);
      }
    }
    return rules;
  }
}
