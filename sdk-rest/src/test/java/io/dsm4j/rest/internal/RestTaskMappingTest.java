package io.dsm4j.rest.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.dsm4j.model.ComputerFilter;
import io.dsm4j.model.EventBasedTask;
import io.dsm4j.model.EventTaskAction;
import io.dsm4j.model.ScheduledTask;
import io.dsm4j.model.ScheduledTaskType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Liberal in what it accepts: what a newer manager sends is kept, never an error. */
class RestTaskMappingTest {

  @Test
  void aScheduledTaskOfAnUnknownType_keepsTheTypeInExtra() {
    ScheduledTask t =
        RestTasks.task(
            Map.of(
                "ID",
                7,
                "name",
                "n",
                "type",
                "defragment-the-moon",
                "enabled",
                true,
                "defragmentTheMoonTaskParameters",
                Map.of("x", 1)));

    assertThat(t.type()).isNull();
    assertThat(t.extra().string("type")).contains("defragment-the-moon");
    assertThat(t.extra().has("defragmentTheMoonTaskParameters")).isTrue();
  }

  @Test
  void aScheduledTask_typedTargetAndTheRestOfItsParameters() {
    ScheduledTask t =
        RestTasks.task(
            Map.of(
                "ID",
                8,
                "name",
                "n",
                "type",
                "scan-for-malware",
                "scheduleDetails",
                Map.of("recurrenceType", "fortnightly"),
                "scanForMalwareTaskParameters",
                Map.of(
                    "computerFilter",
                    Map.of("type", "computers-in-group", "computerGroupID", 3),
                    "timeout",
                    "never")));

    assertThat(t.type()).isEqualTo(ScheduledTaskType.SCAN_FOR_MALWARE);
    assertThat(t.computerFilter()).isEqualTo(ComputerFilter.group(3, false));
    assertThat(t.parameters().asMap()).containsOnlyKeys("timeout");
    // A recurrence dsm4j does not know: no typed schedule, the manager's object kept.
    assertThat(t.schedule()).isNull();
    assertThat(t.extra().has("scheduleDetails")).isTrue();
  }

  @Test
  void anEventBasedTaskWithAnUnknownAction_keepsEveryActionInExtra() {
    EventBasedTask t =
        RestEventTasks.task(
            Map.of(
                "ID",
                3,
                "name",
                "n",
                "type",
                "agent-initiated-activation",
                "actions",
                List.of(
                    Map.of("type", "assign-policy", "parameterValue", 4),
                    Map.of("type", "send-flowers"))));

    assertThat(t.actions()).containsExactly(EventTaskAction.assignPolicy(4));
    assertThat((List<?>) t.extra().get("actions").orElseThrow()).hasSize(2);
  }
}
