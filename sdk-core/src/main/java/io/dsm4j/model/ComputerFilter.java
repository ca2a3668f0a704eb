package io.dsm4j.model;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Which computers a scheduled task acts on.
 *
 * <pre>{@code
 * ComputerFilter web = ComputerFilter.group(webGroup.id());
 * ComputerFilter all = ComputerFilter.all();
 * }</pre>
 *
 * @param type what the filter selects by
 * @param id the computer, group, policy or smart folder ID; null for {@link Type#ALL_COMPUTERS}
 */
public record ComputerFilter(Type type, @Nullable Long id) {
  /** What a filter selects by (the REST API's {@code computerFilter.type}). */
  public enum Type {
    /** Every computer. */
    ALL_COMPUTERS,
    /** One computer. */
    COMPUTER,
    /** The computers in a group. */
    COMPUTERS_IN_GROUP,
    /** The computers in a group and its subgroups. */
    COMPUTERS_IN_GROUP_OR_SUBGROUP,
    /** The computers using a policy. */
    COMPUTERS_USING_POLICY,
    /** The computers using a policy or one of its descendants. */
    COMPUTERS_USING_POLICY_OR_SUBPOLICY,
    /** The computers in a smart folder. */
    COMPUTERS_IN_SMART_FOLDER;

    /**
     * @return the REST spelling, e.g. {@code computers-in-group}
     */
    public String wireName() {
      return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /**
     * @param wire a REST spelling such as {@code computers-in-group}
     * @return the type, or empty when unknown
     */
    public static Optional<Type> fromWire(String wire) {
      if (wire == null) {
        return Optional.empty();
      }
      String n = wire.trim().toUpperCase(Locale.ROOT).replace('-', '_');
      for (Type t : values()) {
        if (t.name().equals(n)) {
          return Optional.of(t);
        }
      }
      return Optional.empty();
    }
  }

  /**
   * Checks the components.
   *
   * @param type what the filter selects by
   * @param id the ID it selects, positive; null only for {@link Type#ALL_COMPUTERS}
   * @throws IllegalArgumentException when the ID is missing or not positive
   */
  public ComputerFilter {
    Objects.requireNonNull(type, "type");
    if (type == Type.ALL_COMPUTERS) {
      id = null;
    } else if (id == null || id <= 0) {
      throw new IllegalArgumentException(type.wireName() + " needs a positive ID, got " + id);
    }
  }

  /**
   * @return every computer
   */
  public static ComputerFilter all() {
    return new ComputerFilter(Type.ALL_COMPUTERS, null);
  }

  /**
   * @param computerId the computer
   * @return that one computer
   */
  public static ComputerFilter computer(int computerId) {
    return new ComputerFilter(Type.COMPUTER, (long) computerId);
  }

  /**
   * @param groupId the group
   * @param withSubgroups whether the computers of its subgroups count too
   * @return the computers in the group
   */
  public static ComputerFilter group(int groupId, boolean withSubgroups) {
    return new ComputerFilter(
        withSubgroups ? Type.COMPUTERS_IN_GROUP_OR_SUBGROUP : Type.COMPUTERS_IN_GROUP,
        (long) groupId);
  }

  /**
   * @param policyId the policy
   * @param withSubpolicies whether computers using a descendant policy count too
   * @return the computers using the policy
   */
  public static ComputerFilter policy(int policyId, boolean withSubpolicies) {
    return new ComputerFilter(
        withSubpolicies ? Type.COMPUTERS_USING_POLICY_OR_SUBPOLICY : Type.COMPUTERS_USING_POLICY,
        (long) policyId);
  }
}
