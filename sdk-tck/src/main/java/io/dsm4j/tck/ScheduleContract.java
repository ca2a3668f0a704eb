package io.dsm4j.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dsm4j.exception.ConflictException;
import io.dsm4j.exception.NotFoundException;
import io.dsm4j.model.Schedule;
import io.dsm4j.model.ScheduleDraft;
import io.dsm4j.model.ScheduleUpdate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Schedules: hours of the week round-trip, partial updates. Part of {@link ManagerContractTest}.
 */
public interface ScheduleContract extends ContractFixture {

  private Optional<Schedule> storedSchedule(int id) {
    return state().fleet().schedules().stream().filter(s -> s.id() == id).findFirst();
  }

  @Test
  default void schedules_createReadUpdateDelete_roundTrip() {
    List<Integer> weekdayMornings = new ArrayList<>();
    for (int day = 1; day <= 5; day++) {
      for (int h = 6; h < 9; h++) {
        weekdayMornings.add(day * 24 + h);
      }
    }
    weekdayMornings.add(167); // the last hour of the week: Saturday 23:00
    String name = ContractFixture.unique("tck-schedule");

    Schedule created =
        manager()
            .schedules()
            .create(
                ScheduleDraft.builder(name).description("mornings").hours(weekdayMornings).build());

    assertThat(created.hours()).containsExactlyElementsOf(weekdayMornings);
    assertThat(storedSchedule(created.id()).map(Schedule::hours)).contains(weekdayMornings);
    assertThat(manager().schedules().get(created.id())).isEqualTo(created);
    assertThat(manager().schedules().findByName(name)).contains(created);

    Schedule updated =
        manager()
            .schedules()
            .update(created.id(), ScheduleUpdate.builder().hours(List.of(0)).build());

    assertThat(updated.hours()).containsExactly(0);
    assertThat(storedSchedule(created.id()))
        .hasValueSatisfying(
            s -> {
              assertThat(s.hours()).containsExactly(0);
              assertThat(s.name()).isEqualTo(name);
              assertThat(s.description()).isEqualTo("mornings");
            });

    manager().schedules().delete(created.id());

    assertThat(storedSchedule(created.id())).isEmpty();
    assertThatThrownBy(() -> manager().schedules().get(created.id()))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  default void schedulesCreate_withATakenName_throwsConflict() {
    Schedule taken = state().fleet().schedules().get(0);

    assertThatThrownBy(
            () -> manager().schedules().create(ScheduleDraft.builder(taken.name()).build()))
        .isInstanceOf(ConflictException.class);
  }
}
