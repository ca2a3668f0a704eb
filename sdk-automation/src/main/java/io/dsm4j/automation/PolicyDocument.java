package io.dsm4j.automation;

import io.dsm4j.automation.internal.PolicyJson;
import io.dsm4j.model.ModuleState;
import io.dsm4j.model.RuleKind;
import io.dsm4j.model.SecurityModule;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A policy's desired state, portable across managers: what is set on the policy itself (its
 * description, parent by name, module states, the settings it sets rather than inherits, its direct
 * rule assignments) and the custom rules it uses. Trend Micro rules are referenced by identifier,
 * custom rules by name within their kind; IDs, {@code issued} and {@code lastUpdated} are left out.
 * Setting names are the backend's own (REST free names, SOAP {@code CONFIGURATION_…} keys): a
 * document applies to a manager through the same backend.
 *
 * <p>{@link #toJson()} and {@link #fromJson(String)} read and write the document as one JSON object
 * with a fixed order, so that two exports of the same state are the same text.
 *
 * @param name the policy's name
 * @param description its description
 * @param parent the parent policy's name, or null for a top-level policy
 * @param modules the module states set on the policy
 * @param settings the settings set on the policy itself, by name (sorted)
 * @param rules the rules assigned directly, per kind (sorted)
 * @param customRules the custom rules the assignments reference (sorted by kind and name)
 */
public record PolicyDocument(
    String name,
    String description,
    String parent,
    Map<SecurityModule, ModuleState> modules,
    Map<String, String> settings,
    Map<RuleKind, List<RuleRef>> rules,
    List<CustomRule> customRules) {

  /** The format this version writes and reads ({@code format} in the JSON). */
  public static final String FORMAT = "dsm4j-policy/1";

  /**
   * Copies and orders every collection so that equal states are equal documents.
   *
   * @param name the policy's name
   * @param description its description
   * @param parent the parent policy's name, or null
   * @param modules the module states
   * @param settings the settings set on the policy itself
   * @param rules the rules assigned directly, per kind
   * @param customRules the custom rules the assignments reference
   */
  public PolicyDocument {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("a policy document needs the policy's name");
    }
    description = description == null ? "" : description;
    Map<SecurityModule, ModuleState> m = new EnumMap<>(SecurityModule.class);
    m.putAll(Objects.requireNonNull(modules, "modules"));
    modules = java.util.Collections.unmodifiableMap(m);
    settings = java.util.Collections.unmodifiableMap(new TreeMap<>(settings));
    Map<RuleKind, List<RuleRef>> r = new EnumMap<>(RuleKind.class);
    Objects.requireNonNull(rules, "rules")
        .forEach(
            (k, refs) -> {
              List<RuleRef> sorted = new ArrayList<>(refs);
              sorted.sort(RuleRef.ORDER);
              r.put(k, List.copyOf(sorted));
            });
    rules = java.util.Collections.unmodifiableMap(r);
    List<CustomRule> c = new ArrayList<>(Objects.requireNonNull(customRules, "customRules"));
    c.sort(Comparator.comparing(CustomRule::kind).thenComparing(CustomRule::name));
    customRules = List.copyOf(c);
  }

  /**
   * Reads a document written by {@link #toJson()} (or by hand).
   *
   * @param json the JSON text
   * @return the document
   * @throws IllegalArgumentException when the text is not a valid document (the message says where)
   */
  public static PolicyDocument fromJson(String json) {
    return PolicyJson.read(json);
  }

  /**
   * @return the document as pretty-printed JSON, fields in a fixed order
   */
  public String toJson() {
    return PolicyJson.write(this);
  }

  /**
   * A rule reference: a Trend Micro rule by its identifier, or a custom rule by its name.
   *
   * @param identifier the Trend Micro identifier, or null for a custom rule
   * @param name the custom rule's name, or null for a Trend Micro rule
   */
  public record RuleRef(String identifier, String name) {
    static final Comparator<RuleRef> ORDER =
        Comparator.comparing((RuleRef r) -> r.identifier() == null)
            .thenComparing(r -> r.identifier() == null ? "" : r.identifier())
            .thenComparing(r -> r.name() == null ? "" : r.name());

    /**
     * Exactly one of identifier and name.
     *
     * @param identifier the Trend Micro identifier, or null
     * @param name the custom rule's name, or null
     */
    public RuleRef {
      if ((identifier == null) == (name == null)) {
        throw new IllegalArgumentException(
            "a rule reference has an identifier (Trend Micro rule) or a name (custom rule)");
      }
    }

    /**
     * @param identifier a Trend Micro identifier
     * @return the reference
     */
    public static RuleRef trend(String identifier) {
      return new RuleRef(identifier, null);
    }

    /**
     * @param name a custom rule's name
     * @return the reference
     */
    public static RuleRef custom(String name) {
      return new RuleRef(null, name);
    }

    @Override
    public String toString() {
      return identifier != null ? "identifier " + identifier : "'" + name + "'";
    }
  }

  /**
   * A custom rule the policy uses, with the fields both backends carry.
   *
   * @param kind its kind
   * @param name its name (unique in its kind)
   * @param description its description
   * @param severity {@code low}, {@code medium}, {@code high}, {@code critical}, or null
   * @param detectOnly an intrusion prevention rule's detect-only flag, or null
   * @param applicationType an intrusion prevention rule's application type, or null
   * @param ruleXml the rule XML, plain, or null
   * @param fields a firewall rule's or application type's other fields (action, direction,
   *     protocol, addresses, ports, …) by the backend's own names and spellings, as {@link
   *     io.dsm4j.model.Rule#extra()} holds them; list IDs in them are the exporting manager's
   */
  public record CustomRule(
      RuleKind kind,
      String name,
      String description,
      String severity,
      Boolean detectOnly,
      RuleRef applicationType,
      String ruleXml,
      Map<String, Object> fields) {
    /**
     * Checks the kind and name; orders the fields by name.
     *
     * @param kind its kind
     * @param name its name
     * @param description its description
     * @param severity its severity, or null
     * @param detectOnly its detect-only flag, or null
     * @param applicationType its application type, or null
     * @param ruleXml its rule XML, or null
     * @param fields its other fields
     */
    public CustomRule {
      Objects.requireNonNull(kind, "kind");
      if (name == null || name.isBlank()) {
        throw new IllegalArgumentException("a custom rule needs a name");
      }
      description = description == null ? "" : description;
      Map<String, Object> f = new TreeMap<>();
      (fields == null ? Map.<String, Object>of() : fields).forEach((k, v) -> f.put(k, plain(k, v)));
      fields = java.util.Collections.unmodifiableMap(f);
    }

    /** Whole numbers as Long, other numbers as Double: equal values, equal documents. */
    private static Object plain(String name, Object v) {
      if (v instanceof String || v instanceof Boolean) {
        return v;
      }
      if (v instanceof Number n) {
        double d = n.doubleValue();
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? (Object) n.longValue() : (Object) d;
      }
      if (v instanceof List<?> l) {
        List<Object> out = new ArrayList<>();
        for (Object x : l) {
          if (x instanceof List<?>) {
            throw new IllegalArgumentException(name + ": nested lists are not field values");
          }
          out.add(plain(name, x));
        }
        return List.copyOf(out);
      }
      throw new IllegalArgumentException(
          name + ": a field value is text, a number, a boolean or a list, not " + v);
    }
  }
}
