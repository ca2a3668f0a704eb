package io.dsm4j;

import io.dsm4j.model.ScheduledTask;
import io.dsm4j.model.ScheduledTaskDraft;

/**
 * Scheduled tasks (capability {@link Capability#SCHEDULED_TASKS}; the SOAP API has none).
 *
 * <pre>{@code
 * ScheduledTask t = manager.scheduledTasks().create(
 *     ScheduledTaskDraft.builder("Weekly recommendation scan", ScheduledTaskType.SCAN_FOR_RECOMMENDATIONS)
 *         .computerFilter(ComputerFilter.all())
 *         .schedule(TaskSchedule.weekly(firstRun, List.of(DayOfWeek.SUNDAY)))
 *         .build());
 * manager.scheduledTasks().runNow(t.id());
 * }</pre>
 */
public interface ScheduledTasks extends ResourceGroup<ScheduledTask> {
  /**
   * @param draft the task
   * @return the task as the manager stored it
   */
  ScheduledTask create(ScheduledTaskDraft draft);

  /**
   * Runs the task once now, whatever its schedule (the manager runs it asynchronously). Not
   * retried: a second request would run it twice.
   *
   * @param id the task
   * @return the task afterwards
   * @throws io.dsm4j.exception.NotFoundException when there is none
   */
  ScheduledTask runNow(int id);

  /**
   * @param id the task
   * @throws io.dsm4j.exception.NotFoundException when there is none
   */
  void delete(int id);
}
