package io.dsm4j.automation;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Which computers (and so which policies) a rollout covers. Each criterion names things by the one
 * ID-or-name rule ({@link io.dsm4j.model.IdOrName}: all digits an ID, anything else an exact name,
 * {@code name:TEXT} always a name); several criteria narrow each other (computers in the group,
 * using the policy). No criterion means every computer and its policy. A name that matches nothing
 * fails with a suggestion for a near miss ({@link IdOrNameResolver}).
 *
 * <pre>{@code
 * Scope web = Scope.builder().group("Web servers").policy("Linux Server").build();
 * Scope two = Scope.builder().computers(List.of("web1.example.com", "42")).build();
 * Scope all = Scope.all();
 * }</pre>
 *
 * @param computers computers by ID or exact host name (empty: no restriction)
 * @param group a computer group by ID or exact name, or null
 * @param policy a policy by ID or exact name, or null
 */
public record Scope(List<String> computers, String group, String policy) {
  /**
   * Validates and copies.
   *
   * @param computers computers by ID or exact host name (empty: no restriction)
   * @param group a computer group by ID or exact name, or null
   * @param policy a policy by ID or exact name, or null
   */
  public Scope {
    computers = List.copyOf(computers == null ? List.of() : computers);
    for (String c : computers) {
      if (c == null || c.isBlank()) {
        throw new IllegalArgumentException("a computer in the scope must not be blank");
      }
    }
    if (group != null && group.isBlank()) {
      throw new IllegalArgumentException("the group must not be blank");
    }
    if (policy != null && policy.isBlank()) {
      throw new IllegalArgumentException("the policy must not be blank");
    }
  }

  /**
   * @return every computer and its policy
   */
  public static Scope all() {
    return new Scope(List.of(), null, null);
  }

  /**
   * @return a builder with no criterion
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * @return whether no criterion is set (all computers)
   */
  public boolean isAll() {
    return computers.isEmpty() && group == null && policy == null;
  }

  @Override
  public String toString() {
    if (isAll()) {
      return "all computers";
    }
    List<String> parts = new ArrayList<>();
    if (!computers.isEmpty()) {
      parts.add("computers " + String.join(",", computers));
    }
    if (group != null) {
      parts.add("group " + group);
    }
    if (policy != null) {
      parts.add("policy " + policy);
    }
    return String.join(", ", parts);
  }

  /** Builds a {@link Scope}. */
  public static final class Builder {
    private final List<String> computers = new ArrayList<>();
    private String group;
    private String policy;

    private Builder() {}

    /**
     * @param computers computers by ID or exact host name (added to those given before)
     * @return this builder
     */
    public Builder computers(List<String> computers) {
      this.computers.addAll(Objects.requireNonNull(computers, "computers"));
      return this;
    }

    /**
     * @param group a computer group by ID or exact name
     * @return this builder
     */
    public Builder group(String group) {
      this.group = Objects.requireNonNull(group, "group");
      return this;
    }

    /**
     * @param policy a policy by ID or exact name
     * @return this builder
     */
    public Builder policy(String policy) {
      this.policy = Objects.requireNonNull(policy, "policy");
      return this;
    }

    /**
     * @return the scope
     */
    public Scope build() {
      return new Scope(computers, group, policy);
    }
  }
}
