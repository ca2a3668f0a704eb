package io.dsm4j.spi;

import io.dsm4j.model.ScheduledTask;
import io.dsm4j.model.ScheduledTaskDraft;

/**
 * Scheduled tasks (capability {@code SCHEDULED_TASKS}). Reads follow {@link ReadOperations}.
 *
 * <p>SPI: for backend implementors.
 */
public interface ScheduledTaskOperations extends ReadOperations<ScheduledTask> {

  /**
   * Creates the task with what the draft sets (computer filter, group and parameters in the type's
   * parameter object); never sent twice.
   *
   * @param draft the task
   * @return the task as the manager stored it
   */
  ScheduledTask create(ScheduledTaskDraft draft);

  /**
   * Runs the task now, once, whatever its schedule; changes nothing else about it. Never sent
   * twice: the manager would run the task twice.
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
