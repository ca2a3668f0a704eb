package io.dsm4j.internal;

import io.dsm4j.Capability;
import io.dsm4j.ScheduledTasks;
import io.dsm4j.model.ScheduledTask;
import io.dsm4j.model.ScheduledTaskDraft;
import io.dsm4j.spi.BackendConnection;
import io.dsm4j.spi.ScheduledTaskOperations;
import java.util.Objects;

/** {@link ScheduledTasks} over {@link ScheduledTaskOperations}. */
final class ScheduledTasksImpl extends ReadGroup<ScheduledTask, ScheduledTaskOperations>
    implements ScheduledTasks {
  ScheduledTasksImpl(CallPipeline pipeline) {
    super(
        pipeline,
        "scheduledTasks",
        "scheduled task",
        Capability.SCHEDULED_TASKS,
        BackendConnection::scheduledTasks,
        ScheduledTask::id);
  }

  @Override
  public ScheduledTask create(ScheduledTaskDraft draft) {
    Objects.requireNonNull(draft, "draft");
    return call("create", Capability.SCHEDULED_TASKS, false, g -> g.create(draft));
  }

  @Override
  public ScheduledTask runNow(int id) {
    Args.id(id, "scheduled task ID");
    return call("runNow", Capability.SCHEDULED_TASKS, false, g -> g.runNow(id));
  }

  @Override
  public void delete(int id) {
    deleteById(id, Capability.SCHEDULED_TASKS, ScheduledTaskOperations::delete);
  }
}
