package io.dsm4j.cli;

import io.dsm4j.Manager;
import io.dsm4j.automation.AppliedUpdate;
import io.dsm4j.automation.RuleChange;
import io.dsm4j.automation.SecurityUpdateApplier;
import io.dsm4j.model.RuleChanges;
import io.dsm4j.model.RuleKind;
import io.dsm4j.model.SecurityUpdateResult;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dsm4j updates …}: security updates (rule update packages); SOAP only. */
@Command(
    name = "updates",
    description = "Security updates (rule updates): list, check for new, apply.",
    subcommands = {
      UpdateCommands.ListUpdates.class,
      UpdateCommands.Check.class,
      UpdateCommands.Apply.class
    })
final class UpdateCommands {
  private UpdateCommands() {}

  @Command(name = "list", description = "List the security updates the manager has.")
  static final class ListUpdates extends Base {
    @Override
    int run(Manager m, Output out) {
      out.records(
          m.securityUpdates().list().stream().toList(),
          "id",
          "name",
          "released",
          "appliedState",
          "contentSummary");
      return 0;
    }
  }

  @Command(name = "check", description = "Ask the manager to check for and download new updates.")
  static final class Check extends Base {
    @Override
    int run(Manager m, Output out) {
      boolean ok = m.securityUpdates().checkForNew();
      out.properties(Map.of("checked", ok));
      return ok ? 0 : Dsm4j.FAILURE;
    }
  }

  /** The mode is never implied: prevent mode blocks traffic at once. */
  static final class Mode {
    @Option(names = "--detect-only", required = true, description = "New rules only log.")
    boolean detectOnly;

    @Option(names = "--prevent", required = true, description = "New rules block at once.")
    boolean prevent;
  }

  @Command(
      name = "apply",
      description =
          "Apply a security update in the mode given (--detect-only or --prevent) and list the"
              + " rules it added or changed. An applied update is refused unless --force. For a"
              + " staged rollout use 'rule-update'.")
  static final class Apply extends Base {
    @Parameters(paramLabel = "UPDATE_ID")
    String updateId;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Mode mode;

    @Option(names = "--force", description = "Apply it even when it is already applied.")
    boolean force;

    @Override
    int run(Manager m, Output out) {
      int id = id(updateId, "update");
      AppliedUpdate a;
      a = SecurityUpdateApplier.apply(m, id, mode.detectOnly, force);
      List<Map<String, Object>> rules = new ArrayList<>();
      for (RuleChange c : a.changes()) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("kind", kindName(c.kind()));
        v.put("ruleId", c.ruleId());
        v.put("identifier", c.identifier());
        v.put("name", c.name());
        v.put("change", c.change().name().toLowerCase(Locale.ROOT));
        rules.add(v);
      }
      Map<String, Object> summary = summary(a.result());
      summary.put("name", a.update().name());
      summary.put("mode", a.detectOnly() ? "detect-only" : "prevent");
      if (out.format() == Output.Format.JSON) {
        summary.put("rules", rules);
        summary.put("notes", a.notes());
        out.json(summary);
      } else {
        Map<String, Object> flat = new LinkedHashMap<>();
        summary.forEach(
            (k, v) -> {
              if (v instanceof Map<?, ?> per) {
                per.forEach((kind, counts) -> flat.put(k + " " + kind, counts));
              } else {
                flat.put(k, v);
              }
            });
        out.properties(flat);
        root().out.println();
        List<String[]> rows = new ArrayList<>();
        for (Map<String, Object> r : rules) {
          rows.add(
              new String[] {
                String.valueOf(r.get("kind")),
                String.valueOf(r.get("ruleId")),
                Output.cell(r.get("identifier")),
                Output.cell(r.get("name")),
                String.valueOf(r.get("change"))
              });
        }
        out.table(new String[] {"kind", "ruleId", "identifier", "name", "change"}, rows);
      }
      a.notes().forEach(this::progress);
      return 0;
    }
  }

  /**
   * What the manager reported: {@code changes} per rule kind (the CLI's kind names) with {@code
   * added}, {@code updated}, {@code deleted}, nested, in the kinds' order.
   */
  static Map<String, Object> summary(SecurityUpdateResult r) {
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("updateId", r.updateId());
    Map<RuleKind, RuleChanges> sorted = new TreeMap<>(r.changes());
    Map<String, Object> changes = new LinkedHashMap<>();
    sorted.forEach(
        (kind, c) -> {
          Map<String, Object> counts = new LinkedHashMap<>();
          counts.put("added", c.added());
          counts.put("updated", c.updated());
          counts.put("deleted", c.deleted());
          changes.put(Base.kindName(kind), counts);
        });
    v.put("changes", changes);
    v.put("ipsAddedAndAssigned", r.ipsRulesAddedAndAssigned());
    v.put("summary", r.detailedSummary());
    return v;
  }
}
