package io.dsm4j.automation;

import io.dsm4j.Backend;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What {@link RuleUpdateRollout#promote} switched (or, in a dry run, would switch) to prevent.
 *
 * <pre>{@code
 * PromoteReport r = rollout.promote(journal, Duration.ofDays(7), true, false);
 * r.keptDetectOnly().forEach((rule, events) -> System.out.println(rule + " raised " + events));
 * }</pre>
 *
 * @param dryRun whether nothing was changed
 * @param updateId the staged update
 * @param appliedAt when it was applied (the soak start)
 * @param promoted rules switched to prevent now (or that would be)
 * @param alreadyPromoted rules an earlier promote switched already
 * @param keptDetectOnly rules left detect-only because they raised IPS events during the soak, with
 *     the number of events
 * @param eventsSeen IPS events read for the soak period (0 when events were not checked)
 * @param backends which backend each kind of operation went to
 */
public record PromoteReport(
    boolean dryRun,
    int updateId,
    Instant appliedAt,
    List<Integer> promoted,
    List<Integer> alreadyPromoted,
    Map<Integer, Long> keptDetectOnly,
    long eventsSeen,
    Map<String, Backend> backends) {

  /** Copies the collections. */
  public PromoteReport {
    promoted = List.copyOf(promoted);
    alreadyPromoted = List.copyOf(alreadyPromoted);
    keptDetectOnly = Map.copyOf(keptDetectOnly);
    backends = Map.copyOf(backends);
  }
}
