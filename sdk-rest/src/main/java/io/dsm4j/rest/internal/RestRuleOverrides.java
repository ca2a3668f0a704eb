package io.dsm4j.rest.internal;

import io.dsm4j.rest.internal.dto.Dtos.DetectOnlyDto;
import io.dsm4j.spi.RuleOverrideOperations;

/**
 * Rule settings overridden on one policy: {@code POST
 * /api/policies/{id}/intrusionprevention/rules/{ruleID}?overrides=true} with only the changed
 * field.
 */
final class RestRuleOverrides implements RuleOverrideOperations {
  private final RestClient client;

  RestRuleOverrides(RestClient client) {
    this.client = client;
  }

  @Override
  public void setDetectOnly(int policyId, int ruleId, boolean detectOnly) {
    client.require(
        client.api().modifyIpsRuleOnPolicy(policyId, ruleId, true, new DetectOnlyDto(detectOnly)));
  }
}
