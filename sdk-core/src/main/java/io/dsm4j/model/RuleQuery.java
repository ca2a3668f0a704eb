package io.dsm4j.model;

import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Criteria for listing rules; all criteria set must match. Not every kind or backend supports every
 * criterion: an unsupported one fails with {@link
 * io.dsm4j.exception.UnsupportedCapabilityException} rather than returning an empty or unfiltered
 * list.
 *
 * <pre>{@code
 * RuleQuery q = RuleQuery.builder().cve("CVE-2021-44228").build();
 * manager.rules().intrusionPrevention().list(q).forEach(System.out::println);
 * }</pre>
 */
public final class RuleQuery {
  private static final Pattern CVE = Pattern.compile("CVE-\\d{4}-\\d{4,}");
  private static final RuleQuery ALL = new Builder().build();

  private final String identifier;
  private final String cve;
  private final Severity severity;
  private final Instant updatedSince;
  private final String nameContains;

  private RuleQuery(Builder b) {
    this.identifier = b.identifier;
    this.cve = b.cve;
    this.severity = b.severity;
    this.updatedSince = b.updatedSince;
    this.nameContains = b.nameContains;
  }

  /**
   * @return a query that matches every rule
   */
  public static RuleQuery all() {
    return ALL;
  }

  /**
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * @return the Trend identifier to match exactly, or null
   */
  public @Nullable String identifier() {
    return identifier;
  }

  /**
   * @return the CVE (upper case, e.g. {@code CVE-2021-44228}) the rule must cover, or null
   */
  public @Nullable String cve() {
    return cve;
  }

  /**
   * @return the severity to match, or null
   */
  public @Nullable Severity severity() {
    return severity;
  }

  /**
   * @return the earliest last-updated time, or null
   */
  public @Nullable Instant updatedSince() {
    return updatedSince;
  }

  /**
   * @return a text the name must contain (case-insensitive), or null
   */
  public @Nullable String nameContains() {
    return nameContains;
  }

  /**
   * @return true when no criterion is set
   */
  public boolean isEmpty() {
    return identifier == null
        && cve == null
        && severity == null
        && updatedSince == null
        && nameContains == null;
  }

  /**
   * Tests a rule against every criterion. Backends that cannot filter on the server use it, and
   * backends that can use it to drop wildcard false positives.
   *
   * @param rule the rule
   * @return whether it matches
   */
  public boolean matches(Rule rule) {
    if (identifier != null && !identifier.equals(rule.identifier())) {
      return false;
    }
    if (cve != null && rule.cves().stream().noneMatch(c -> c.trim().equalsIgnoreCase(cve))) {
      return false;
    }
    if (severity != null && severity != rule.severity()) {
      return false;
    }
    if (updatedSince != null
        && (rule.lastUpdated() == null || rule.lastUpdated().isBefore(updatedSince))) {
      return false;
    }
    return nameContains == null
        || rule.name().toLowerCase(Locale.ROOT).contains(nameContains.toLowerCase(Locale.ROOT));
  }

  @Override
  public String toString() {
    return "RuleQuery[identifier="
        + identifier
        + ", cve="
        + cve
        + ", severity="
        + severity
        + ", updatedSince="
        + updatedSince
        + ", nameContains="
        + nameContains
        + "]";
  }

  /** Builds a {@link RuleQuery}. */
  public static final class Builder {
    private String identifier;
    private String cve;
    private Severity severity;
    private Instant updatedSince;
    private String nameContains;

    private Builder() {}

    /**
     * @param identifier Trend's rule number, digits only (e.g. "1008610")
     * @return this builder
     */
    public Builder identifier(String identifier) {
      Objects.requireNonNull(identifier, "identifier");
      if (!identifier.matches("\\d{1,12}")) {
        throw new IllegalArgumentException(
            "rule identifier must be digits, e.g. 1008610; got '" + identifier + "'");
      }
      this.identifier = identifier;
      return this;
    }

    /**
     * @param cve a CVE ID such as {@code CVE-2021-44228} (any case)
     * @return this builder
     */
    public Builder cve(String cve) {
      Objects.requireNonNull(cve, "cve");
      String upper = cve.trim().toUpperCase(Locale.ROOT);
      if (!CVE.matcher(upper).matches()) {
        throw new IllegalArgumentException(
            "malformed CVE '" + cve + "' (expected CVE-YYYY-NNNN, e.g. CVE-2021-44228)");
      }
      this.cve = upper;
      return this;
    }

    /**
     * @param severity the severity (not {@link Severity#UNKNOWN})
     * @return this builder
     */
    public Builder severity(Severity severity) {
      Objects.requireNonNull(severity, "severity");
      if (severity == Severity.UNKNOWN) {
        throw new IllegalArgumentException("cannot search for severity UNKNOWN");
      }
      this.severity = severity;
      return this;
    }

    /**
     * @param since the earliest last-updated time
     * @return this builder
     */
    public Builder updatedSince(Instant since) {
      this.updatedSince = Objects.requireNonNull(since, "since");
      return this;
    }

    /**
     * @param text a text the name must contain (not blank)
     * @return this builder
     */
    public Builder nameContains(String text) {
      if (text == null || text.isBlank()) {
        throw new IllegalArgumentException("name text must not be blank");
      }
      this.nameContains = text;
      return this;
    }

    /**
     * @return the query
     */
    public RuleQuery build() {
      return new RuleQuery(this);
    }
  }
}
