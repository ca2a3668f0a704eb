package io.dsm4j.rest.internal;

import io.dsm4j.model.RuleKind;
import io.dsm4j.rest.internal.dto.Dtos.RuleDto;
import io.dsm4j.rest.internal.dto.Dtos.RuleList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * What {@code /api} calls each rule kind: one row per kind, instead of a switch in every method
 * that needs one of these names.
 *
 * @param path the path segment of the kind's catalog, e.g. {@code intrusionpreventionrules}
 * @param module the path segment of the kind's policy and computer module ({@code
 *     /policies/{id}/{module}/assignments}), or null when the kind has none
 * @param items the kind's list in a search answer (each catalog has its own wrapper field)
 */
record RuleCatalog(String path, String module, Function<RuleList, List<RuleDto>> items) {

  private static final Map<RuleKind, RuleCatalog> TABLE = new EnumMap<>(RuleKind.class);

  static {
    TABLE.put(
        RuleKind.INTRUSION_PREVENTION,
        new RuleCatalog(
            "intrusionpreventionrules", "intrusionprevention", RuleList::intrusionPreventionRules));
    TABLE.put(
        RuleKind.FIREWALL, new RuleCatalog("firewallrules", "firewall", RuleList::firewallRules));
    TABLE.put(
        RuleKind.INTEGRITY_MONITORING,
        new RuleCatalog(
            "integritymonitoringrules", "integritymonitoring", RuleList::integrityMonitoringRules));
    TABLE.put(
        RuleKind.LOG_INSPECTION,
        new RuleCatalog("loginspectionrules", "loginspection", RuleList::logInspectionRules));
    TABLE.put(
        RuleKind.APPLICATION_TYPE,
        new RuleCatalog("applicationtypes", null, RuleList::applicationTypes));
  }

  /**
   * @param kind a rule kind
   * @return its row
   */
  static RuleCatalog of(RuleKind kind) {
    RuleCatalog row = TABLE.get(kind);
    if (row == null) {
      throw new IllegalStateException("no /api catalog for " + kind);
    }
    return row;
  }

  /** The path segment of a rule kind's policy/computer module (application types have none). */
  static String module(RuleKind kind) {
    String module = of(kind).module();
    if (module == null) {
      throw new IllegalArgumentException("application types have no assignments in /api");
    }
    return module;
  }

  /** The kind's rules in a search answer, never null. */
  List<RuleDto> itemsOf(RuleList list) {
    List<RuleDto> found = items.apply(list);
    return found == null ? List.of() : found;
  }
}
