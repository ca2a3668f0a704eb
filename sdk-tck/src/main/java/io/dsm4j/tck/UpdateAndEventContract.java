package io.dsm4j.tck;

import static org.assertj.core.api.Assertions.assertThat;

import io.dsm4j.Capability;
import io.dsm4j.model.AppliedState;
import io.dsm4j.model.Event;
import io.dsm4j.model.EventKind;
import io.dsm4j.model.EventQuery;
import io.dsm4j.model.Policy;
import io.dsm4j.model.SecurityUpdate;
import io.dsm4j.model.StagingSettings;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Security updates, staging settings and events. Part of {@link ManagerContractTest}. */
public interface UpdateAndEventContract extends ContractFixture {

  @Test
  default void securityUpdates_listAndApply_whereDeclared() {
    if (!supports(Capability.SECURITY_UPDATES)) {
      assertUnsupported(() -> manager().securityUpdates().list().stream().toList());
      assertUnsupported(() -> manager().securityUpdates().apply(1, true));
      return;
    }
    List<SecurityUpdate> updates = manager().securityUpdates().list().stream().toList();

    assertThat(updates)
        .extracting(SecurityUpdate::appliedState)
        .contains(AppliedState.APPLIED_CURRENT);
    assertThat(updates)
        .extracting(SecurityUpdate::id)
        .containsExactlyInAnyOrderElementsOf(
            state().securityUpdates().stream().map(SecurityUpdate::id).toList());

    // Applying really applies, in the mode asked for.
    SecurityUpdate pending =
        updates.stream()
            .filter(u -> u.appliedState() == AppliedState.NOT_APPLIED)
            .findFirst()
            .orElseThrow(() -> new AssertionError("the simulator seeds a pending update"));
    manager().securityUpdates().apply(pending.id(), true);
    assertThat(state().appliedSecurityUpdates()).containsEntry(pending.id(), true);
  }

  @Test
  default void stagingSettings_reportWhatWouldDefeatAStagedRollout() {
    Policy risky = state().addPolicy(ContractFixture.unique("tck-stage-risky"), null);
    Policy calm = state().addPolicy(ContractFixture.unique("tck-stage-calm"), null);
    if (!supports(Capability.STAGING_SETTINGS)) {
      assertUnsupported(() -> manager().policies().stagingSettings(List.of(risky.id())));
      return;
    }
    state().setPolicyStaging(risky.id(), true, true);
    state().setRuleUpdatesAutoApplied(true);
    try {
      StagingSettings s = manager().policies().stagingSettings(List.of(risky.id(), calm.id()));

      assertThat(s.ruleUpdatesAutoApplied()).isTrue();
      assertThat(s.policies().get(risky.id()))
          .isEqualTo(new StagingSettings.PolicyStaging(risky.id(), true, true));
      assertThat(s.policies().get(calm.id()))
          .isEqualTo(new StagingSettings.PolicyStaging(calm.id(), false, false));
    } finally {
      state().setRuleUpdatesAutoApplied(false);
    }
  }

  @Test
  default void events_inARange_areReturnedExactlyOnceWhateverTheTruncation() {
    Instant to = Instant.now().plusSeconds(1);
    Instant from = to.minus(Duration.ofDays(8));
    EventQuery q = EventQuery.builder(EventKind.INTRUSION_PREVENTION, from, to).build();
    if (!supports(Capability.EVENTS)) {
      assertUnsupported(() -> manager().events().stream(q));
      return;
    }
    long expected = state().eventCount(EventKind.INTRUSION_PREVENTION);
    assertThat(expected).as("more events than one answer holds").isGreaterThan(EVENT_CAP);

    List<Event> events;
    try (var s = manager().events().stream(q)) {
      events = s.toList();
    }

    Set<Long> ids = new HashSet<>();
    events.forEach(e -> assertThat(ids.add(e.id())).as("event %s twice", e.id()).isTrue());
    assertThat(events).hasSize((int) expected);
    List<Instant> times = new ArrayList<>(events.stream().map(Event::time).toList());
    assertThat(times).allMatch(t -> !t.isBefore(from) && t.isBefore(to));
  }

  @Test
  default void events_forSomeComputers_onlyTheirs() {
    int computer = state().computers().get(0).id();
    Instant to = Instant.now().plusSeconds(1);
    Instant from = to.minus(Duration.ofDays(8));
    EventQuery q =
        EventQuery.builder(EventKind.FIREWALL, from, to).computerIds(List.of(computer)).build();
    if (!supports(Capability.EVENTS)) {
      assertUnsupported(() -> manager().events().stream(q));
      return;
    }
    state().addEvents(EventKind.FIREWALL, 60, from.plusSeconds(60), to.minusSeconds(60), computer);

    List<Event> events;
    try (var s = manager().events().stream(q)) {
      events = s.toList();
    }

    assertThat(events).hasSizeGreaterThanOrEqualTo(60).allMatch(e -> e.computerId() == computer);
  }
}
