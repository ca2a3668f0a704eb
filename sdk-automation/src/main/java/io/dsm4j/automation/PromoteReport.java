package io.dsm4j.automation;

import io.dsm4j.Backend;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What {@link RuleUpdateRollout#promote} switched (or, in a dry run, would switch) to prevent. Maps
 * are sorted by key.
 *
 * <pre>{@code
 * PromoteReport r = rollout.promote(journal, Duration.ofDays(7), true, false);
 * r.keptDetectOnly().forEach((rule, events) -> System.out.println(rule + " raised " + events));
 * }</pre>
 *
 * @param dryRun whether nothing was changed
 * @param updateId the staged update
 * @param appliedAt when it was applied (the soak start)
 * @param detectOnlyScope per policy (the overrides apply set are switched) or global (the rules'
 *     own flags are switched)
 * @param promoted rules switched to prevent now (or that would be), on at least one policy
 * @param alreadyPromoted rules an earlier promote switched already
 * @param perPolicy per-policy mode: per policy, the rules switched to prevent on it (empty in
 *     global mode)
 * @param keptDetectOnly rules left detect-only because they raised IPS events during the soak, with
 *     the number of events
 * @param eventsSeen IPS events read for the soak period (0 when events were not checked)
 * @param backends which backend each kind of operation went to
 */
public record PromoteReport(
    boolean dryRun,
    int updateId,
    Instant appliedAt,
    DetectOnlyScope detectOnlyScope,
    List<Integer> promoted,
    List<Integer> alreadyPromoted,
    Map<Integer, List<Integer>> perPolicy,
    Map<Integer, Long> keptDetectOnly,
    long eventsSeen,
    Map<String, Backend> backends) {

  /**
   * Copies the collections (maps sorted by key).
   *
   * @param dryRun whether nothing was changed
   * @param updateId the staged update
   * @param appliedAt when it was applied (the soak start)
   * @param detectOnlyScope per policy (the overrides apply set are switched) or global (the rules'
   *     own flags are switched)
   * @param promoted rules switched to prevent now (or that would be), on at least one policy
   * @param alreadyPromoted rules an earlier promote switched already
   * @param perPolicy per-policy mode: per policy, the rules switched to prevent on it (empty in
   *     global mode)
   * @param keptDetectOnly rules left detect-only because they raised IPS events during the soak,
   *     with the number of events
   * @param eventsSeen IPS events read for the soak period (0 when events were not checked)
   * @param backends which backend each kind of operation went to
   */
  public PromoteReport {
    promoted = List.copyOf(promoted);
    alreadyPromoted = List.copyOf(alreadyPromoted);
    perPolicy = Copies.sortedLists(perPolicy);
    keptDetectOnly = Copies.sorted(keptDetectOnly);
    backends = Copies.sorted(backends);
  }
}
