package io.dsm4j.model;

import java.util.Map;

/**
 * Manager and policy settings that would defeat a staged rule rollout: rule updates applied to
 * policies automatically, recommendations applied automatically, ongoing recommendation scans. A
 * null value means the manager did not say.
 *
 * @param ruleUpdatesAutoApplied whether new rule updates are applied to policies automatically
 * @param policies per policy ID, its settings
 */
public record StagingSettings(
    Boolean ruleUpdatesAutoApplied, Map<Integer, PolicyStaging> policies) {
  /**
   * Copies the components.
   *
   * @param ruleUpdatesAutoApplied whether new rule updates are applied to policies automatically
   * @param policies per policy ID, its settings
   */
  public StagingSettings {
    policies = Map.copyOf(policies);
  }

  /**
   * One policy's settings.
   *
   * @param policyId the policy
   * @param autoApplyRecommendations whether IPS recommendations are applied automatically
   * @param ongoingRecommendationScans whether recommendation scans run periodically
   */
  public record PolicyStaging(
      int policyId, Boolean autoApplyRecommendations, Boolean ongoingRecommendationScans) {}
}
