package io.dsm4j.rest.internal;

import io.dsm4j.model.RuleKind;
import io.dsm4j.rest.internal.dto.Dtos.AssignmentsDto;
import io.dsm4j.rest.internal.dto.Dtos.RuleIds;
import io.dsm4j.spi.ComputerRuleOperations;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A computer's own rule assignments: {@code /api/computers/{id}/{module}/assignments} (GET with
 * {@code overrides=true}: the computer's own, {@code false}: everything in effect; POST adds, PUT
 * replaces, DELETE …/{ruleID} removes one).
 */
final class RestComputerRules implements ComputerRuleOperations {
  private final RestClient client;
  private final RuleOverridesApi api;

  RestComputerRules(RestClient client) {
    this.client = client;
    this.api = client.service(RuleOverridesApi.class);
  }

  private static List<Integer> assigned(AssignmentsDto d) {
    return Mapper.ids(d.assignedRuleIds());
  }

  @Override
  public List<Integer> directRuleIds(int computerId, RuleKind kind) {
    return assigned(
        client.require(
            client.api().computerAssignments(computerId, RuleCatalog.module(kind), true)));
  }

  @Override
  public List<Integer> effectiveRuleIds(int computerId, RuleKind kind) {
    return assigned(
        client.require(
            client.api().computerAssignments(computerId, RuleCatalog.module(kind), false)));
  }

  @Override
  public List<Integer> assign(int computerId, RuleKind kind, Set<Integer> ruleIds) {
    return assigned(
        client.require(
            api.addComputerAssignments(
                computerId, RuleCatalog.module(kind), true, new RuleIds(List.copyOf(ruleIds)))));
  }

  @Override
  public List<Integer> unassign(int computerId, RuleKind kind, Set<Integer> ruleIds) {
    // One DELETE per rule that is assigned, none for others.
    Set<Integer> current = new HashSet<>(directRuleIds(computerId, kind));
    List<Integer> result = List.copyOf(current);
    for (Integer id : ruleIds) {
      if (current.contains(id)) {
        result =
            assigned(
                client.require(
                    api.removeComputerAssignment(computerId, RuleCatalog.module(kind), id, true)));
      }
    }
    return result;
  }

  @Override
  public List<Integer> replace(int computerId, RuleKind kind, Set<Integer> ruleIds) {
    return assigned(
        client.require(
            api.setComputerAssignments(
                computerId, RuleCatalog.module(kind), true, new RuleIds(List.copyOf(ruleIds)))));
  }
}
