package io.dsm4j.internal;

import io.dsm4j.Capability;
import io.dsm4j.EventBasedTasks;
import io.dsm4j.model.EventBasedTask;
import io.dsm4j.model.EventBasedTaskDraft;
import io.dsm4j.spi.BackendConnection;
import io.dsm4j.spi.EventBasedTaskOperations;
import java.util.Objects;

/** {@link EventBasedTasks} over {@link EventBasedTaskOperations}. */
final class EventBasedTasksImpl extends ReadGroup<EventBasedTask, EventBasedTaskOperations>
    implements EventBasedTasks {
  EventBasedTasksImpl(CallPipeline pipeline) {
    super(
        pipeline,
        "eventBasedTasks",
        "event-based task",
        Capability.EVENT_BASED_TASKS,
        BackendConnection::eventBasedTasks,
        EventBasedTask::id);
  }

  @Override
  public EventBasedTask create(EventBasedTaskDraft draft) {
    Objects.requireNonNull(draft, "draft");
    return call("create", Capability.EVENT_BASED_TASKS, false, g -> g.create(draft));
  }

  @Override
  public void delete(int id) {
    deleteById(id, Capability.EVENT_BASED_TASKS, EventBasedTaskOperations::delete);
  }
}
