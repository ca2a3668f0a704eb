package io.dsm4j.testkit.internal;

import io.dsm4j.model.AppliedState;
import io.dsm4j.model.RuleKind;
import io.dsm4j.testkit.internal.Recs.Applier;
import io.dsm4j.testkit.internal.Recs.RuleRec;
import io.dsm4j.testkit.internal.Recs.UpdateRec;
import io.dsm4j.testkit.internal.SoapFault.Kind;
import java.util.HashMap;
import java.util.Map;

/**
 * Security updates (rule updates), SOAP only: list, check for new ones, apply (adding the package's
 * IPS rules to the catalog, optionally detect-only) and the applier information.
 */
final class SecurityUpdateResource implements Resource {
  @Override
  public void routes(RestRoutes rest) {
    // The REST API has no security-update operations.
  }

  @Override
  public void operations(SoapOperations soap) {
    soap.op(
        "securityUpdateRetrieveAll",
        (s, r) ->
            SoapOut.many(
                "securityUpdateRetrieveAll",
                "SecurityUpdateTransport",
                s.updates.values().stream().map(SecurityUpdateResource::soap).toList()));
    soap.op("updateComponents", (s, r) -> SoapOut.single("updateComponents", "boolean", true));
    soap.op(
        "securityUpdateApply",
        (s, r) -> {
          UpdateRec u = update(s, r);
          Applier a = apply(s, u, Boolean.TRUE.equals(r.bool("detectOnly")));
          if (a == null) {
            throw new SoapFault(
                Kind.VALIDATION,
                "Security update "
                    + u.id
                    + " is older than the current one; the simulator does not roll back updates.");
          }
          return SoapOut.single("securityUpdateApply", "ApplierInformationTransport", soap(a));
        });
    soap.op(
        "securityUpdateGetApplierInformation",
        (s, r) ->
            SoapOut.single(
                "securityUpdateGetApplierInformation",
                "ApplierInformationTransport",
                soap(update(s, r).applier)));
  }

  private static UpdateRec update(Store s, XNode r) {
    UpdateRec u = s.updates.get(SoapArgs.req(r, "ID"));
    if (u == null) {
      throw new SoapFault(Kind.VALIDATION, "Security update " + r.str("ID") + " does not exist.");
    }
    return u;
  }

  /** Applies an update package; returns null when it cannot be applied (older package). */
  static Applier apply(Store s, UpdateRec u, boolean detectOnly) {
    if (u.state == AppliedState.APPLIED_CURRENT) {
      return u.applier;
    }
    if (u.state == AppliedState.APPLIED) {
      return null;
    }
    for (UpdateRec other : s.updates.values()) {
      if (other.state == AppliedState.APPLIED_CURRENT) {
        other.state = AppliedState.APPLIED;
      }
    }
    Table<RuleRec> ips = s.catalog(RuleKind.INTRUSION_PREVENTION);
    for (RuleRec r : u.newRules) {
      r.detectOnly = detectOnly;
      ips.put(r);
    }
    for (Integer id : u.updatedRuleIds) {
      RuleRec r = ips.get(id);
      if (r != null) {
        r.lastUpdated = u.released;
      }
    }
    u.state = AppliedState.APPLIED_CURRENT;
    u.detectOnly = detectOnly;
    s.catalogChanged = s.now();
    s.appliedUpdates.put(u.id, detectOnly);
    return u.applier;
  }

  private static Map<String, Object> soap(UpdateRec u) {
    Map<String, Object> m = new HashMap<>();
    m.put("ID", u.id);
    m.put("appliedState", u.state == AppliedState.UNKNOWN ? null : u.state.name());
    m.put("contentSummary", u.contentSummary);
    m.put("detectOnly", u.detectOnly);
    m.put("downloaded", u.downloaded);
    m.put("name", u.name);
    m.put("released", u.released);
    return m;
  }

  private static Map<String, Object> soap(Applier a) {
    Map<String, Object> m = new HashMap<>();
    m.put("DPIRulesAdded", a.ipsAdded());
    m.put("DPIRulesAddedAndAssigned", a.ipsAddedAndAssigned());
    m.put("DPIRulesDeleted", a.ipsDeleted());
    m.put("DPIRulesUpdated", a.ipsUpdated());
    m.put("detailedSummary", a.summary());
    return m;
  }
}
