package io.dsm4j.automation;

import io.dsm4j.Backend;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What {@link RuleUpdateRollout#apply} did (or, in a dry run, would do), as the journal says now: a
 * finished rollout that was promoted since reports that, not the advice to promote. Maps are sorted
 * by key.
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
 * @param detectOnlyScope where detect-only is (or would be) set: per policy, or the rule's global
 *     flag
 * @param computers the number of computers in scope
 * @param policyIds the policies in scope
 * @param ruleChangeKnown whether the rule-level change is known: false in a dry run before the
 *     update was applied (the lists below are then empty, not "no change")
 * @param addedRules IPS rules the update added (catalog diff by identifier)
 * @param updatedRules IPS rules the update changed
 * @param addedNotDetectOnly added rules the manager did not put in detect-only mode (they were set
 *     detect-only before any assignment)
 * @param scansCompleted recommendation scans completed
 * @param rulesPerPolicy the newly recommended rules assigned (detect-only) per policy
 * @param switchedToDetectOnly rules whose global flag this rollout switched from prevent to
 *     detect-only (global mode only)
 * @param otherPoliciesAffected global mode: per switched rule, the policies outside the scope that
 *     use it and so were switched too
 * @param sendPolicySucceeded computers the policy was sent to
 * @param sendPolicyFailed computers sending failed for, with the error
 * @param promotedAt when promote finished for this journal, or null
 * @param steps each step and whether it was done now, already done (resumed) or would be done
 * @param backends which backend each kind of operation went to
 * @param notes remarks for the operator
 */
public record ApplyReport(
    boolean dryRun,
    Path journal,
    int updateId,
    String updateName,
    DetectOnlyScope detectOnlyScope,
    int computers,
    List<Integer> policyIds,
    boolean ruleChangeKnown,
    List<Integer> addedRules,
    List<Integer> updatedRules,
    List<Integer> addedNotDetectOnly,
    int scansCompleted,
    Map<Integer, List<Integer>> rulesPerPolicy,
    List<Integer> switchedToDetectOnly,
    Map<Integer, List<Integer>> otherPoliciesAffected,
    List<Integer> sendPolicySucceeded,
    Map<Integer, String> sendPolicyFailed,
    Instant promotedAt,
    List<String> steps,
    Map<String, Backend> backends,
    List<String> notes) {

  /**
   * Copies the collections (maps sorted by key).
   *
   * @param dryRun whether nothing was changed
   * @param journal the journal file
   * @param updateId the staged update
   * @param updateName its name
   * @param detectOnlyScope where detect-only is (or would be) set: per policy, or the rule's global
   *     flag
   * @param computers the number of computers in scope
   * @param policyIds the policies in scope
   * @param ruleChangeKnown whether the rule-level change is known: false in a dry run before the
   *     update was applied (the lists below are then empty, not "no change")
   * @param addedRules IPS rules the update added (catalog diff by identifier)
   * @param updatedRules IPS rules the update changed
   * @param addedNotDetectOnly added rules the manager did not put in detect-only mode (they were
   *     set detect-only before any assignment)
   * @param scansCompleted recommendation scans completed
   * @param rulesPerPolicy the newly recommended rules assigned (detect-only) per policy
   * @param switchedToDetectOnly rules whose global flag this rollout switched from prevent to
   *     detect-only (global mode only)
   * @param otherPoliciesAffected global mode: per switched rule, the policies outside the scope
   *     that use it and so were switched too
   * @param sendPolicySucceeded computers the policy was sent to
   * @param sendPolicyFailed computers sending failed for, with the error
   * @param promotedAt when promote finished for this journal, or null
   * @param steps each step and whether it was done now, already done (resumed) or would be done
   * @param backends which backend each kind of operation went to
   * @param notes remarks for the operator
   */
  public ApplyReport {
    policyIds = List.copyOf(policyIds);
    addedRules = List.copyOf(addedRules);
    updatedRules = List.copyOf(updatedRules);
    addedNotDetectOnly = List.copyOf(addedNotDetectOnly);
    rulesPerPolicy = Copies.sortedLists(rulesPerPolicy);
    switchedToDetectOnly = List.copyOf(switchedToDetectOnly);
    otherPoliciesAffected = Copies.sortedLists(otherPoliciesAffected);
    sendPolicySucceeded = List.copyOf(sendPolicySucceeded);
    sendPolicyFailed = Copies.sorted(sendPolicyFailed);
    steps = List.copyOf(steps);
    backends = Copies.sorted(backends);
    notes = List.copyOf(notes);
  }
}
