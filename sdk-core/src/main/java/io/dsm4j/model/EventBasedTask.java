package io.dsm4j.model;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An event-based task: when an event of its type happens to a computer and the conditions match,
 * the manager runs its actions on that computer (assign a policy, move to a group, …).
 *
 * @param id the manager's ID
 * @param name the name
 * @param type the event it reacts to, or null for one this version of dsm4j does not know (its name
 *     is then in {@code extra} as {@code type})
 * @param enabled whether it is active
 * @param conditions what the event must match (all of them)
 * @param actions what it does, in order; when the manager sent an action dsm4j does not know,
 *     {@code extra} holds every action as {@code actions}
 * @param lastRunTime when it last ran, or null
 * @param extra every other field the manager sent
 */
public record EventBasedTask(
    int id,
    String name,
    @Nullable EventBasedTaskType type,
    boolean enabled,
    List<EventTaskCondition> conditions,
    List<EventTaskAction> actions,
    @Nullable Instant lastRunTime,
    Fields extra) {
  /**
   * Normalizes the components.
   *
   * @param id the manager's ID
   * @param name the name
   * @param type the event it reacts to, or null
   * @param enabled whether it is active
   * @param conditions what the event must match
   * @param actions what it does
   * @param lastRunTime when it last ran, or null
   * @param extra every other field the manager sent
   */
  public EventBasedTask {
    name = name == null ? "" : name;
    conditions = List.copyOf(conditions == null ? List.of() : conditions);
    actions = List.copyOf(actions == null ? List.of() : actions);
    extra = extra == null ? Fields.empty() : extra;
  }
}
