package io.dsm4j.rest.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.dsm4j.model.Fields;
import io.dsm4j.model.Rule;
import io.dsm4j.model.RuleKind;
import io.dsm4j.model.RuleUpdate;
import io.dsm4j.rest.internal.dto.Dtos.DetectOnlyDto;
import io.dsm4j.rest.internal.dto.Dtos.RuleDto;
import io.dsm4j.spi.RuleOverrideOperations;
import java.util.Map;

/**
 * Rule settings overridden on one policy or computer: {@code
 * /api/{policies|computers}/{id}/{module}/rules/{ruleID}} — GET (with {@code overrides=true} only
 * what is overridden there), POST with only the changed fields, DELETE to reset.
 */
final class RestRuleOverrides implements RuleOverrideOperations {
  private static final ObjectMapper JSON = RestClient.objectMapper();

  private final RestClient client;
  private final RuleOverridesApi api;

  RestRuleOverrides(RestClient client) {
    this.client = client;
    this.api = client.service(RuleOverridesApi.class);
  }

  private static String path(Holder holder) {
    return holder == Holder.POLICY ? "policies" : "computers";
  }

  @Override
  public void setDetectOnly(int policyId, int ruleId, boolean detectOnly) {
    client.require(
        client.api().modifyIpsRuleOnPolicy(policyId, ruleId, true, new DetectOnlyDto(detectOnly)));
  }

  @Override
  public Rule rule(Holder holder, int holderId, RuleKind kind, int ruleId) {
    Map<String, Object> raw =
        client.require(api.rule(path(holder), holderId, RuleCatalog.module(kind), ruleId, false));
    return Mapper.rule(kind, JSON.convertValue(raw, RuleDto.class));
  }

  @Override
  public Fields overrides(Holder holder, int holderId, RuleKind kind, int ruleId) {
    Map<String, Object> raw =
        client.require(api.rule(path(holder), holderId, RuleCatalog.module(kind), ruleId, true));
    Map<String, Object> only = new java.util.LinkedHashMap<>(raw);
    only.remove("ID"); // the rule's own ID is not an override
    return Fields.of(only);
  }

  @Override
  public Rule override(Holder holder, int holderId, RuleKind kind, int ruleId, RuleUpdate changes) {
    return Mapper.rule(
        kind,
        client.require(
            api.override(
                path(holder),
                holderId,
                RuleCatalog.module(kind),
                ruleId,
                false,
                changes.fields())));
  }

  @Override
  public Rule reset(Holder holder, int holderId, RuleKind kind, int ruleId) {
    return Mapper.rule(
        kind,
        client.require(api.reset(path(holder), holderId, RuleCatalog.module(kind), ruleId, false)));
  }
}
