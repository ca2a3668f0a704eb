package io.dsm4j.model;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The input to create a scheduled task. The types that act on computers need a {@link
 * ComputerFilter}, the synchronizing types a computer group; any other parameter of a type goes in
 * {@link Builder#parameters(Fields)} with the manager's field names.
 *
 * <pre>{@code
 * ScheduledTask t = manager.scheduledTasks().create(
 *     ScheduledTaskDraft.builder("Nightly malware scan", ScheduledTaskType.SCAN_FOR_MALWARE)
 *         .computerFilter(ComputerFilter.group(web.id(), true))
 *         .schedule(TaskSchedule.daily(Instant.parse("2025-01-01T02:00:00Z")))
 *         .parameters(Fields.of(Map.of("timeout", "four-hours")))
 *         .build());
 * }</pre>
 */
public final class ScheduledTaskDraft {
  private final String name;
  private final ScheduledTaskType type;
  private final boolean enabled;
  private final boolean runNow;
  private final @Nullable TaskSchedule schedule;
  private final @Nullable ComputerFilter computerFilter;
  private final @Nullable Integer computerGroupId;
  private final Fields parameters;

  private ScheduledTaskDraft(Builder b) {
    this.name = b.name;
    this.type = b.type;
    this.enabled = b.enabled;
    this.runNow = b.runNow;
    this.schedule = b.schedule;
    this.computerFilter = b.computerFilter;
    this.computerGroupId = b.computerGroupId;
    this.parameters = b.parameters;
  }

  /**
   * @param name the task's name (not blank)
   * @param type its type
   * @return a builder
   */
  public static Builder builder(String name, ScheduledTaskType type) {
    return new Builder(name, type);
  }

  /**
   * @return the name
   */
  public String name() {
    return name;
  }

  /**
   * @return the type
   */
  public ScheduledTaskType type() {
    return type;
  }

  /**
   * @return whether it runs on its schedule (default true)
   */
  public boolean enabled() {
    return enabled;
  }

  /**
   * @return whether it also runs as soon as it is created (default false)
   */
  public boolean runNow() {
    return runNow;
  }

  /**
   * @return when it runs, or null to leave it to the manager
   */
  public @Nullable TaskSchedule schedule() {
    return schedule;
  }

  /**
   * @return the computers it acts on, or null
   */
  public @Nullable ComputerFilter computerFilter() {
    return computerFilter;
  }

  /**
   * @return the computer group it synchronizes, or null
   */
  public @Nullable Integer computerGroupId() {
    return computerGroupId;
  }

  /**
   * @return the type's other parameters, manager field names
   */
  public Fields parameters() {
    return parameters;
  }

  @Override
  public String toString() {
    return "ScheduledTaskDraft[name=" + name + ", type=" + type + "]";
  }

  /** Builds a {@link ScheduledTaskDraft}. */
  public static final class Builder {
    private final String name;
    private final ScheduledTaskType type;
    private boolean enabled = true;
    private boolean runNow;
    private @Nullable TaskSchedule schedule;
    private @Nullable ComputerFilter computerFilter;
    private @Nullable Integer computerGroupId;
    private Fields parameters = Fields.empty();

    private Builder(String name, ScheduledTaskType type) {
      this.name = Items.name(name, "scheduled task");
      this.type = Objects.requireNonNull(type, "type");
    }

    /**
     * @param enabled whether it runs on its schedule
     * @return this builder
     */
    public Builder enabled(boolean enabled) {
      this.enabled = enabled;
      return this;
    }

    /**
     * @param runNow whether it also runs as soon as it is created
     * @return this builder
     */
    public Builder runNow(boolean runNow) {
      this.runNow = runNow;
      return this;
    }

    /**
     * @param schedule when it runs
     * @return this builder
     */
    public Builder schedule(TaskSchedule schedule) {
      this.schedule = Objects.requireNonNull(schedule, "schedule");
      return this;
    }

    /**
     * @param filter the computers it acts on (only for types that take one)
     * @return this builder
     * @throws IllegalArgumentException when the type takes no computer filter
     */
    public Builder computerFilter(ComputerFilter filter) {
      if (!type.takesComputerFilter()) {
        throw new IllegalArgumentException(type.wireName() + " tasks take no computer filter");
      }
      this.computerFilter = Objects.requireNonNull(filter, "filter");
      return this;
    }

    /**
     * @param groupId the computer group it synchronizes (only for the synchronizing types)
     * @return this builder
     * @throws IllegalArgumentException when the type takes no computer group
     */
    public Builder computerGroupId(int groupId) {
      if (!type.takesComputerGroup()) {
        throw new IllegalArgumentException(type.wireName() + " tasks take no computer group");
      }
      if (groupId <= 0) {
        throw new IllegalArgumentException("computerGroupId must be positive, got " + groupId);
      }
      this.computerGroupId = groupId;
      return this;
    }

    /**
     * @param parameters the type's other parameters, with the manager's field names (they must not
     *     repeat the computer filter or group of a type that takes one: those have their own
     *     setters)
     * @return this builder
     */
    public Builder parameters(Fields parameters) {
      Objects.requireNonNull(parameters, "parameters");
      if ((type.takesComputerFilter() && parameters.has("computerFilter"))
          || (type.takesComputerGroup() && parameters.has("computerGroupID"))) {
        throw new IllegalArgumentException(
            "give the computer filter or group with their own setters, not in parameters");
      }
      this.parameters = parameters;
      return this;
    }

    /**
     * @return the draft
     * @throws IllegalArgumentException when a type that acts on computers has no computer filter,
     *     or a synchronizing type no computer group
     */
    public ScheduledTaskDraft build() {
      if (type.takesComputerFilter() && computerFilter == null) {
        throw new IllegalArgumentException(
            type.wireName() + " tasks need a computer filter (e.g. ComputerFilter.all())");
      }
      if (type.takesComputerGroup() && computerGroupId == null) {
        throw new IllegalArgumentException(type.wireName() + " tasks need a computer group");
      }
      return new ScheduledTaskDraft(this);
    }
  }
}
