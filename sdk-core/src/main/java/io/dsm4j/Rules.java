package io.dsm4j;

import io.dsm4j.model.RuleKind;

/** The rule catalogs, one group per kind. */
public interface Rules {
  /**
   * @return intrusion prevention rules
   */
  IntrusionPreventionRules intrusionPrevention();

  /**
   * @return firewall rules
   */
  RuleCatalog firewall();

  /**
   * @return integrity monitoring rules
   */
  RuleCatalog integrityMonitoring();

  /**
   * @return log inspection rules
   */
  RuleCatalog logInspection();

  /**
   * @return application types
   */
  RuleCatalog applicationTypes();

  /**
   * @param kind a rule kind
   * @return its catalog
   */
  RuleCatalog of(RuleKind kind);
}
