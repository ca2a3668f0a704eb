package io.dsm4j.model;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A rule of one of the catalogs (or an application type). Fields that a kind does not have are
 * null: firewall rules have no identifier or severity, only intrusion prevention rules have CVEs
 * and a detect-only flag.
 *
 * <pre>{@code
 * Rule log4shell = manager.rules().intrusionPrevention().get(4711);
 * System.out.println(log4shell.identifier() + " " + log4shell.cves());
 * }</pre>
 *
 * @param kind the catalog
 * @param id the manager's ID (the same through REST and SOAP; not the Trend identifier)
 * @param name the name
 * @param description the description, empty when none
 * @param identifier Trend's public rule number (e.g. "1008610"), or null
 * @param severity the severity, or null for kinds without one
 * @param cves the CVEs an intrusion prevention rule covers (empty otherwise)
 * @param cvssScore the highest CVSS score covered, or null
 * @param detectOnly the global detect-only flag of an intrusion prevention rule, or null
 * @param applicationTypeId the application type of an intrusion prevention rule, or null
 * @param issued when Trend first issued the rule, or null
 * @param lastUpdated when the rule last changed (REST only), or null
 * @param extra every other field the manager sent, by the backend's own names (REST JSON names such
 *     as {@code customXML}, SOAP transport names such as {@code ruleXML}); read-only
 */
public record Rule(
    RuleKind kind,
    int id,
    String name,
    String description,
    @Nullable String identifier,
    @Nullable Severity severity,
    List<String> cves,
    @Nullable Double cvssScore,
    @Nullable Boolean detectOnly,
    @Nullable Integer applicationTypeId,
    @Nullable Instant issued,
    @Nullable Instant lastUpdated,
    Fields extra) {

  /**
   * Validates and copies the components.
   *
   * @param kind the catalog
   * @param id the manager's ID (the same through REST and SOAP; not the Trend identifier)
   * @param name the name
   * @param description the description, empty when none
   * @param identifier Trend's public rule number (e.g. "1008610"), or null
   * @param severity the severity, or null for kinds without one
   * @param cves the CVEs an intrusion prevention rule covers (empty otherwise)
   * @param cvssScore the highest CVSS score covered, or null
   * @param detectOnly the global detect-only flag of an intrusion prevention rule, or null
   * @param applicationTypeId the application type of an intrusion prevention rule, or null
   * @param issued when Trend first issued the rule, or null
   * @param lastUpdated when the rule last changed (REST only), or null
   * @param extra every other field the manager sent (null is read as none)
   */
  public Rule {
    Objects.requireNonNull(kind, "kind");
    name = name == null ? "" : name;
    description = description == null ? "" : description;
    cves = List.copyOf(cves == null ? List.of() : cves);
    extra = extra == null ? Fields.empty() : extra;
  }

  /**
   * A rule without other fields (as before {@link #extra()} existed).
   *
   * @param kind the catalog
   * @param id the manager's ID
   * @param name the name
   * @param description the description, empty when none
   * @param identifier Trend's public rule number, or null
   * @param severity the severity, or null
   * @param cves the CVEs an intrusion prevention rule covers
   * @param cvssScore the highest CVSS score covered, or null
   * @param detectOnly the global detect-only flag of an intrusion prevention rule, or null
   * @param applicationTypeId the application type of an intrusion prevention rule, or null
   * @param issued when Trend first issued the rule, or null
   * @param lastUpdated when the rule last changed, or null
   */
  public Rule(
      RuleKind kind,
      int id,
      String name,
      String description,
      @Nullable String identifier,
      @Nullable Severity severity,
      List<String> cves,
      @Nullable Double cvssScore,
      @Nullable Boolean detectOnly,
      @Nullable Integer applicationTypeId,
      @Nullable Instant issued,
      @Nullable Instant lastUpdated) {
    this(
        kind,
        id,
        name,
        description,
        identifier,
        severity,
        cves,
        cvssScore,
        detectOnly,
        applicationTypeId,
        issued,
        lastUpdated,
        Fields.empty());
  }

  /**
   * @return whether Trend Micro issued the rule (it has a Trend identifier); such rules cannot be
   *     deleted and most of their fields cannot be changed
   */
  public boolean trendIssued() {
    return identifier != null;
  }

  /**
   * The rule XML of an intrusion prevention, integrity monitoring or log inspection rule, as plain
   * XML whichever backend read it (REST {@code customXML}, Base64 for integrity monitoring, or
   * {@code ruleXML}; SOAP {@code ruleXML} or {@code content}).
   *
   * @return the rule XML, or null when the kind has none or the manager sent none
   */
  public @Nullable String ruleXml() {
    return switch (kind) {
      case INTRUSION_PREVENTION ->
          extra.string("customXML").or(() -> extra.string("ruleXML")).orElse(null);
      case INTEGRITY_MONITORING ->
          extra
              .string("customXML")
              .map(Rule::base64OrPlain)
              .or(() -> extra.string("content"))
              .orElse(null);
      case LOG_INSPECTION -> extra.string("ruleXML").or(() -> extra.string("content")).orElse(null);
      case FIREWALL, APPLICATION_TYPE -> null;
    };
  }

  private static String base64OrPlain(String text) {
    if (text.stripLeading().startsWith("<")) {
      return text;
    }
    try {
      return new String(
          java.util.Base64.getMimeDecoder().decode(text), java.nio.charset.StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return text;
    }
  }
}
