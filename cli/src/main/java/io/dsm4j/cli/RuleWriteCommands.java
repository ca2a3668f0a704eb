package io.dsm4j.cli;

import io.dsm4j.Manager;
import io.dsm4j.model.Rule;
import io.dsm4j.model.RuleDraft;
import io.dsm4j.model.RuleKind;
import io.dsm4j.model.RuleUpdate;
import java.nio.file.Path;
import java.util.Objects;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dsm4j rules create|update|delete}: custom rules. */
final class RuleWriteCommands {
  private RuleWriteCommands() {}

  /** What {@code rules get} shows for one rule. */
  static void print(Output out, Rule r) {
    out.record(
        r,
        "id",
        "identifier",
        "severity",
        "name",
        "cves",
        "cvssScore",
        "detectOnly",
        "issued",
        "lastUpdated");
  }

  @Command(
      name = "create",
      description =
          "Create a custom rule from a JSON file: `rules get --output json` prints valid input.")
  static final class Create extends Base {
    @Option(
        names = "--kind",
        required = true,
        paramLabel = "KIND",
        description = "The rule kind: " + HelpSupport.KIND_VALUES + ".")
    String kind;

    @Option(
        names = "--file",
        required = true,
        paramLabel = "RULE.json",
        description =
            "The rule: name (required), description, severity, detectOnly, applicationTypeId,"
                + " ruleXml (plain XML; else taken from extra) and any other field by its REST"
                + " name; id, identifier and the manager's other read-only fields are ignored.")
    Path file;

    @Override
    int run(Manager m, Output out) {
      RuleKind k = kind(kind);
      RuleDraft draft = RuleJsonInput.ruleDraft(root(), k, file);
      Rule r = m.rules().of(k).create(draft);
      progress("created " + kindName(k) + " rule " + r.id() + " (" + r.name() + ")");
      print(out, r);
      return 0;
    }
  }

  @Command(
      name = "update",
      description =
          "Change a rule's fields from a JSON file (only the fields it names; as `rules get"
              + " --output json` prints them).")
  static final class Update extends Base {
    @Option(
        names = "--kind",
        required = true,
        paramLabel = "KIND",
        description = "The rule kind: " + HelpSupport.KIND_VALUES + ".")
    String kind;

    @Parameters(paramLabel = "RULE_ID", description = "The rule (ID or exact name).")
    String rule;

    @Option(
        names = "--file",
        required = true,
        paramLabel = "CHANGES.json",
        description =
            "The fields to change (ruleXml as plain XML); id, read-only fields and fields equal to"
                + " the rule's are ignored.")
    Path file;

    @Override
    int run(Manager m, Output out) {
      RuleKind k = kind(kind);
      RuleUpdate asked = RuleJsonInput.ruleUpdate(root(), file);
      Rule current = Resolver.rule(m, k, rule).item();
      RuleUpdate changes = unchangedDropped(current, asked);
      if (changes.isEmpty()) {
        progress("rule " + current.id() + " already has these values: nothing to change");
        print(out, current);
        return 0;
      }
      Rule r = m.rules().of(k).update(current.id(), changes);
      print(out, r);
      return 0;
    }

    /**
     * A file printed by {@code rules get} names the rule and its XML: unchanged, they are not sent.
     */
    private static RuleUpdate unchangedDropped(Rule current, RuleUpdate asked) {
      RuleUpdate.Builder b = RuleUpdate.builder();
      asked
          .fields()
          .forEach(
              (name, value) -> {
                boolean same =
                    (name.equals("name") && value.equals(current.name()))
                        || (name.equals("description") && value.equals(current.description()));
                if (!same) {
                  b.field(name, value);
                }
              });
      if (asked.ruleXml() != null && !Objects.equals(asked.ruleXml(), current.ruleXml())) {
        b.ruleXml(asked.ruleXml());
      }
      return b.build();
    }
  }

  @Command(
      name = "delete",
      description = "Delete a custom rule (Trend Micro rules cannot be deleted: unassign them).")
  static final class Delete extends Base {
    @Option(
        names = "--kind",
        required = true,
        paramLabel = "KIND",
        description = "The rule kind: " + HelpSupport.KIND_VALUES + ".")
    String kind;

    @Parameters(paramLabel = "RULE_ID", description = "The rule (ID or exact name).")
    String rule;

    @Override
    int run(Manager m, Output out) {
      RuleKind k = kind(kind);
      Rule r = Resolver.rule(m, k, rule).item();
      m.rules().of(k).delete(r.id());
      progress("deleted " + kindName(k) + " rule " + r.id() + " (" + r.name() + ")");
      return 0;
    }
  }
}
