package io.dsm4j.model;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What an event-based task does to the computer the event is about.
 *
 * <pre>{@code
 * EventTaskAction a = EventTaskAction.assignPolicy(webPolicy.id());
 * EventTaskAction b = EventTaskAction.moveToGroup(webGroup.id());
 * }</pre>
 *
 * @param type the action
 * @param parameter its parameter: the policy, relay group or computer group ID, or the activation
 *     delay in minutes; null when it takes none
 */
public record EventTaskAction(Type type, @Nullable Integer parameter) {
  /** The actions (the REST API's {@code EventBasedTaskAction.type}). */
  public enum Type {
    /** Activate the agent (parameter: a delay in minutes, or none). */
    ACTIVATE,
    /** Assign a policy (parameter: the policy ID). */
    ASSIGN_POLICY,
    /** Assign a relay group (parameter: the relay group ID). */
    ASSIGN_RELAY,
    /** Move to a computer group (parameter: the group ID). */
    ASSIGN_GROUP,
    /** Deactivate the agent. */
    DEACTIVATE;

    /**
     * @return the REST spelling, e.g. {@code assign-policy}
     */
    public String wireName() {
      return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /**
     * @param wire a REST spelling such as {@code assign-policy}
     * @return the type, or empty for one this version of dsm4j does not know
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
   * @param type the action
   * @param parameter its parameter, or null
   * @throws IllegalArgumentException when an action that needs an ID has none
   */
  public EventTaskAction {
    Objects.requireNonNull(type, "type");
    boolean needsId =
        type == Type.ASSIGN_POLICY || type == Type.ASSIGN_RELAY || type == Type.ASSIGN_GROUP;
    if (needsId && (parameter == null || parameter <= 0)) {
      throw new IllegalArgumentException(
          type.wireName() + " needs a positive ID, got " + parameter);
    }
    if (type == Type.DEACTIVATE) {
      parameter = null;
    }
  }

  /**
   * @param policyId the policy
   * @return assign that policy
   */
  public static EventTaskAction assignPolicy(int policyId) {
    return new EventTaskAction(Type.ASSIGN_POLICY, policyId);
  }

  /**
   * @param groupId the computer group
   * @return move the computer to that group
   */
  public static EventTaskAction moveToGroup(int groupId) {
    return new EventTaskAction(Type.ASSIGN_GROUP, groupId);
  }

  /**
   * @return activate the agent at once
   */
  public static EventTaskAction activate() {
    return new EventTaskAction(Type.ACTIVATE, null);
  }
}
