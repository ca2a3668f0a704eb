package io.dsm4j.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A new custom rule of one kind. The typed builders carry the fields people set for each kind;
 * {@link Builder#field} sets any other field by its REST name. The rule XML is given as plain XML
 * for every kind: the backend encodes it as its API wants it (REST {@code customXML}, Base64 for
 * integrity monitoring, {@code ruleXML} for log inspection; SOAP {@code ruleXML} or {@code
 * content}).
 *
 * <pre>{@code
 * Rule r = manager.rules().intrusionPrevention().create(
 *     RuleDraft.intrusionPrevention("Block X-Evil header")
 *         .applicationTypeId(httpAppTypeId)
 *         .severity(Severity.HIGH)
 *         .detectOnly(true)
 *         .ruleXml("<rule>...</rule>")
 *         .build());
 * }</pre>
 */
public final class RuleDraft {
  private final RuleKind kind;
  private final String name;
  private final Map<String, Object> fields;
  private final @Nullable String ruleXml;

  private RuleDraft(Builder<?> b) {
    this.kind = b.kind;
    this.name = b.name;
    this.fields = Collections.unmodifiableMap(new LinkedHashMap<>(b.fields));
    this.ruleXml = b.ruleXml;
  }

  /**
   * @param name the rule's name (unique in its catalog)
   * @return an intrusion prevention rule builder
   */
  public static Ips intrusionPrevention(String name) {
    return new Ips(name);
  }

  /**
   * @param name the rule's name
   * @return a firewall rule builder
   */
  public static FirewallRuleBuilder firewall(String name) {
    return new FirewallRuleBuilder(name);
  }

  /**
   * @param name the rule's name
   * @return an integrity monitoring rule builder
   */
  public static Integrity integrityMonitoring(String name) {
    return new Integrity(name);
  }

  /**
   * @param name the rule's name
   * @return a log inspection rule builder
   */
  public static LogInspection logInspection(String name) {
    return new LogInspection(name);
  }

  /**
   * @param name the application type's name
   * @return an application type builder
   */
  public static ApplicationType applicationType(String name) {
    return new ApplicationType(name);
  }

  /**
   * A builder of any kind with only the generic setters (for input read from a file).
   *
   * @param kind the kind
   * @param name the rule's name
   * @return the builder
   */
  public static Generic of(RuleKind kind, String name) {
    return new Generic(kind, name);
  }

  /**
   * @return the catalog the rule goes to
   */
  public RuleKind kind() {
    return kind;
  }

  /**
   * @return the name
   */
  public String name() {
    return name;
  }

  /**
   * @return the other fields by REST name (the name and the rule XML not included)
   */
  public Map<String, Object> fields() {
    return fields;
  }

  /**
   * @return the rule XML as plain XML, or null
   */
  public @Nullable String ruleXml() {
    return ruleXml;
  }

  @Override
  public String toString() {
    return "RuleDraft[" + kind + " " + name + " " + fields.keySet() + "]";
  }

  /**
   * What every kind's builder has.
   *
   * @param <B> the builder's own type
   */
  public abstract static class Builder<B extends Builder<B>> {
    final RuleKind kind;
    final String name;
    final Map<String, Object> fields = new LinkedHashMap<>();
    @Nullable String ruleXml;

    Builder(RuleKind kind, String name) {
      this.kind = Objects.requireNonNull(kind, "kind");
      if (name == null || name.isBlank()) {
        throw new IllegalArgumentException("rule name must not be blank");
      }
      this.name = name;
    }

    abstract B self();

    /**
     * @param description the description
     * @return this builder
     */
    public B description(String description) {
      return field("description", Objects.requireNonNull(description, "description"));
    }

    /**
     * Sets any field by its REST name (a SOAP backend also takes its own element names).
     *
     * @param name the field name
     * @param value text, a boolean, a number, or a list of those
     * @return this builder
     */
    public B field(String name, Object value) {
      if ("name".equals(name)) {
        throw new IllegalArgumentException("the name is given to the builder's factory");
      }
      // RuleUpdate holds the one definition of what a field value may be.
      fields.put(name, RuleUpdate.builder().field(name, value).build().fields().get(name));
      return self();
    }

    /**
     * @return the draft
     */
    public RuleDraft build() {
      return new RuleDraft(this);
    }

    B text(String field, String value) {
      return field(field, Objects.requireNonNull(value, field));
    }

    static String lower(Enum<?> e) {
      return e.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
  }

  /** Any kind, generic setters only. */
  public static final class Generic extends Builder<Generic> {
    Generic(RuleKind kind, String name) {
      super(kind, name);
    }

    @Override
    Generic self() {
      return this;
    }

    /**
     * @param xml the rule XML as plain XML (intrusion prevention, integrity, log inspection)
     * @return this builder
     */
    public Generic ruleXml(String xml) {
      this.ruleXml = Objects.requireNonNull(xml, "xml");
      return this;
    }
  }

  /** An intrusion prevention rule. */
  public static final class Ips extends Builder<Ips> {
    Ips(String name) {
      super(RuleKind.INTRUSION_PREVENTION, name);
      field("type", "custom");
    }

    @Override
    Ips self() {
      return this;
    }

    /**
     * @param type {@code custom} (the default), {@code smart}, {@code vulnerability}, {@code
     *     exploit}, {@code hidden}, {@code policy} or {@code info}
     * @return this builder
     */
    public Ips type(String type) {
      return text("type", type);
    }

    /**
     * @param priority {@code lowest}, {@code low}, {@code normal}, {@code high} or {@code highest}
     * @return this builder
     */
    public Ips priority(String priority) {
      return text("priority", priority);
    }

    /**
     * @param severity the severity
     * @return this builder
     */
    public Ips severity(Severity severity) {
      return field("severity", lower(severity));
    }

    /**
     * @param detectOnly log only instead of blocking
     * @return this builder
     */
    public Ips detectOnly(boolean detectOnly) {
      return field("detectOnly", detectOnly);
    }

    /**
     * @param id the application type the rule inspects
     * @return this builder
     */
    public Ips applicationTypeId(int id) {
      return field("applicationTypeID", id);
    }

    /**
     * @param template {@code custom} (rule XML), {@code signature} or {@code start-end-patterns}
     * @return this builder
     */
    public Ips template(String template) {
      return text("template", template);
    }

    /**
     * @param xml the custom rule XML, plain (sets the template to {@code custom})
     * @return this builder
     */
    public Ips ruleXml(String xml) {
      this.ruleXml = Objects.requireNonNull(xml, "xml");
      return text("template", "custom");
    }

    /**
     * @param disabled true to log no events
     * @return this builder
     */
    public Ips eventLoggingDisabled(boolean disabled) {
      return field("eventLoggingDisabled", disabled);
    }

    /**
     * @param enabled raise an alert when the rule triggers
     * @return this builder
     */
    public Ips alertEnabled(boolean enabled) {
      return field("alertEnabled", enabled);
    }
  }

  /** An integrity monitoring rule. */
  public static final class Integrity extends Builder<Integrity> {
    Integrity(String name) {
      super(RuleKind.INTEGRITY_MONITORING, name);
    }

    @Override
    Integrity self() {
      return this;
    }

    /**
     * @param template {@code custom} (rule XML), {@code registry} or {@code file}
     * @return this builder
     */
    public Integrity template(String template) {
      return text("template", template);
    }

    /**
     * @param xml the rule XML, plain (sets the template to {@code custom})
     * @return this builder
     */
    public Integrity ruleXml(String xml) {
      this.ruleXml = Objects.requireNonNull(xml, "xml");
      return text("template", "custom");
    }

    /**
     * @param realTime monitor in real time (REST only)
     * @return this builder
     */
    public Integrity realTime(boolean realTime) {
      return field("realTimeMonitoringEnabled", realTime);
    }

    /**
     * @param severity the severity
     * @return this builder
     */
    public Integrity severity(Severity severity) {
      return field("severity", lower(severity));
    }

    /**
     * @param enabled raise an alert on a change
     * @return this builder
     */
    public Integrity alertEnabled(boolean enabled) {
      return field("alertEnabled", enabled);
    }
  }

  /** A log inspection rule. REST has no decoders; they are not offered. */
  public static final class LogInspection extends Builder<LogInspection> {
    LogInspection(String name) {
      super(RuleKind.LOG_INSPECTION, name);
    }

    @Override
    LogInspection self() {
      return this;
    }

    /**
     * @param template {@code custom} (rule XML) or {@code basic-rule}
     * @return this builder
     */
    public LogInspection template(String template) {
      return text("template", template);
    }

    /**
     * @param xml the rule XML, plain (sets the template to {@code custom})
     * @return this builder
     */
    public LogInspection ruleXml(String xml) {
      this.ruleXml = Objects.requireNonNull(xml, "xml");
      return text("template", "custom");
    }

    /**
     * @param enabled raise an alert
     * @return this builder
     */
    public LogInspection alertEnabled(boolean enabled) {
      return field("alertEnabled", enabled);
    }
  }

  /** An application type (what intrusion prevention rules inspect). */
  public static final class ApplicationType extends Builder<ApplicationType> {
    ApplicationType(String name) {
      super(RuleKind.APPLICATION_TYPE, name);
    }

    @Override
    ApplicationType self() {
      return this;
    }

    /**
     * @param direction {@code incoming} or {@code outgoing}
     * @return this builder
     */
    public ApplicationType direction(String direction) {
      return text("direction", direction);
    }

    /**
     * @param protocol {@code tcp}, {@code udp}, {@code tcp-udp} or {@code icmp}
     * @return this builder
     */
    public ApplicationType protocol(String protocol) {
      return text("protocol", protocol);
    }

    /**
     * @param ports ports or ranges
     * @return this builder
     */
    public ApplicationType ports(List<String> ports) {
      field("portMultiple", List.copyOf(ports));
      return text("portType", "multiple");
    }
  }
}
