package io.dsm4j;

import io.dsm4j.model.Schedule;
import io.dsm4j.model.ScheduleDraft;
import io.dsm4j.model.ScheduleUpdate;

/**
 * Schedules: the hours of the week in which scans, rules and configurations are active (capability
 * {@link Capability#SCHEDULES}).
 */
public interface Schedules extends EditableGroup<Schedule, ScheduleDraft, ScheduleUpdate> {}
