package io.dsm4j.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Changes to a rule's fields: an override on one policy or computer, or an update of a custom rule.
 * Only the fields set here are sent. The common fields have typed setters; any other field is set
 * by its REST name with {@link Builder#field} (values: text, booleans, numbers, lists of those).
 *
 * <pre>{@code
 * manager.computers().ruleOverrides(RuleKind.INTRUSION_PREVENTION)
 *     .override(computerId, ruleId, RuleUpdate.builder().detectOnly(true).build());
 * }</pre>
 */
public final class RuleUpdate {
  private final Map<String, Object> fields;
  private final @Nullable String ruleXml;

  private RuleUpdate(Map<String, Object> fields, @Nullable String ruleXml) {
    this.fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    this.ruleXml = ruleXml;
  }

  /**
   * @return the new rule XML as plain XML (custom rules), or null to keep it
   */
  public @Nullable String ruleXml() {
    return ruleXml;
  }

  /**
   * @return a builder with nothing changed
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * @return the changed fields by REST name, in the order they were set
   */
  public Map<String, Object> fields() {
    return fields;
  }

  /**
   * @return true when nothing would change
   */
  public boolean isEmpty() {
    return fields.isEmpty() && ruleXml == null;
  }

  /**
   * @param name a REST field name
   * @return the new value of that field, or null when it is not changed
   */
  public @Nullable Object get(String name) {
    return fields.get(name);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RuleUpdate c
        && c.fields.equals(fields)
        && Objects.equals(c.ruleXml, ruleXml);
  }

  @Override
  public int hashCode() {
    return fields.hashCode() * 31 + Objects.hashCode(ruleXml);
  }

  @Override
  public String toString() {
    return "RuleUpdate" + fields;
  }

  /** Builds {@link RuleUpdate}. */
  public static final class Builder {
    private final Map<String, Object> fields = new LinkedHashMap<>();
    private @Nullable String ruleXml;

    private Builder() {}

    /**
     * @param xml a custom rule's new rule XML, plain (the backend encodes it as its API wants)
     * @return this builder
     */
    public Builder ruleXml(String xml) {
      this.ruleXml = Objects.requireNonNull(xml, "xml");
      return this;
    }

    /**
     * @param detectOnly an intrusion prevention rule's detect-only flag
     * @return this builder
     */
    public Builder detectOnly(boolean detectOnly) {
      return field("detectOnly", detectOnly);
    }

    /**
     * @param enabled whether the rule raises an alert
     * @return this builder
     */
    public Builder alertEnabled(boolean enabled) {
      return field("alertEnabled", enabled);
    }

    /**
     * @param severity the severity (intrusion prevention, integrity monitoring)
     * @return this builder
     */
    public Builder severity(Severity severity) {
      return field(
          "severity", Objects.requireNonNull(severity, "severity").name().toLowerCase(Locale.ROOT));
    }

    /**
     * @param priority an intrusion prevention priority ({@code lowest} … {@code highest}) or a
     *     firewall priority ({@code 0} … {@code 4})
     * @return this builder
     */
    public Builder priority(String priority) {
      return field("priority", Objects.requireNonNull(priority, "priority"));
    }

    /**
     * @param name the rule's name (custom rules)
     * @return this builder
     */
    public Builder name(String name) {
      if (name == null || name.isBlank()) {
        throw new IllegalArgumentException("rule name must not be blank");
      }
      return field("name", name);
    }

    /**
     * @param description the description (empty clears it)
     * @return this builder
     */
    public Builder description(String description) {
      return field("description", Objects.requireNonNull(description, "description"));
    }

    /**
     * Sets any field by its REST name.
     *
     * @param name the REST name, e.g. {@code eventLoggingDisabled}
     * @param value text, a boolean, a number, or a list of those
     * @return this builder
     * @throws IllegalArgumentException for a blank name, {@code ID}, or another value type
     */
    public Builder field(String name, Object value) {
      if (name == null || name.isBlank()) {
        throw new IllegalArgumentException("a field name must not be blank");
      }
      if (name.equals("ID") || name.equals("id")) {
        throw new IllegalArgumentException("a rule's ID cannot be changed");
      }
      fields.put(name, checked(name, value));
      return this;
    }

    private static Object checked(String name, Object value) {
      if (value instanceof String || value instanceof Boolean || value instanceof Number) {
        return value;
      }
      if (value instanceof List<?> l) {
        for (Object x : l) {
          if (!(x instanceof String || x instanceof Number || x instanceof Boolean)) {
            throw new IllegalArgumentException(name + ": a list holds text, numbers or booleans");
          }
        }
        return List.copyOf(l);
      }
      throw new IllegalArgumentException(
          name + ": a value is text, a boolean, a number or a list, not " + value);
    }

    /**
     * @return the changes
     */
    public RuleUpdate build() {
      return new RuleUpdate(fields, ruleXml);
    }
  }
}
