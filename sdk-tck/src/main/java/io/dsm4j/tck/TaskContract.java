package io.dsm4j.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dsm4j.Capability;
import io.dsm4j.exception.NotFoundException;
import io.dsm4j.model.Computer;
import io.dsm4j.model.ComputerFilter;
import io.dsm4j.model.ComputerGroup;
import io.dsm4j.model.EventBasedTask;
import io.dsm4j.model.EventBasedTaskDraft;
import io.dsm4j.model.EventBasedTaskType;
import io.dsm4j.model.EventTaskAction;
import io.dsm4j.model.EventTaskCondition;
import io.dsm4j.model.Fields;
import io.dsm4j.model.Policy;
import io.dsm4j.model.ScheduledTask;
import io.dsm4j.model.ScheduledTaskDraft;
import io.dsm4j.model.ScheduledTaskType;
import io.dsm4j.model.TaskSchedule;
import java.time.DayOfWeek;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Scheduled and event-based tasks where declared (REST; the SOAP API has neither). Part of {@link
 * ManagerContractTest}.
 */
public interface TaskContract extends ContractFixture {

  private ScheduledTaskDraft weeklyScan(String name, ComputerFilter filter) {
    return ScheduledTaskDraft.builder(name, ScheduledTaskType.SCAN_FOR_RECOMMENDATIONS)
        .computerFilter(filter)
        .schedule(
            TaskSchedule.weekly(Instant.parse("2030-01-06T03:00:00Z"), List.of(DayOfWeek.SUNDAY)))
        .build();
  }

