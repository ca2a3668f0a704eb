package io.dsm4j;

import io.dsm4j.model.Policy;
import io.dsm4j.model.PolicyDraft;
import io.dsm4j.model.PolicyUpdate;
import io.dsm4j.model.RuleKind;
import io.dsm4j.model.StagingSettings;
import java.util.Collection;

/**
 * Policies (the SOAP API's security profiles).
 *
 * <pre>{@code
 * Policy child = manager.policies().create(PolicyDraft.builder("Web").parentId(1).build());
 * manager.policies().update(child.id(), PolicyUpdate.builder().description("web tier").build());
 * manager.policies().assignments(RuleKind.INTRUSION_PREVENTION).assign(child.id(), List.of(42));
 * manager.policies().delete(child.id());
 * }</pre>
 */
public interface Policies extends ResourceGroup<Policy> {
  /**
   * @param draft the new policy
   * @return the policy as created
   * @throws io.dsm4j.exception.ConflictException when the name is taken
   */
  Policy create(PolicyDraft draft);

  /**
   * @param id the policy
   * @param update the fields to change (only these are sent)
   * @return the policy as saved
   */
  Policy update(int id, PolicyUpdate update);

  /**
   * @param id the policy
   * @throws io.dsm4j.exception.NotFoundException when there is none
   */
  void delete(int id);

  /**
   * @param kind a rule kind
   * @return the assignments of that kind
   */
  RuleAssignments assignments(RuleKind kind);

  /**
   * @param kind a rule kind
   * @return that kind's rule overrides on policies (REST)
   */
  RuleOverrides ruleOverrides(RuleKind kind);

  /**
   * Reads the settings that would defeat a staged rollout of a rule update: automatic application
   * of rule updates and of recommendations, and ongoing recommendation scans (capability {@link
   * Capability#STAGING_SETTINGS}; both backends).
   *
   * @param policyIds the policies to read (may be empty)
   * @return the settings
   * @throws IllegalArgumentException when an ID is not positive
   */
  StagingSettings stagingSettings(Collection<Integer> policyIds);

  /**
   * A policy's settings (capability {@link Capability#POLICY_SETTINGS}); no call is made until one
   * of its methods is called.
   *
   * @param policyId the policy
   * @return its settings
   * @throws IllegalArgumentException when the ID is not positive
   */
  Settings settings(int policyId);

  /**
   * The default policy's settings, which top-level policies inherit (capability {@link
   * Capability#DEFAULT_POLICY_SETTINGS}; REST).
   *
   * @return the default policy's settings
   */
  Settings defaultSettings();
}
