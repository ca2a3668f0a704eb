package io.dsm4j.automation;

import io.dsm4j.Backend;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What {@link RuleUpdateRollout#apply} did (or, in a dry run, would do).
 *
 * <pre>{@code
 * ApplyReport r = rollout.apply(Path.of("rollout.json"), false);
 * r.rulesPerPolicy().forEach((policy, rules) -> System.out.println(policy + ": " + rules));
 * if (!r.sendPolicyFailed().isEmpty()) { ... }
 * }</pre>
 *
 * @param dryRun whether nothing was changed
 * @param journal the journal file
 * @param updateId the staged update
 * @param updateName its name
 * @param computers the number of computers in scope
 * @param policyIds the policies in scope
 * @param addedRules IPS rules the update added (catalog diff by identifier)
 * @param updatedRules IPS rules the update changed
 * @param addedNotDetectOnly added rules the manager did not put in detect-only mode (they were
 *     switched to detect-only before any assignment)
 * @param scansCompleted recommendation scans completed
 * @param rulesPerPolicy the newly recommended rules assigned (detect-only) per policy
 * @param switchedToDetectOnly rules this run switched from prevent to detect-only
 * @param sendPolicySucceeded computers the policy was sent to
 * @param sendPolicyFailed computers sending failed for, with the error
 * @param steps each step and whether it was done now, already done (resumed) or would be done
 * @param backends which backend each kind of operation went to
 * @param notes remarks for the operator
 */
public record ApplyReport(
    boolean dryRun,
    Path journal,
    int updateId,
    String updateName,
    int computers,
    List<Integer> policyIds,
    List<Integer> addedRules,
    List<Integer> updatedRules,
    List<Integer> addedNotDetectOnly,
    int scansCompleted,
    Map<Integer, List<Integer>> rulesPerPolicy,
    List<Integer> switchedToDetectOnly,
    List<Integer> sendPolicySucceeded,
    Map<Integer, String> sendPolicyFailed,
    List<String> steps,
    Map<String, Backend> backends,
    List<String> notes) {

  /** Copies the collections. */
  public ApplyReport {
    policyIds = List.copyOf(policyIds);
    addedRules = List.copyOf(addedRules);
    updatedRules = List.copyOf(updatedRules);
    addedNotDetectOnly = List.copyOf(addedNotDetectOnly);
    rulesPerPolicy = Map.copyOf(rulesPerPolicy);
    switchedToDetectOnly = List.copyOf(switchedToDetectOnly);
    sendPolicySucceeded = List.copyOf(sendPolicySucceeded);
    sendPolicyFailed = Map.copyOf(sendPolicyFailed);
    steps = List.copyOf(steps);
    backends = Map.copyOf(backends);
    notes = List.copyOf(notes);
  }
}
