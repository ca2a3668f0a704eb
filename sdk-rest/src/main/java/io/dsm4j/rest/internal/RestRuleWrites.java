package io.dsm4j.rest.internal;

import io.dsm4j.model.Rule;
import io.dsm4j.model.RuleDraft;
import io.dsm4j.model.RuleKind;
import io.dsm4j.model.RuleUpdate;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Custom rule writes over {@code /api/{catalog}}: the draft's fields by their REST names, the rule
 * XML where each kind keeps it ({@code customXML}, Base64 for integrity monitoring; {@code ruleXML}
 * for log inspection). A modify sends only the changed fields.
 */
final class RestRuleWrites {
  private final RestClient client;
  private final RuleWriteApi api;

  RestRuleWrites(RestClient client) {
    this.client = client;
    this.api = client.service(RuleWriteApi.class);
  }

  /** Where a kind's rule XML goes, encoded as {@code /api} wants it. */
  static void putXml(RuleKind kind, Map<String, Object> body, String xml) {
    switch (kind) {
      case INTRUSION_PREVENTION -> body.put("customXML", xml);
      case INTEGRITY_MONITORING ->
          body.put(
              "customXML",
              Base64.getEncoder().encodeToString(xml.getBytes(StandardCharsets.UTF_8)));
      case LOG_INSPECTION -> body.put("ruleXML", xml);
      case FIREWALL, APPLICATION_TYPE ->
          throw new IllegalArgumentException(kind + " rules have no rule XML");
    }
  }

  Rule create(RuleDraft draft) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("name", draft.name());
    body.putAll(draft.fields());
    if (draft.ruleXml() != null) {
      putXml(draft.kind(), body, draft.ruleXml());
    }
    return Mapper.rule(
        draft.kind(), client.require(api.create(RuleCatalog.of(draft.kind()).path(), body)));
  }

  Rule update(RuleKind kind, int id, RuleUpdate update) {
    Map<String, Object> body = new LinkedHashMap<>(update.fields());
    if (update.ruleXml() != null) {
      putXml(kind, body, update.ruleXml());
    }
    return Mapper.rule(kind, client.require(api.modify(RuleCatalog.of(kind).path(), id, body)));
  }

  void delete(RuleKind kind, int id) {
    client.exec(api.delete(RuleCatalog.of(kind).path(), id));
  }
}
