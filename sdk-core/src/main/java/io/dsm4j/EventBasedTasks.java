package io.dsm4j;

import io.dsm4j.model.EventBasedTask;
import io.dsm4j.model.EventBasedTaskDraft;

/**
 * Event-based tasks (capability {@link Capability#EVENT_BASED_TASKS}; the SOAP API has none).
 *
 * <pre>{@code
 * manager.eventBasedTasks().create(
 *     EventBasedTaskDraft.builder("New web servers", EventBasedTaskType.AGENT_INITIATED_ACTIVATION)
 *         .condition(EventTaskCondition.of("hostname", "web.*"))
 *         .action(EventTaskAction.assignPolicy(web.id()))
 *         .build());
 * }</pre>
 */
public interface EventBasedTasks extends ResourceGroup<EventBasedTask> {
  /**
   * @param draft the task
   * @return the task as the manager stored it
   */
  EventBasedTask create(EventBasedTaskDraft draft);

  /**
   * @param id the task
   * @throws io.dsm4j.exception.NotFoundException when there is none
   */
  void delete(int id);
}
