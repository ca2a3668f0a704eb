package io.dsm4j;

import io.dsm4j.model.RuleKind;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The capabilities a backend declares, per rule kind where that matters. Immutable.
 *
 * <pre>{@code
 * if (manager.capabilities().supports(Capability.RULE_QUERY_CVE, RuleKind.INTRUSION_PREVENTION)) {
 *   ...
 * }
 * }</pre>
 */
public final class Capabilities {
  private final Map<Capability, Set<RuleKind>> declared;
  private final Map<Capability, String> since;

  private Capabilities(Map<Capability, Set<RuleKind>> declared, Map<Capability, String> since) {
    EnumMap<Capability, Set<RuleKind>> copy = new EnumMap<>(Capability.class);
    declared.forEach((c, kinds) -> copy.put(c, Collections.unmodifiableSet(EnumSet.copyOf(kinds))));
    this.declared = Collections.unmodifiableMap(copy);
    EnumMap<Capability, String> versions = new EnumMap<>(Capability.class);
    since.forEach(
        (c, v) -> {
          if (copy.containsKey(c)) {
            versions.put(c, v);
          }
        });
    this.since = Collections.unmodifiableMap(versions);
  }

  /**
   * The oldest manager version that has what a capability needs, where that differs between the
   * versions a backend supports (some {@code /api} paths exist only from a DSM release on). The
   * core checks it against the version the manager reported when it knows that version, and refuses
   * the call with {@link io.dsm4j.exception.UnsupportedCapabilityException} before sending it to an
   * older manager.
   *
   * @param capability a capability
   * @return its minimum manager version, e.g. {@code 12.5}, if one is declared
   */
  public java.util.Optional<String> minimumVersion(Capability capability) {
    return java.util.Optional.ofNullable(since.get(capability));
  }

  /**
   * @return a builder with nothing declared
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * @param capability a capability that is not per kind
   * @return whether it is declared (for a per-kind capability: for at least one kind)
   */
  public boolean supports(Capability capability) {
    return declared.containsKey(capability);
  }

  /**
   * @param capability a capability
   * @param kind the rule kind (ignored for capabilities that are not per kind)
   * @return whether it is declared for that kind
   */
  public boolean supports(Capability capability, RuleKind kind) {
    Set<RuleKind> kinds = declared.get(capability);
    if (kinds == null) {
      return false;
    }
    return !capability.perKind() || kinds.contains(kind);
  }

  /**
   * @return the declared capabilities
   */
  public Set<Capability> all() {
    return declared.isEmpty()
        ? Set.of()
        : Collections.unmodifiableSet(EnumSet.copyOf(declared.keySet()));
  }

  /**
   * @param capability a per-kind capability
   * @return the kinds it is declared for (empty when not declared)
   */
  public Set<RuleKind> kinds(Capability capability) {
    return declared.getOrDefault(capability, Set.of());
  }

  /**
   * @param other more capabilities
   * @return the union of both
   */
  public Capabilities union(Capabilities other) {
    Builder b = builder();
    declared.forEach(b::addAll);
    other.declared.forEach(b::addAll);
    // A capability either backend has without a minimum has none in the union; otherwise the
    // lower minimum wins.
    for (Capability c : b.declared.keySet()) {
      String mine = declared.containsKey(c) ? since.getOrDefault(c, "") : null;
      String theirs = other.declared.containsKey(c) ? other.since.getOrDefault(c, "") : null;
      String v =
          mine == null
              ? theirs
              : theirs == null
                  ? mine
                  : mine.isEmpty() || theirs.isEmpty()
                      ? ""
                      : ManagerVersion.compare(mine, theirs) <= 0 ? mine : theirs;
      if (v != null && !v.isEmpty()) {
        b.since.put(c, v);
      }
    }
    return b.build();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Capabilities c && c.declared.equals(declared) && c.since.equals(since);
  }

  @Override
  public int hashCode() {
    return declared.hashCode() * 31 + since.hashCode();
  }

  @Override
  public String toString() {
    return declared.toString();
  }

  /** Builds {@link Capabilities}. */
  public static final class Builder {
    private final Map<Capability, Set<RuleKind>> declared = new EnumMap<>(Capability.class);
    private final Map<Capability, String> since = new EnumMap<>(Capability.class);

    /**
     * Declares the oldest manager version that has what a capability needs (see {@link
     * Capabilities#minimumVersion}). The capability itself is declared with {@code add}.
     *
     * @param capability the capability
     * @param version the minimum version, dotted numbers such as {@code 12.5}
     * @return this builder
     * @throws IllegalArgumentException when the version is not dotted numbers
     */
    public Builder since(Capability capability, String version) {
      Objects.requireNonNull(capability, "capability");
      if (version == null || !version.matches("\\d+(\\.\\d+)*")) {
        throw new IllegalArgumentException("a version is dotted numbers, got '" + version + "'");
      }
      since.put(capability, version);
      return this;
    }

    private Builder() {}

    /**
     * Declares capabilities that are not per kind.
     *
     * @param capabilities the capabilities
     * @return this builder
     */
    public Builder add(Capability... capabilities) {
      for (Capability c : capabilities) {
        if (c.perKind()) {
          throw new IllegalArgumentException(c + " is declared per rule kind");
        }
        declared.computeIfAbsent(c, k -> EnumSet.noneOf(RuleKind.class));
      }
      return this;
    }

    /**
     * Declares a per-kind capability for some kinds.
     *
     * @param capability the capability
     * @param kinds the kinds
     * @return this builder
     */
    public Builder add(Capability capability, RuleKind... kinds) {
      Objects.requireNonNull(capability, "capability");
      Set<RuleKind> set = declared.computeIfAbsent(capability, k -> EnumSet.noneOf(RuleKind.class));
      Collections.addAll(set, kinds);
      return this;
    }

    private void addAll(Capability capability, Set<RuleKind> kinds) {
      declared.computeIfAbsent(capability, k -> EnumSet.noneOf(RuleKind.class)).addAll(kinds);
    }

    /**
     * Removes a capability (used to refine by manager version).
     *
     * @param capability the capability
     * @return this builder
     */
    public Builder remove(Capability capability) {
      declared.remove(capability);
      return this;
    }

    /**
     * @return the capabilities
     */
    public Capabilities build() {
      return new Capabilities(declared, since);
    }
  }
}
