package io.dsm4j.internal;

import io.dsm4j.IntrusionPreventionRules;
import io.dsm4j.RuleCatalog;
import io.dsm4j.Rules;
import io.dsm4j.model.RuleKind;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/** The five rule catalogs. */
final class RulesImpl implements Rules {
  private final IntrusionPreventionRulesImpl ips;
  private final Map<RuleKind, RuleCatalog> byKind = new EnumMap<>(RuleKind.class);

  RulesImpl(CallPipeline pipeline) {
    ips = new IntrusionPreventionRulesImpl(pipeline);
    byKind.put(RuleKind.INTRUSION_PREVENTION, ips);
    for (RuleKind k : RuleKind.values()) {
      byKind.putIfAbsent(k, new RuleCatalogImpl(pipeline, k));
    }
  }

  @Override
  public IntrusionPreventionRules intrusionPrevention() {
    return ips;
  }

  @Override
  public RuleCatalog firewall() {
    return byKind.get(RuleKind.FIREWALL);
  }

  @Override
  public RuleCatalog integrityMonitoring() {
    return byKind.get(RuleKind.INTEGRITY_MONITORING);
  }

  @Override
  public RuleCatalog logInspection() {
    return byKind.get(RuleKind.LOG_INSPECTION);
  }

  @Override
  public RuleCatalog applicationTypes() {
    return byKind.get(RuleKind.APPLICATION_TYPE);
  }

  @Override
  public RuleCatalog of(RuleKind kind) {
    return byKind.get(Objects.requireNonNull(kind, "kind"));
  }
}
