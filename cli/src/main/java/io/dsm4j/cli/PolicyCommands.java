package io.dsm4j.cli;

import io.dsm4j.Manager;
import io.dsm4j.RuleAssignments;
import io.dsm4j.model.Policy;
import io.dsm4j.model.PolicyDraft;
import io.dsm4j.model.RuleKind;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dsm4j policies …}. */
@Command(
    name = "policies",
    description =
        "List, show, create, update and delete policies; their rules and settings; policy as code"
            + " (export, apply).",
    subcommands = {
      PolicyCommands.ListPolicies.class,
      PolicyCommands.Get.class,
      PolicyCommands.Create.class,
      PolicyCommands.Delete.class,
      PolicyCodeCommands.Update.class,
      PolicyCodeCommands.Export.class,
      PolicyCodeCommands.Apply.class,
      PolicyCommands.Rules.class,
      SettingCommands.PolicySettings.class
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

  @Command(name = "get", description = "Show one policy.")
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
    @Option(names = "--name", required = true, description = "The new policy's name.")
    String name;

    @Option(
        names = "--parent",
        paramLabel = "POLICY",
        description = "The parent policy (ID or exact name); none: a top-level policy.")
    String parent;

    @Option(names = "--description", paramLabel = "TEXT", description = "A description.")
    String description;

    @Override
    int run(Manager m, Output out) {
      PolicyDraft.Builder b = Connector.usage("--name", () -> PolicyDraft.builder(name));
      if (description != null) {
        Connector.usage("--description", () -> b.description(description));
      }
      if (parent != null) {
        b.parentId(Resolver.policy(m, parent).id());
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
      description = "A policy's rules: list, assign, unassign, override, get.",
      subcommands = {
        RuleList.class,
        Assign.class,
        Unassign.class,
        RuleOverrideCommands.PolicyOverride.class,
        RuleOverrideCommands.PolicyGet.class
      })
  static final class Rules {}

  @Command(
      name = "list",
      description =
          "The rules assigned directly to a policy (with --effective: every rule in effect, and"
              + " the policy each inherited one comes from).")
  static final class RuleList extends Base {
    @Parameters(paramLabel = "POLICY")
    String policy;

    @Option(names = "--kind", required = true, paramLabel = "KIND")
    String kind;

    @Option(
        names = "--effective",
        description = "Every rule in effect, inherited ones marked with their policy.")
    boolean effective;

    @Override
    int run(Manager m, Output out) {
      RuleKind k = kind(kind);
      Policy p = policy(m, policy);
      RuleAssignments a = m.policies().assignments(k);
      if (!effective) {
        AssignedRules.print(m, out, p, k, a.direct(p.id()));
        return 0;
      }
      AssignedRules.printEffective(m, out, p, k, a.effective(p.id()));
      return 0;
    }
  }

  /** assign and unassign: a policy, a kind, rules; prints the direct assignments after. */
  abstract static class Change extends Base {
    @Parameters(index = "0", paramLabel = "POLICY")
    String policy;

    @Parameters(index = "1..*", paramLabel = "RULE_ID", arity = "1..*")
    List<String> rules;

    @Option(names = "--kind", required = true, paramLabel = "KIND")
    String kind;

    abstract List<Integer> change(RuleAssignments assignments, int policyId, List<Integer> ids);

    @Override
    int run(Manager m, Output out) {
      RuleKind k = kind(kind);
      for (String r : rules) {
        Resolver.parse(r, "rule"); // every argument checked before the first call
      }
      Policy p = policy(m, policy);
      Set<Integer> ids = new LinkedHashSet<>();
      for (String r : rules) {
        ids.add(Resolver.rule(m, k, r).id());
      }
      List<Integer> after = change(m.policies().assignments(k), p.id(), new ArrayList<>(ids));
      AssignedRules.print(m, out, p, k, after);
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
