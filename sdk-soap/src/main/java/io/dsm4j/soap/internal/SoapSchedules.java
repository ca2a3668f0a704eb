package io.dsm4j.soap.internal;

import io.dsm4j.model.Schedule;
import io.dsm4j.model.ScheduleDraft;
import io.dsm4j.model.ScheduleUpdate;
import io.dsm4j.soap.internal.generated.Manager;
import io.dsm4j.soap.internal.generated.ScheduleTransport;
import io.dsm4j.spi.ScheduleOperations;
import java.util.List;

/** Schedules: {@code scheduleRetrieve…}, {@code scheduleSave}, {@code scheduleDelete}. */
final class SoapSchedules
    extends SoapEditable<ScheduleTransport, Schedule, ScheduleDraft, ScheduleUpdate>
    implements ScheduleOperations {
  SoapSchedules(SoapClient client) {
    super(
        client,
        new SoapCatalog<>(
            "schedule",
            "schedules",
            "scheduleRetrieveAll",
            Manager::scheduleRetrieveAll,
            "scheduleRetrieve",
            Manager::scheduleRetrieve,
            "scheduleRetrieveByName",
            Manager::scheduleRetrieveByName,
            ScheduleTransport::getName,
            FleetMappers::schedule,
            Schedule::id),
        new Writes<>(
            "scheduleSave",
            Manager::scheduleSave,
            "scheduleDelete",
            (p, id, s) -> p.scheduleDelete(List.of(id), s),
            d -> {
              ScheduleTransport t = new ScheduleTransport();
              t.setID(null);
              t.setName(d.name());
              t.setDescription(d.description());
              t.setHourOfWeek(FleetMappers.hourOfWeek(d.hours()));
              return t;
            },
            (t, u) -> {
              if (u.name() != null) {
                t.setName(u.name());
              }
              if (u.description() != null) {
                t.setDescription(u.description());
              }
              if (u.hours() != null) {
                t.setHourOfWeek(FleetMappers.hourOfWeek(u.hours()));
              }
            }));
  }
}
