package io.dsm4j.cli;

import io.dsm4j.Backend;
import io.dsm4j.Manager;
import io.dsm4j.ManagerInfo;
import io.dsm4j.RuleAssignments;
import io.dsm4j.automation.ApplyReport;
import io.dsm4j.automation.RollbackReport;
import io.dsm4j.automation.RolloutPlan;
import io.dsm4j.automation.RuleUpdateRollout;
import io.dsm4j.model.Computer;
import io.dsm4j.model.ComputerAction;
import io.dsm4j.model.Event;
import io.dsm4j.model.EventKind;
import io.dsm4j.model.EventQuery;
import io.dsm4j.model.Policy;
import io.dsm4j.model.PolicyDraft;
import io.dsm4j.model.Rule;
import io.dsm4j.model.RuleKind;
import io.dsm4j.model.RuleQuery;
import io.dsm4j.testkit.DsmSimulator;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code dsm4j demo}: a guided tour of dsm4j on the embedded simulator, in one process. */
@Command(
    name = "demo",
    description = "A guided tour on the embedded simulator (no manager needed).")
final class DemoCommand implements Callable<Integer> {
  @ParentCommand Dsm4j root;

  @Override
  public Integer call() throws java.io.IOException {
    PrintStream out = root.out;
    Logging.configureJul(root.debug);
    DsmSimulator sim = root.simulator();
    try (Manager manager = sim.managerBuilder(Backend.AUTO).build()) {
      step(out, "1. Connect", "Manager.builder().url(...).apiKey(...).username(...).password(...)");
      ManagerInfo info = manager.info();
      out.printf(
          "   manager %s at %s, backends %s (REST preferred; SOAP for what only SOAP can do)%n",
          info.managerVersion(), sim.url(), info.backends());

      step(out, "2. Policies", "manager.policies().list()");
      List<Policy> policies = manager.policies().list().stream().toList();
      for (Policy p : policies) {
        out.printf(
            "   %4d  %-28s parent %s%n",
            p.id(), p.name(), p.parentId() == null ? "-" : p.parentId());
      }

      step(
          out,
          "3. Rules by CVE",
          "manager.rules().intrusionPrevention().list(RuleQuery.builder().cve(...))");
      Optional<Rule> withCve =
          manager.rules().intrusionPrevention().list().stream()
              .filter(r -> !r.cves().isEmpty())
              .findFirst();
      String cve = withCve.map(r -> r.cves().get(0)).orElse("CVE-2021-44228");
      List<Rule> hits =
          manager.rules().intrusionPrevention().list(RuleQuery.builder().cve(cve).build()).stream()
              .toList();
      out.printf("   %d rule(s) cover %s:%n", hits.size(), cve);
      hits.stream()
          .limit(5)
          .forEach(
              r ->
                  out.printf(
                      "   %6d  %s  %-8s %s%n", r.id(), r.identifier(), r.severity(), r.name()));

      step(
          out,
          "4. Assign rules to a child policy",
          "policies().assignments(INTRUSION_PREVENTION).assign(...)");
      Policy base = policies.get(0);
      Policy child =
          manager
              .policies()
              .create(
                  PolicyDraft.builder("Demo web servers")
                      .parentId(base.id())
                      .description("created by dsm4j demo")
                      .build());
      RuleAssignments ips = manager.policies().assignments(RuleKind.INTRUSION_PREVENTION);
      List<Integer> direct = ips.assign(child.id(), hits.stream().map(Rule::id).limit(2).toList());
      List<Integer> effective = ips.effective(child.id());
      out.printf(
          "   policy %d '%s': %d rule(s) assigned directly, %d in effect (inherited from '%s')%n",
          child.id(), child.name(), direct.size(), effective.size(), base.name());

      step(
          out,
          "5. Roll out a rule update without blocking traffic",
          "RuleUpdateRollout.builder(manager).build().plan() / apply(journal) / rollback(journal)");
      RuleUpdateRollout rollout =
          RuleUpdateRollout.builder(manager)
              .pollInterval(Duration.ofMillis(200))
              .progress(m -> root.err.println("dsm4j: " + m))
              .build();
      RolloutPlan plan = rollout.plan();
      if (plan.selected() == null) {
        out.println("   no pending update: " + plan.updatesUnavailable());
      } else {
        out.printf(
            "   plan: update %s, %d computer(s), %d policy(ies), %d warning(s)%n",
            plan.selected().name(),
            plan.computers().size(),
            plan.policies().size(),
            plan.warnings().size());
        Path journal = Files.createTempDirectory("dsm4j-demo").resolve("rollout.json");
        ApplyReport applied = rollout.apply(journal, false);
        out.printf(
            "   applied detect-only: %d rule(s) added, %d updated; %d newly recommended rule"
                + " assignment(s) staged detect-only on %d policy(ies)%n",
            applied.addedRules().size(),
            applied.updatedRules().size(),
            applied.rulesPerPolicy().values().stream().mapToInt(List::size).sum(),
            applied.rulesPerPolicy().size());
        out.println("   the new rules log but do not block; after a soak, `rule-update promote`");
        out.println("   switches exactly these rules to prevent. Or undo the staging:");
        RollbackReport back = rollout.rollback(journal, false);
        out.printf(
            "   rolled back: %d policy(ies), %d rule flag(s) and %d per-policy override(s) restored"
                + " (the update itself stays applied)%n",
            back.policies().size(), back.rules().size(), back.overrides().size());
      }

      step(out, "6. Recommendation scan", "computers().run(SCAN_FOR_RECOMMENDATIONS, ids)");
      List<Integer> ids = manager.computers().list().stream().map(Computer::id).limit(3).toList();
      out.printf(
          "   requested for computers %s: %s%n",
          ids,
          manager.computers().run(ComputerAction.SCAN_FOR_RECOMMENDATIONS, ids).allSucceeded()
              ? "accepted"
              : "partly refused");

      step(out, "7. Events (SOAP), every event exactly once", "events().stream(EventQuery...)");
      Instant now = Instant.now();
      try (Stream<Event> events =
          manager.events().stream(
              EventQuery.builder(EventKind.INTRUSION_PREVENTION, now.minus(Duration.ofDays(1)), now)
                  .build())) {
        out.printf("   %d intrusion prevention events in the last 24 hours%n", events.count());
      }
      out.println();
      out.println(
          "Done. Try: java -jar cli/target/dsm4j.jar --simulator rules search --kind ips --cve "
              + cve);
    }
    return 0;
  }

  private static void step(PrintStream out, String title, String code) {
    out.println();
    out.println(title + "   // " + code);
  }
}
