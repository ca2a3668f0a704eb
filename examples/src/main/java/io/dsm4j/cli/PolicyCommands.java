package io.dsm4j.cli;

import io.dsm4j.Manager;
import io.dsm4j.RuleAssignments;
import io.dsm4j.model.Policy;
import io.dsm4j.model.PolicyDraft;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dsm4j policies …}. */
@Command(
    name = "policies",
    description = "List, show, create and delete policies; their rule assignments.",
    subcommands = {
      PolicyCommands.ListPolicies.class,
      PolicyCommands.Get.class,
      PolicyCommands.Create.class,
      PolicyCommands.Delete.class,
      PolicyCommands.Rules.class
    })
final class PolicyCommands {
  static final String[] COLUMNS = {"id", "name", "parentId", "description"};

  private PolicyCommands() {}

  @Command(name = "list", description = "List every policy.")
  static final class ListPolicies extends Base {
    @Override
    int run(Manager m, Output out) {
      out.records(m.policies().list().stream().toList(), COLUMNS);
      return 0;
    }
  }

  @Command(name = "get", description = "Show one policy (ID or exact name).")
  static final class Get extends Base {
    @Parameters(paramLabel = "POLICY")
    String policy;

    @Override
    int run(Manager m, Output out) {
      out.record(policy(m, policy), "id", "name", "parentId", "description", "moduleStates");
      return 0;
    }
  }

  @Command(name = "create", description = "Create a policy.")
  static final class Create extends Base {
    @Option(names = "--name", required = true)
    String name;

    @Option(names = "--parent", paramLabel = "POLICY")
    String parent;

    @Option(names = "--description")
    String description;

    @Override
    int run(Manager m, Output out) {
      PolicyDraft.Builder b = PolicyDraft.builder(name);
      if (parent != null) {
        b.parentId(policy(m, parent).id());
      }
      if (description != null) {
        b.description(description);
      }
      out.record(m.policies().create(b.build()), COLUMNS);
      return 0;
    }
  }

  @Command(name = "delete", description = "Delete a policy.")
  static final class Delete extends Base {
    @Parameters(paramLabel = "POLICY")
    String policy;

    @Override
    int run(Manager m, Output out) {
      Policy p = policy(m, policy);
      m.policies().delete(p.id());
      progress("deleted policy " + p.id() + " (" + p.name() + ")");
      return 0;
    }
  }

  @Command(
      name = "rules",
      description = "A policy's rule assignments.",
      subcommands = {RuleList.class, Assign.class, Unassign.class})
  static final class Rules {}

  static void printIds(Output out, Policy p, String kind, String scope, List<Integer> ids) {
    if (out.format() == Output.Format.JSON) {
      for (Integer id : ids) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("policyId", p.id());
        row.put("kind", kind);
        row.put("scope", scope);
        row.put("id", id);
        out.json(row);
      }
    } else {
      List<String[]> rows = new ArrayList<>();
      ids.forEach(id -> rows.add(new String[] {String.valueOf(id)}));
      out.table(new String[] {"ruleId"}, rows);
    }
  }

  @Command(
      name = "list",
      description = "Rule IDs assigned directly (or, with --effective, in effect).")
  static final class RuleList extends Base {
    @Parameters(paramLabel = "POLICY")
    String policy;

    @Option(names = "--kind", required = true)
    String kind;

    @Option(names = "--effective", description = "Include rules inherited from parent policies.")
    boolean effective;

    @Override
    int run(Manager m, Output out) {
      var k = kind(kind);
      Policy p = policy(m, policy);
      RuleAssignments a = m.policies().assignments(k);
      printIds(
          out,
          p,
          kindName(k),
          effective ? "effective" : "direct",
          effective ? a.effective(p.id()) : a.direct(p.id()));
      return 0;
    }
  }

  /** assign and unassign: a policy, a kind, rule IDs; prints the direct assignments after. */
  abstract static class Change extends Base {
    @Parameters(index = "0", paramLabel = "POLICY")
    String policy;

    @Parameters(index = "1..*", paramLabel = "RULE_ID", arity = "1..*")
    List<Integer> ruleIds;

    @Option(names = "--kind", required = true)
    String kind;

    abstract List<Integer> change(RuleAssignments assignments, int policyId, List<Integer> ids);

    @Override
    int run(Manager m, Output out) {
      var k = kind(kind);
      Policy p = policy(m, policy);
      printIds(out, p, kindName(k), "direct", change(m.policies().assignments(k), p.id(), ruleIds));
      return 0;
    }
  }

  @Command(name = "assign", description = "Assign rules to a policy directly.")
  static final class Assign extends Change {
    @Override
    List<Integer> change(RuleAssignments a, int policyId, List<Integer> ids) {
      return a.assign(policyId, ids);
    }
  }

  @Command(name = "unassign", description = "Remove rules from a policy's direct assignments.")
  static final class Unassign extends Change {
    @Override
    List<Integer> change(RuleAssignments a, int policyId, List<Integer> ids) {
      return a.unassign(policyId, ids);
    }
  }
}
