package io.dsm4j.internal;

import io.dsm4j.Capability;
import io.dsm4j.Schedules;
import io.dsm4j.model.Schedule;
import io.dsm4j.model.ScheduleDraft;
import io.dsm4j.model.ScheduleUpdate;
import io.dsm4j.spi.BackendConnection;
import io.dsm4j.spi.ScheduleOperations;

/** {@link Schedules} over {@link ScheduleOperations}. */
final class SchedulesImpl
    extends EditableGroupImpl<Schedule, ScheduleDraft, ScheduleUpdate, ScheduleOperations>
    implements Schedules {
  SchedulesImpl(CallPipeline pipeline) {
    super(
        pipeline,
        "schedules",
        "schedule",
        Capability.SCHEDULES,
        Writes.all(Capability.SCHEDULES),
        BackendConnection::schedules,
        Schedule::id,
        ScheduleUpdate::isEmpty);
  }
}
