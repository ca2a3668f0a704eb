package io.dsm4j.automation;

/**
 * Where a rollout sets detect-only: on each policy in scope (a policy-level override, REST), or on
 * the rule itself, which changes every policy that uses the rule (the only way the SOAP API
 * offers). A rollout uses {@link #PER_POLICY} whenever the backends in use can, records which it
 * used in the journal, and promote and rollback undo exactly that.
 *
 * <pre>{@code
 * ApplyReport r = rollout.apply(journal, false);
 * if (r.detectOnlyScope() == DetectOnlyScope.GLOBAL) {
 *   r.otherPoliciesAffected().forEach((rule, policies) -> System.err.println(rule + " " + policies));
 * }
 * }</pre>
 */
public enum DetectOnlyScope {
  /** An override on each policy in scope; other policies are not affected. */
  PER_POLICY,
  /** The rule's own flag: every policy that uses the rule is affected. */
  GLOBAL
}
