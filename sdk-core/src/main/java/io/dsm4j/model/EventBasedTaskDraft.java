package io.dsm4j.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The input to create an event-based task.
 *
 * <pre>{@code
 * manager.eventBasedTasks().create(
 *     EventBasedTaskDraft.builder("Linux web servers", EventBasedTaskType.AGENT_INITIATED_ACTIVATION)
 *         .condition(EventTaskCondition.of("hostname", "web.*"))
 *         .action(EventTaskAction.assignPolicy(web.id()))
 *         .action(EventTaskAction.moveToGroup(webGroup.id()))
 *         .build());
 * }</pre>
 */
public final class EventBasedTaskDraft {
  private final String name;
  private final EventBasedTaskType type;
  private final boolean enabled;
  private final List<EventTaskCondition> conditions;
  private final List<EventTaskAction> actions;

  private EventBasedTaskDraft(Builder b) {
    this.name = b.name;
    this.type = b.type;
    this.enabled = b.enabled;
    this.conditions = List.copyOf(b.conditions);
    this.actions = List.copyOf(b.actions);
  }

  /**
   * @param name the task's name (not blank)
   * @param type the event it reacts to
   * @return a builder
   */
  public static Builder builder(String name, EventBasedTaskType type) {
    return new Builder(name, type);
  }

  /**
   * @return the name
   */
  public String name() {
    return name;
  }

  /**
   * @return the event it reacts to
   */
  public EventBasedTaskType type() {
    return type;
  }

  /**
   * @return whether it is active (default true)
   */
  public boolean enabled() {
    return enabled;
  }

  /**
   * @return what the event must match (may be empty: every event of the type)
   */
  public List<EventTaskCondition> conditions() {
    return conditions;
  }

  /**
   * @return what it does (at least one)
   */
  public List<EventTaskAction> actions() {
    return actions;
  }

  @Override
  public String toString() {
    return "EventBasedTaskDraft[name=" + name + ", type=" + type + ", actions=" + actions + "]";
  }

  /** Builds an {@link EventBasedTaskDraft}. */
  public static final class Builder {
    private final String name;
    private final EventBasedTaskType type;
    private boolean enabled = true;
    private final List<EventTaskCondition> conditions = new ArrayList<>();
    private final List<EventTaskAction> actions = new ArrayList<>();

    private Builder(String name, EventBasedTaskType type) {
      this.name = Items.name(name, "event-based task");
      this.type = Objects.requireNonNull(type, "type");
    }

    /**
     * @param enabled whether it is active
     * @return this builder
     */
    public Builder enabled(boolean enabled) {
      this.enabled = enabled;
      return this;
    }

    /**
     * @param condition one more condition (all must match)
     * @return this builder
     */
    public Builder condition(EventTaskCondition condition) {
      conditions.add(Objects.requireNonNull(condition, "condition"));
      return this;
    }

    /**
     * @param action one more action
     * @return this builder
     */
    public Builder action(EventTaskAction action) {
      actions.add(Objects.requireNonNull(action, "action"));
      return this;
    }

    /**
     * @return the draft
     * @throws IllegalArgumentException when there is no action
     */
    public EventBasedTaskDraft build() {
      if (actions.isEmpty()) {
        throw new IllegalArgumentException("an event-based task needs at least one action");
      }
      return new EventBasedTaskDraft(this);
    }
  }
}
