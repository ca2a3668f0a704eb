package io.dsm4j.rest.internal;

import io.dsm4j.model.Policy;
import io.dsm4j.model.PolicyDraft;
import io.dsm4j.model.PolicyUpdate;
import io.dsm4j.model.Recommendations;
import io.dsm4j.model.RuleKind;
import io.dsm4j.model.StagingSettings;
import io.dsm4j.rest.internal.dto.Dtos.AssignmentsDto;
import io.dsm4j.rest.internal.dto.Dtos.PolicyDto;
import io.dsm4j.rest.internal.dto.Dtos.PolicyList;
import io.dsm4j.rest.internal.dto.Dtos.RuleIds;
import io.dsm4j.spi.PolicyOperations;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Policies over {@code /api/policies}: the reads, create / modify (only the changed fields) /
 * delete, the rule assignments of each module ({@code /policies/{id}/{module}/assignments}, which
 * also answers what is in effect and the recommendations), and the staging settings.
 */
final class RestPolicies extends RestReads<PolicyList, PolicyDto, Policy>
    implements PolicyOperations {

  RestPolicies(RestClient client) {
    super(
        client,
        new Resource<>(
            client.api()::searchPolicies,
            PolicyList::policies,
            client.api()::getPolicy,
            PolicyDto::id,
            PolicyDto::name,
            "name",
            Mapper::policy));
  }

  private DsmApi api() {
    return client.api();
  }

  @Override
  public Policy create(PolicyDraft draft) {
    return Mapper.policy(client.require(api().createPolicy(Mapper.policy(draft))));
  }

  @Override
  public Policy update(int id, PolicyUpdate update) {
    return Mapper.policy(client.require(api().modifyPolicy(id, Mapper.changes(update))));
  }

  @Override
  public void delete(int id) {
    client.exec(api().deletePolicy(id));
  }

  @Override
  public List<Integer> directRuleIds(int policyId, RuleKind kind) {
    return assigned(
        client.require(api().policyAssignments(policyId, RuleCatalog.module(kind), true)));
  }

  @Override
  public List<Integer> effectiveRuleIds(int policyId, RuleKind kind) {
    // /api answers what is in effect directly (overrides=false): no walk up the parents.
    return assigned(
        client.require(api().policyAssignments(policyId, RuleCatalog.module(kind), false)));
  }

  private static List<Integer> assigned(AssignmentsDto d) {
    return Mapper.ids(d.assignedRuleIds());
  }

  @Override
  public List<Integer> assign(int policyId, RuleKind kind, Set<Integer> ruleIds) {
    return assigned(
        client.require(
            api()
                .addPolicyAssignments(
                    policyId, RuleCatalog.module(kind), true, new RuleIds(List.copyOf(ruleIds)))));
  }

  @Override
  public List<Integer> unassign(int policyId, RuleKind kind, Set<Integer> ruleIds) {
    // /api removes one rule per DELETE: send one for each rule that is assigned, none for others.
    Set<Integer> current = new HashSet<>(directRuleIds(policyId, kind));
    List<Integer> result = List.copyOf(current);
    for (Integer id : ruleIds) {
      if (current.contains(id)) {
        result =
            assigned(
                client.require(
                    api().removePolicyAssignment(policyId, RuleCatalog.module(kind), id, true)));
      }
    }
    return result;
  }

  @Override
  public List<Integer> replace(int policyId, RuleKind kind, Set<Integer> ruleIds) {
    return assigned(
        client.require(
            api()
                .setPolicyAssignments(
                    policyId, RuleCatalog.module(kind), true, new RuleIds(List.copyOf(ruleIds)))));
  }

  @Override
  public Recommendations recommendations(int policyId, RuleKind kind) {
    return Mapper.recommendations(
        kind, client.require(api().policyAssignments(policyId, RuleCatalog.module(kind), false)));
  }

  @Override
  public StagingSettings stagingSettings(List<Integer> policyIds) {
    Boolean autoApply =
        Mapper.flag(
            client.require(api().systemSettings()),
            "platformSettingUpdateRulesPolicyAutoApplyEnabled");
    Map<Integer, StagingSettings.PolicyStaging> policies = new LinkedHashMap<>();
    for (int id : policyIds) {
      PolicyDto p = client.require(api().getPolicy(id));
      String mode = p.recommendationScanMode();
      policies.put(
          id,
          new StagingSettings.PolicyStaging(
              id,
              Mapper.flag(
                  p.policySettings(), "intrusionPreventionSettingAutoApplyRecommendationsEnabled"),
              mode == null ? null : mode.equalsIgnoreCase("ongoing")));
    }
    return new StagingSettings(autoApply, policies);
  }
}
