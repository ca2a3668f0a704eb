package io.dsm4j.testkit.internal;

import io.dsm4j.testkit.internal.Recs.ComputerRec;
import io.dsm4j.testkit.internal.Recs.GroupRec;
import io.dsm4j.testkit.internal.SoapFault.Kind;
import java.util.function.Predicate;

/** The SOAP {@code HostFilterTransport}: which computers a host or event query covers. */
final class HostFilter {
  private HostFilter() {}

  /** A predicate on computer IDs; a missing or nil filter accepts all. */
  static Predicate<Integer> of(Store s, XNode f) {
    if (f == null || f.nil) {
      return id -> true;
    }
    String type = f.str("type");
    if (type == null) {
      type = "ALL_HOSTS";
    }
    switch (type) {
      case "ALL_HOSTS", "MY_HOSTS":
        return id -> true;
      case "SPECIFIC_HOST":
        {
          Integer h = f.integer("hostID");
          if (h == null) {
            throw new SoapFault(Kind.VALIDATION, "hostID is required for SPECIFIC_HOST.");
          }
          return id -> id != null && id.equals(h);
        }
      case "HOSTS_IN_GROUP", "HOSTS_IN_GROUP_AND_ALL_SUBGROUPS":
        {
          Integer g = f.integer("hostGroupID");
          if (g == null) {
            throw new SoapFault(Kind.VALIDATION, "hostGroupID is required for " + type + ".");
          }
          boolean sub = type.endsWith("SUBGROUPS");
          return id -> {
            ComputerRec c = id == null ? null : s.computers.get(id);
            if (c == null || c.groupId == null) {
              return false;
            }
            Integer cur = c.groupId;
            for (int guard = 0; cur != null && guard < 1000; guard++) {
              if (cur.equals(g)) {
                return true;
              }
              if (!sub) {
                return false;
              }
              GroupRec rec = s.groups.get(cur);
              cur = rec == null ? null : rec.parentId;
            }
            return false;
          };
        }
      case "HOSTS_USING_SECURITY_PROFILE":
        {
          Integer p = f.integer("securityProfileID");
          if (p == null) {
            throw new SoapFault(
                Kind.VALIDATION, "securityProfileID is required for HOSTS_USING_SECURITY_PROFILE.");
          }
          return id -> {
            ComputerRec c = id == null ? null : s.computers.get(id);
            return c != null && p.equals(c.policyId);
          };
        }
      default:
        throw new SoapFault(Kind.VALIDATION, "Invalid host filter type " + type + ".");
    }
  }
}
