package io.dsm4j.spi;

import io.dsm4j.model.EventBasedTask;
import io.dsm4j.model.EventBasedTaskDraft;

/**
 * Event-based tasks (capability {@code EVENT_BASED_TASKS}). Reads follow {@link ReadOperations}.
 *
 * <p>SPI: for backend implementors.
 */
public interface EventBasedTaskOperations extends ReadOperations<EventBasedTask> {

  /**
   * @param draft the task, with its conditions and actions in order
   * @return the task as the manager stored it
   */
  EventBasedTask create(EventBasedTaskDraft draft);

  /**
   * @param id the task
   * @throws io.dsm4j.exception.NotFoundException when there is none
   */
  void delete(int id);
}