  @Test
  default void scheduledTasks_createRunNowDelete_runsOnTheFilteredComputers() {
    Computer c = state().computers().get(0);
    String name = ContractFixture.unique("tck-task");
    ScheduledTaskDraft draft = weeklyScan(name, ComputerFilter.computer(c.id()));
    if (!supports(Capability.SCHEDULED_TASKS)) {
      assertUnsupported(() -> manager().scheduledTasks().create(draft));
      assertUnsupported(() -> manager().scheduledTasks().runNow(1));
      assertUnsupported(() -> manager().scheduledTasks().list().stream().toList());
      assertUnsupported(() -> manager().scheduledTasks().delete(1));
      return;
    }

    ScheduledTask t = manager().scheduledTasks().create(draft);

    assertThat(state().fleet().scheduledTaskIds()).contains(t.id());
    assertThat(state().fleet().scheduledTaskRuns()).doesNotContainKey(t.id());
    ScheduledTask read = manager().scheduledTasks().get(t.id());
    assertThat(read.type()).isEqualTo(ScheduledTaskType.SCAN_FOR_RECOMMENDATIONS);
    assertThat(read.computerFilter()).isEqualTo(ComputerFilter.computer(c.id()));
    assertThat(read.schedule()).isNotNull();
    assertThat(read.schedule().recurrence()).isEqualTo(TaskSchedule.Recurrence.WEEKLY);
    assertThat(read.schedule().startTime()).isEqualTo(Instant.parse("2030-01-06T03:00:00Z"));
    assertThat(manager().scheduledTasks().findByName(name)).map(ScheduledTask::id).contains(t.id());
    int scansBefore =
        state().computerActionCounts(c.id()).getOrDefault("scan-for-recommendations", 0);

    manager().scheduledTasks().runNow(t.id());

    assertThat(state().fleet().scheduledTaskRuns()).containsEntry(t.id(), 1);
    assertThat(state().computerActionCounts(c.id()).get("scan-for-recommendations"))
        .isEqualTo(scansBefore + 1);

    manager().scheduledTasks().delete(t.id());

    assertThat(state().fleet().scheduledTaskIds()).doesNotContain(t.id());
    assertThatThrownBy(() -> manager().scheduledTasks().runNow(t.id()))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  default void scheduledTasks_theCommonTypes_withTheirTargetsAndParameters() {
    ComputerGroup group = state().fleet().computerGroups().get(0);
    if (!supports(Capability.SCHEDULED_TASKS)) {
      assertUnsupported(
          () ->
              manager()
                  .scheduledTasks()
                  .create(
                      ScheduledTaskDraft.builder("x", ScheduledTaskType.SYNCHRONIZE_CLOUD_ACCOUNT)
                          .computerGroupId(group.id())
                          .build()));
      return;
    }
    ScheduledTask updates =
        manager()
            .scheduledTasks()
            .create(
                ScheduledTaskDraft.builder(
                        ContractFixture.unique("tck-upd"),
                        ScheduledTaskType.CHECK_FOR_SECURITY_UPDATES)
                    .computerFilter(ComputerFilter.group(group.id(), true))
                    .parameters(Fields.of(Map.of("timeout", "one-hour")))
                    .schedule(TaskSchedule.daily(Instant.parse("2030-01-01T01:00:00Z")))
                    .build());
    ScheduledTask sync =
        manager()
            .scheduledTasks()
            .create(
                ScheduledTaskDraft.builder(
                        ContractFixture.unique("tck-sync"),
                        ScheduledTaskType.SYNCHRONIZE_CLOUD_ACCOUNT)
                    .computerGroupId(group.id())
                    .schedule(TaskSchedule.hourly(30))
                    .runNow(true)
                    .build());
    ScheduledTask script =
        manager()
            .scheduledTasks()
            .create(
                ScheduledTaskDraft.builder(
                        ContractFixture.unique("tck-script"), ScheduledTaskType.RUN_SCRIPT)
                    .parameters(Fields.of(Map.of("filename", "nightly.js")))
                    .enabled(false)
                    .build());

    ScheduledTask u = manager().scheduledTasks().get(updates.id());
    assertThat(u.computerFilter()).isEqualTo(ComputerFilter.group(group.id(), true));
    assertThat(u.parameters().string("timeout")).contains("one-hour");
    assertThat(u.schedule().recurrence()).isEqualTo(TaskSchedule.Recurrence.DAILY);
    assertThat(manager().scheduledTasks().get(sync.id()).computerGroupId()).isEqualTo(group.id());
    assertThat(state().fleet().scheduledTaskRuns()).containsEntry(sync.id(), 1);
    ScheduledTask s = manager().scheduledTasks().get(script.id());
    assertThat(s.enabled()).isFalse();
    assertThat(s.parameters().string("filename")).contains("nightly.js");
    assertThat(state().fleet().scheduledTaskRuns()).doesNotContainKey(script.id());
  }

  @Test
  default void eventBasedTasks_createThenAnEventRunsTheActionsOnMatchingComputersOnly() {
    Computer target = state().computers().get(0);
    Computer other =
        state().computers().stream()
            .filter(x -> !x.hostName().equals(target.hostName()))
            .findFirst()
            .orElseThrow();
    Policy policy = state().addPolicy(ContractFixture.unique("tck-ebt"), null);
    ComputerGroup group = state().fleet().addComputerGroup(ContractFixture.unique("tck-ebt"), null);
    EventBasedTaskDraft draft =
        EventBasedTaskDraft.builder(
                ContractFixture.unique("tck-ebt"), EventBasedTaskType.AGENT_INITIATED_ACTIVATION)
            .condition(EventTaskCondition.of("hostname", Pattern.quote(target.hostName())))
            .action(EventTaskAction.assignPolicy(policy.id()))
            .action(EventTaskAction.moveToGroup(group.id()))
            .build();
    if (!supports(Capability.EVENT_BASED_TASKS)) {
      assertUnsupported(() -> manager().eventBasedTasks().create(draft));
      assertUnsupported(() -> manager().eventBasedTasks().delete(1));
      return;
    }

    EventBasedTask t = manager().eventBasedTasks().create(draft);

    assertThat(state().fleet().eventBasedTaskIds()).contains(t.id());
    EventBasedTask read = manager().eventBasedTasks().get(t.id());
    assertThat(read.type()).isEqualTo(EventBasedTaskType.AGENT_INITIATED_ACTIVATION);
    assertThat(read.actions())
        .containsExactly(
            EventTaskAction.assignPolicy(policy.id()), EventTaskAction.moveToGroup(group.id()));
    assertThat(read.conditions()).containsExactlyElementsOf(draft.conditions());

    assertThat(state().fleet().fireEvent("agent-initiated-activation", other.id())).isZero();
    assertThat(state().fleet().fireEvent("agent-initiated-activation", target.id())).isEqualTo(1);

    Computer after =
        state().computers().stream().filter(x -> x.id() == target.id()).findFirst().orElseThrow();
    assertThat(after.policyId()).isEqualTo(policy.id());
    assertThat(after.groupId()).isEqualTo(group.id());
    Computer untouched =
        state().computers().stream().filter(x -> x.id() == other.id()).findFirst().orElseThrow();
    assertThat(untouched.policyId()).isEqualTo(other.policyId());

    manager().eventBasedTasks().delete(t.id());

    assertThat(state().fleet().eventBasedTaskIds()).doesNotContain(t.id());
    assertThat(state().fleet().fireEvent("agent-initiated-activation", target.id())).isZero();
  }
}
