package io.dsm4j.cli;

import io.dsm4j.Manager;
import io.dsm4j.model.RuleChanges;
import io.dsm4j.model.SecurityUpdateResult;
import java.util.LinkedHashMap;
import java.util.Map;
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
          m.securityUpdates().list(), "id", "name", "released", "appliedState", "contentSummary");
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

  @Command(name = "apply", description = "Apply a security update.")
  static final class Apply extends Base {
    @Parameters(paramLabel = "UPDATE_ID")
    String updateId;

    @Option(names = "--detect-only", description = "New rules start in detect-only mode.")
    boolean detectOnly;

    @Override
    int run(Manager m, Output out) {
      SecurityUpdateResult r = m.securityUpdates().apply(id(updateId, "update"), detectOnly);
      out.properties(summary(r));
      return 0;
    }
  }

  static Map<String, Object> summary(SecurityUpdateResult r) {
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("updateId", r.updateId());
    r.changes()
        .forEach(
            (kind, c) -> {
              RuleChanges ch = c;
              v.put(Base.kindName(kind) + ".added", ch.added());
              v.put(Base.kindName(kind) + ".updated", ch.updated());
              v.put(Base.kindName(kind) + ".deleted", ch.deleted());
            });
    v.put("ips.addedAndAssigned", r.ipsRulesAddedAndAssigned());
    v.put("summary", r.detailedSummary());
    return v;
  }
}
