package io.dsm4j.automation;

import io.dsm4j.Backend;
import io.dsm4j.model.Computer;
import io.dsm4j.model.Policy;
import io.dsm4j.model.SecurityUpdate;
import java.util.List;
import java.util.Map;

/**
 * What {@link RuleUpdateRollout#plan()} found: read-only, nothing was changed or downloaded.
 *
 * <pre>{@code
 * RolloutPlan plan = RuleUpdateRollout.builder(manager).build().plan();
 * plan.warnings().forEach(w -> System.err.println("WARNING: " + w));
 * }</pre>
 *
 * @param pendingUpdates the security updates not yet applied (empty when the API has none)
 * @param selected the update {@code apply} would stage, or null when there is none
 * @param updatesUnavailable why security updates cannot be read (e.g. REST-only credentials), or
 *     empty
 * @param computers the computers in scope
 * @param policies their policies
 * @param detectOnlyScope where apply would set detect-only: per policy when the backends in use can
 *     (REST), else the rule's global flag (then {@code warnings} names the other policies)
 * @param steps the steps {@code apply} would take, in order
 * @param warnings manager settings that would defeat the staging, and other risks
 * @param backends which backend each kind of operation would go to
 */
public record RolloutPlan(
    List<SecurityUpdate> pendingUpdates,
    SecurityUpdate selected,
    String updatesUnavailable,
    List<Computer> computers,
    List<Policy> policies,
    DetectOnlyScope detectOnlyScope,
    List<String> steps,
    List<String> warnings,
    Map<String, Backend> backends) {

  /**
   * Copies the collections.
   *
   * @param pendingUpdates the security updates not yet applied (empty when the API has none)
   * @param selected the update {@code apply} would stage, or null when there is none
   * @param updatesUnavailable why security updates cannot be read (e.g. REST-only credentials), or
   *     empty
   * @param computers the computers in scope
   * @param policies their policies
   * @param detectOnlyScope where apply would set detect-only: per policy when the backends in use
   *     can (REST), else the rule's global flag (then {@code warnings} names the other policies)
   * @param steps the steps {@code apply} would take, in order
   * @param warnings manager settings that would defeat the staging, and other risks
   * @param backends which backend each kind of operation would go to
   */
  public RolloutPlan {
    pendingUpdates = List.copyOf(pendingUpdates);
    updatesUnavailable = updatesUnavailable == null ? "" : updatesUnavailable;
    computers = List.copyOf(computers);
    policies = List.copyOf(policies);
    steps = List.copyOf(steps);
    warnings = List.copyOf(warnings);
    backends = Copies.sorted(backends);
  }
}
