package io.dsm4j.spi;

import io.dsm4j.model.Schedule;
import io.dsm4j.model.ScheduleDraft;
import io.dsm4j.model.ScheduleUpdate;

/**
 * Schedules (capability {@code SCHEDULES}), following {@link EditableOperations}. Hours outside the
 * week the manager may send are left out.
 *
 * <p>SPI: for backend implementors.
 */
public interface ScheduleOperations
    extends EditableOperations<Schedule, ScheduleDraft, ScheduleUpdate> {}
