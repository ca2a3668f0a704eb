package io.dsm4j.testkit.internal;

import io.dsm4j.model.RuleKind;
import io.dsm4j.testkit.internal.SoapFault.Kind;
import java.util.Map;
import java.util.function.Function;

/** Reading SOAP request elements; a missing or invalid one is a ManagerValidationException. */
final class SoapArgs {
  private SoapArgs() {}

  static int req(XNode r, String element) {
    Integer v = r.integer(element);
    if (v == null) {
      throw new SoapFault(Kind.VALIDATION, "Element " + element + " is required.");
    }
    return v;
  }

  static String nonNull(String v, String element) {
    if (v == null) {
      throw new SoapFault(Kind.VALIDATION, "Element " + element + " is required.");
    }
    return v;
  }

  static XNode need(XNode r, String element) {
    XNode n = r.child(element);
    if (n == null || n.nil) {
      throw new SoapFault(Kind.VALIDATION, "Element " + element + " is required.");
    }
    return n;
  }

  /** The {@code name} element, required by every {@code …RetrieveByName}. */
  static String name(XNode r) {
    String want = r.str("name");
    if (want == null) {
      throw new SoapFault(Kind.VALIDATION, "name is required.");
    }
    return want;
  }

  static <T> Map<String, Object> opt(T rec, Function<T, Map<String, Object>> f) {
    return rec == null ? null : f.apply(rec);
  }

  /** The rule kind of a SOAP {@code type} number (1-5). */
  static RuleKind ruleType(int type) {
    return switch (type) {
      case 1 -> RuleKind.APPLICATION_TYPE;
      case 2 -> RuleKind.INTRUSION_PREVENTION;
      case 3 -> RuleKind.FIREWALL;
      case 4 -> RuleKind.INTEGRITY_MONITORING;
      case 5 -> RuleKind.LOG_INSPECTION;
      default ->
          throw new SoapFault(Kind.VALIDATION, "Invalid rule type " + type + " (expected 1-5).");
    };
  }
}
