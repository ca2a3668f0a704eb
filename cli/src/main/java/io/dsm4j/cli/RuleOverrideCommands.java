package io.dsm4j.cli;

import io.dsm4j.Manager;
import io.dsm4j.RuleAssignments;
import io.dsm4j.RuleOverrides;
import io.dsm4j.model.Computer;
import io.dsm4j.model.Rule;
import io.dsm4j.model.RuleKind;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Rule overrides on a policy or a computer ({@code policies|computers rules override|get}) and a
 * computer's own rule assignments ({@code computers rules list|assign|unassign}).
 */
final class RuleOverrideCommands {
  static final String[] RULE_COLUMNS = {
    "id", "identifier", "severity", "name", "detectOnly", "overrides"
  };

  private RuleOverrideCommands() {}

  /** What a rule command acts on: a policy or a computer, and a kind. */
  abstract static class OnHolder extends Base {
    @Parameters(
        index = "0",
        paramLabel = "TARGET",
        description = "The policy or computer (ID or exact name).")
    String target;

    @Option(
        names = "--kind",
        required = true,
        paramLabel = "KIND",
        description = "The rule kind: " + HelpSupport.KIND_VALUES + ".")
    String kind;

    abstract boolean computer();

    int targetId(Manager m) {
      return computer() ? Base.computer(m, target).id() : Base.policy(m, target).id();
    }

    RuleOverrides overrides(Manager m, RuleKind k) {
      return computer() ? m.computers().ruleOverrides(k) : m.policies().ruleOverrides(k);
    }

