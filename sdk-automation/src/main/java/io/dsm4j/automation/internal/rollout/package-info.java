/**
 * The rule-update rollout behind {@link io.dsm4j.automation.RuleUpdateRollout}: one file per
 * command (plan, apply, promote, rollback), one object per apply step. Not an API.
 */
package io.dsm4j.automation.internal.rollout;
