package io.dsm4j.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The fleet's inputs check themselves before anything is sent. */
class FleetModelTest {

  @Test
  void itemListEntries_blankOrWithALineBreak_areRefused() {
    assertThatThrownBy(() -> ItemListDraft.builder("l").items(List.of("a", " ")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ItemListUpdate.builder().items(List.of("a\nb")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("line break");
    assertThat(ItemListDraft.builder("l").items(List.of(" 10.0.0.1 ")).build().items())
        .containsExactly("10.0.0.1");
  }

  @Test
  void scheduleHours_areSortedOnceEach_andWithinTheWeek() {
    assertThat(ScheduleDraft.builder("s").hours(List.of(5, 1, 5)).build().hours())
        .containsExactly(1, 5);
    assertThatThrownBy(() -> ScheduleUpdate.builder().hours(List.of(168)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void scheduledTaskDraft_needsTheTargetItsTypeTakes() {
    assertThatThrownBy(
            () -> ScheduledTaskDraft.builder("t", ScheduledTaskType.SCAN_FOR_MALWARE).build())
        .hasMessageContaining("computer filter");
    assertThatThrownBy(
            () ->
                ScheduledTaskDraft.builder("t", ScheduledTaskType.SYNCHRONIZE_CLOUD_ACCOUNT)
                    .build())
        .hasMessageContaining("computer group");
    assertThatThrownBy(
            () ->
                ScheduledTaskDraft.builder("t", ScheduledTaskType.RUN_SCRIPT)
                    .computerFilter(ComputerFilter.all()))
        .hasMessageContaining("no computer filter");
    assertThatThrownBy(
            () ->
                ScheduledTaskDraft.builder("t", ScheduledTaskType.SEND_POLICY)
                    .parameters(Fields.of(Map.of("computerFilter", Map.of("type", "all")))))
        .isInstanceOf(IllegalArgumentException.class);
    // A type dsm4j does not model the target of takes it raw.
    assertThat(
            ScheduledTaskDraft.builder("r", ScheduledTaskType.GENERATE_REPORT)
                .parameters(Fields.of(Map.of("computerFilter", Map.of("type", "all-computers"))))
                .build()
                .parameters()
                .has("computerFilter"))
        .isTrue();
  }

  @Test
  void taskSchedules_areTheManagersScheduleDetails_andReadBack() {
    Instant at = Instant.parse("2030-01-01T02:00:00Z");
    TaskSchedule weekly = TaskSchedule.weekly(at, List.of(DayOfWeek.FRIDAY, DayOfWeek.MONDAY));

    assertThat(weekly.details().string("recurrenceType")).contains("weekly");
    Fields p = (Fields) weekly.details().get("weeklyScheduleParameters").orElseThrow();
    assertThat(p.get("days")).contains(List.of("monday", "friday"));
    assertThat(TaskSchedule.of(weekly.details())).isEqualTo(weekly);
    assertThat(TaskSchedule.of(TaskSchedule.hourly(15).details()).startTime()).isNull();
    assertThat(TaskSchedule.of(TaskSchedule.once(at).details()).recurrence())
        .isEqualTo(TaskSchedule.Recurrence.ONCE);
    assertThatThrownBy(() -> TaskSchedule.hourly(7)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> TaskSchedule.of(Fields.of(Map.of("recurrenceType", "yearly"))))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void computerFiltersAndActions_needTheirIds() {
    assertThatThrownBy(() -> new ComputerFilter(ComputerFilter.Type.COMPUTER, null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(new ComputerFilter(ComputerFilter.Type.ALL_COMPUTERS, 5L).id()).isNull();
    assertThatThrownBy(() -> new EventTaskAction(EventTaskAction.Type.ASSIGN_POLICY, null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () -> EventBasedTaskDraft.builder("e", EventBasedTaskType.AGENT_IP_CHANGED).build())
        .hasMessageContaining("at least one action");
    assertThat(ScheduledTaskType.SCAN_FOR_MALWARE.parametersField())
        .isEqualTo("scanForMalwareTaskParameters");
    assertThat(ScheduledTaskType.fromWire("check-for-security-updates"))
        .contains(ScheduledTaskType.CHECK_FOR_SECURITY_UPDATES);
  }
}