    /** The rule in effect there, with the fields overridden there. */
    void print(Output out, RuleOverrides ov, int targetId, Rule r) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put(computer() ? "computerId" : "policyId", targetId);
      row.put("id", r.id());
      row.put("identifier", r.identifier());
      row.put("severity", r.severity());
      row.put("name", r.name());
      row.put("detectOnly", r.detectOnly());
      row.put("overrides", new java.util.TreeMap<>(ov.overrides(targetId, r.id()).asMap()));
      out.rows(
          new String[] {
            computer() ? "computerId" : "policyId",
            "id",
            "identifier",
            "severity",
            "name",
            "detectOnly",
            "overrides"
          },
          List.of(row));
    }
  }

  /** Exactly one of --file and --reset. */
  static final class OverrideInput {
    @Option(
        names = "--file",
        paramLabel = "CHANGES.json",
        description =
            "The fields to override, as `rules get --output json` prints them (id and read-only fields ignored).")
    Path file;

    @Option(names = "--reset", description = "Remove every override of the rule there.")
    boolean reset;
  }

  abstract static class OverrideRule extends OnHolder {
    @Parameters(index = "1", paramLabel = "RULE_ID", description = "The rule (ID or exact name).")
    String rule;

    @ArgGroup(exclusive = true, multiplicity = "1")
    OverrideInput input;

    @Override
    int run(Manager m, Output out) {
      RuleKind k = kind(kind);
      var changes = input.file == null ? null : RuleJsonInput.ruleUpdate(root(), input.file);
      int id = targetId(m);
      int ruleId = Resolver.rule(m, k, rule).id();
      RuleOverrides ov = overrides(m, k);
      Rule r = changes == null ? ov.reset(id, ruleId) : ov.override(id, ruleId, changes);
      print(out, ov, id, r);
      return 0;
    }
  }

  abstract static class GetRule extends OnHolder {
    @Parameters(index = "1", paramLabel = "RULE_ID", description = "The rule (ID or exact name).")
    String rule;

    @Override
    int run(Manager m, Output out) {
      RuleKind k = kind(kind);
      int id = targetId(m);
      int ruleId = Resolver.rule(m, k, rule).id();
      RuleOverrides ov = overrides(m, k);
      print(out, ov, id, ov.get(id, ruleId));
      return 0;
    }
  }

  @Command(
      name = "override",
      description =
          "Override a rule's fields on one policy (--file CHANGES.json), or remove its overrides there (--reset).")
  static final class PolicyOverride extends OverrideRule {
    @Override
    boolean computer() {
      return false;
    }
  }

  @Command(
      name = "get",
      description = "A rule as it is in effect on one policy, overrides applied.")
  static final class PolicyGet extends GetRule {
    @Override
    boolean computer() {
      return false;
    }
  }

  // ------------------------------------------------------------------ computers

  @Command(
      name = "rules",
      description = "A computer's own rules: list, assign, unassign, override, get.",
      subcommands = {
        ComputerList.class,
        ComputerAssign.class,
        ComputerUnassign.class,
        ComputerOverride.class,
        ComputerGet.class
      })
  static final class ComputerRules {}

  @Command(
      name = "list",
      description =
          "The rules assigned to a computer itself (with --effective: every rule in effect, its policy's included).")
  static final class ComputerList extends OnHolder {
    @Option(
        names = "--effective",
        description =
            "Every rule in effect; those not assigned on the computer itself are marked inherited.")
    boolean effective;

    @Override
    boolean computer() {
      return true;
    }

    @Override
    int run(Manager m, Output out) {
      RuleKind k = kind(kind);
      Computer c = Base.computer(m, target);
      RuleAssignments a = m.computers().assignments(k);
      List<Integer> direct = a.direct(c.id());
      List<Integer> ids = effective ? a.effective(c.id()) : direct;
      rows(m, out, c.id(), k, ids, effective ? new HashSet<>(direct) : null);
      return 0;
    }
  }

  /** The rows of a computer's rules; with {@code direct} given, each says whether inherited. */
  static void rows(
      Manager m, Output out, int computerId, RuleKind k, List<Integer> ids, Set<Integer> direct) {
    Map<Integer, Rule> rules = AssignedRules.details(m, k, ids);
    List<Map<String, Object>> rows = new ArrayList<>();
    for (int id : new TreeSet<>(ids)) {
      Rule r = rules.get(id);
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("computerId", computerId);
      row.put("kind", k);
      row.put("id", id);
      row.put("identifier", r == null ? null : r.identifier());
      if (direct != null) {
        row.put("inherited", !direct.contains(id));
      }
      row.put("name", r == null ? null : r.name());
      rows.add(row);
    }
    out.rows(
        direct == null
            ? new String[] {"id", "identifier", "name"}
            : new String[] {"id", "identifier", "inherited", "name"},
        rows);
  }

  abstract static class ComputerChange extends OnHolder {
    @Parameters(
        index = "1..*",
        paramLabel = "RULE_ID",
        arity = "1..*",
        description = "The rules (IDs or exact names).")
    List<String> rules;

    @Override
    boolean computer() {
      return true;
    }

    abstract List<Integer> change(RuleAssignments a, int computerId, List<Integer> ids);

    @Override
    int run(Manager m, Output out) {
      RuleKind k = kind(kind);
      for (String r : rules) {
        Resolver.parse(r, "rule");
      }
      Computer c = Base.computer(m, target);
      Set<Integer> ids = new LinkedHashSet<>();
      for (String r : rules) {
        ids.add(Resolver.rule(m, k, r).id());
      }
      List<Integer> after = change(m.computers().assignments(k), c.id(), new ArrayList<>(ids));
      rows(m, out, c.id(), k, after, null);
      return 0;
    }
  }

  @Command(name = "assign", description = "Assign rules to a computer itself.")
  static final class ComputerAssign extends ComputerChange {
    @Override
    List<Integer> change(RuleAssignments a, int computerId, List<Integer> ids) {
      return a.assign(computerId, ids);
    }
  }

  @Command(name = "unassign", description = "Remove rules from a computer's own assignments.")
  static final class ComputerUnassign extends ComputerChange {
    @Override
    List<Integer> change(RuleAssignments a, int computerId, List<Integer> ids) {
      return a.unassign(computerId, ids);
    }
  }

  @Command(
      name = "override",
      description =
          "Override a rule's fields on one computer (--file CHANGES.json), or remove its overrides there (--reset).")
  static final class ComputerOverride extends OverrideRule {
    @Override
    boolean computer() {
      return true;
    }
  }

  @Command(
      name = "get",
      description = "A rule as it is in effect on one computer, overrides applied.")
  static final class ComputerGet extends GetRule {
    @Override
    boolean computer() {
      return true;
    }
  }
}
