package io.dsm4j.model;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A scheduled task: a manager job (a scan, sending policy, synchronizing a cloud account, …) that
 * runs on a schedule, or once.
 *
 * @param id the manager's ID
 * @param name the name
 * @param type the task's type, or null for a type this version of dsm4j does not know (its name is
 *     then in {@code extra} as {@code type})
 * @param enabled whether the task runs on its schedule
 * @param schedule when it runs, or null when the manager did not say
 * @param computerFilter the computers it acts on, for the types that take one (else null)
 * @param computerGroupId the computer group it synchronizes, for the types that take one (else
 *     null)
 * @param parameters the type's other parameters, manager field names (e.g. {@code timeout})
 * @param lastRunTime when it last ran, or null
 * @param nextRunTime when it runs next, or null
 * @param extra every other field the manager sent
 */
public record ScheduledTask(
    int id,
    String name,
    @Nullable ScheduledTaskType type,
    boolean enabled,
    @Nullable TaskSchedule schedule,
    @Nullable ComputerFilter computerFilter,
    @Nullable Integer computerGroupId,
    Fields parameters,
    @Nullable Instant lastRunTime,
    @Nullable Instant nextRunTime,
    Fields extra) {
  /**
   * Normalizes the components.
   *
   * @param id the manager's ID
   * @param name the name
   * @param type the task's type, or null when unknown
   * @param enabled whether the task runs on its schedule
   * @param schedule when it runs, or null
   * @param computerFilter the computers it acts on, or null
   * @param computerGroupId the computer group it synchronizes, or null
   * @param parameters the type's other parameters
   * @param lastRunTime when it last ran, or null
   * @param nextRunTime when it runs next, or null
   * @param extra every other field the manager sent
   */
  public ScheduledTask {
    name = name == null ? "" : name;
    parameters = parameters == null ? Fields.empty() : parameters;
    extra = extra == null ? Fields.empty() : extra;
  }
}
