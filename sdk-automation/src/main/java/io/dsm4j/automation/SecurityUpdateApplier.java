package io.dsm4j.automation;

import io.dsm4j.Backend;
import io.dsm4j.Capability;
import io.dsm4j.Manager;
import io.dsm4j.automation.internal.CatalogDiff;
import io.dsm4j.automation.internal.Journal;
import io.dsm4j.exception.NotFoundException;
import io.dsm4j.model.AppliedState;
import io.dsm4j.model.RuleKind;
import io.dsm4j.model.SecurityUpdate;
import io.dsm4j.model.SecurityUpdateResult;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Applies one security update, refusing one that is already applied, and says which rules it added
 * or changed (the rule catalogs with identifiers, compared before and after: intrusion prevention,
 * integrity monitoring, log inspection). For a staged rollout that never blocks traffic by surprise
 * use {@link RuleUpdateRollout} instead.
 *
 * <pre>{@code
 * AppliedUpdate a = SecurityUpdateApplier.apply(manager, 3, true, false);
 * a.changes().forEach(c -> System.out.println(c.identifier() + " " + c.change()));
 * }</pre>
 */
public final class SecurityUpdateApplier {
  private static final List<RuleKind> KINDS =
      List.of(
          RuleKind.INTRUSION_PREVENTION, RuleKind.INTEGRITY_MONITORING, RuleKind.LOG_INSPECTION);

  private SecurityUpdateApplier() {}

  /**
   * @param manager the manager (security updates need SOAP credentials)
   * @param updateId the update
   * @param detectOnly whether its new rules start detect-only ({@code false}: prevent mode)
   * @param force apply it even when the manager says it is already applied
   * @return what changed
   * @throws NotFoundException when the manager has no such update
   * @throws RefusedException when it is already applied and {@code force} is false (the message
   *     gives its release date and whether it was applied detect-only)
   */
  public static AppliedUpdate apply(
      Manager manager, int updateId, boolean detectOnly, boolean force) {
    SecurityUpdate u =
        manager.securityUpdates().list().stream()
            .filter(x -> x.id() == updateId)
            .findFirst()
            .orElseThrow(
                () ->
                    new NotFoundException(
                        "no security update with ID " + updateId,
                        "updates.apply",
                        null,
                        0,
                        null,
                        null));
    boolean applied =
        u.appliedState() == AppliedState.APPLIED_CURRENT
            || u.appliedState() == AppliedState.APPLIED;
    if (applied && !force) {
      throw new RefusedException(
          "security update "
              + u.id()
              + " ("
              + u.name()
              + (u.released() == null ? "" : ", released " + u.released())
              + ") is already applied"
              + (u.detectOnly() ? " with its new rules detect-only" : " in prevent mode")
              + " ("
              + u.appliedState()
              + "); force it (--force) to apply it again");
    }
    Map<RuleKind, List<Journal.RuleRef>> before = new LinkedHashMap<>();
    List<String> notes = new ArrayList<>();
    for (RuleKind k : KINDS) {
      if (manager.capabilities().supports(Capability.RULES, k)) {
        before.put(k, CatalogDiff.snapshot(manager, k));
        if (manager.backendFor(Capability.RULES, k).orElse(null) == Backend.SOAP) {
          notes.add(
              (k == RuleKind.INTRUSION_PREVENTION
                      ? "ips"
                      : k == RuleKind.INTEGRITY_MONITORING ? "integrity" : "log-inspection")
                  + ": the SOAP API reports no last-updated time, so changed rules cannot be"
                  + " listed (added ones can); add an API key to list them");
        }
      }
    }
    SecurityUpdateResult result = manager.securityUpdates().apply(updateId, detectOnly);
    List<RuleChange> changes = new ArrayList<>();
    before.forEach(
        (k, b) -> {
          CatalogDiff.Diff d = CatalogDiff.diff(b, CatalogDiff.snapshot(manager, k));
          d.added().forEach(r -> changes.add(change(k, r, RuleChange.Change.ADDED)));
          d.updated().forEach(r -> changes.add(change(k, r, RuleChange.Change.UPDATED)));
        });
    changes.sort(
        Comparator.comparing(RuleChange::kind)
            .thenComparing(RuleChange::change)
            .thenComparing(c -> c.identifier() == null ? "" : c.identifier())
            .thenComparingInt(RuleChange::ruleId));
    return new AppliedUpdate(u, detectOnly, result, changes, notes);
  }

  private static RuleChange change(RuleKind k, Journal.RuleRef r, RuleChange.Change c) {
    return new RuleChange(k, r.id, r.identifier, r.name == null ? "" : r.name, c);
  }
}
