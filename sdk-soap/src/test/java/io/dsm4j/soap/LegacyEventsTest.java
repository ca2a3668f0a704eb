package io.dsm4j.soap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dsm4j.Backend;
import io.dsm4j.Manager;
import io.dsm4j.exception.InvalidRequestException;
import io.dsm4j.model.Event;
import io.dsm4j.model.EventKind;
import io.dsm4j.model.EventQuery;
import io.dsm4j.testkit.DsmSimulator;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A DSM 9.x manager has only the {@code …EventRetrieve} operations (32-bit IDs): the backend learns
 * that from the first "No such operation" answer and uses them from then on.
 */
class LegacyEventsTest {
  @Test
  void aManagerWithoutRetrieve2_isReadThroughThe9xOperations_everyEventOnce() {
    try (DsmSimulator sim =
            DsmSimulator.builder().legacyEventOperations(true).eventCap(40).start();
        Manager m = sim.managerBuilder(Backend.SOAP).build()) {
      Instant to = Instant.now().plusSeconds(1);
      Instant from = to.minus(Duration.ofDays(8));
      List<Event> ips;
      try (var s =
          m.events().stream(EventQuery.builder(EventKind.INTRUSION_PREVENTION, from, to).build())) {
        ips = s.toList();
      }
      List<Event> system;
      try (var s = m.events().stream(EventQuery.builder(EventKind.SYSTEM, from, to).build())) {
        system = s.toList();
      }

      Set<Long> ids = new HashSet<>();
      ips.forEach(e -> assertThat(ids.add(e.id())).isTrue());
      assertThat(ips).hasSize((int) sim.state().eventCount(EventKind.INTRUSION_PREVENTION));
      assertThat(system).hasSize((int) sim.state().eventCount(EventKind.SYSTEM));
      var ops = sim.state().operationCounts();
      assertThat(ops.get("soap:DPIEventRetrieve2")).as("asked once, then remembered").isEqualTo(1);
      assertThat(ops).doesNotContainKey("soap:systemEventRetrieve2");
      assertThat(ops.get("soap:DPIEventRetrieve")).isGreaterThan(1);
    }
  }

  @Test
  void aCursorBeyond32Bits_cannotBeSentToA9xManager() {
    try (DsmSimulator sim = DsmSimulator.builder().legacyEventOperations(true).start();
        Manager m = sim.managerBuilder(Backend.SOAP).build()) {
      Instant to = Instant.now();
      EventQuery q =
          EventQuery.builder(EventKind.FIREWALL, to.minus(Duration.ofHours(1)), to)
              .afterId(5_000_000_000L)
              .build();

      assertThatThrownBy(() -> m.events().stream(q).toList())
          .isInstanceOf(InvalidRequestException.class)
          .hasMessageContaining("32-bit");
    }
  }

  @Test
  void aCurrentManager_usesRetrieve2Only() {
    try (DsmSimulator sim = DsmSimulator.builder().start();
        Manager m = sim.managerBuilder(Backend.SOAP).build()) {
      Instant to = Instant.now().plusSeconds(1);
      try (var s =
          m.events().stream(
              EventQuery.builder(EventKind.FIREWALL, to.minus(Duration.ofDays(8)), to).build())) {
        assertThat(s.count()).isPositive();
      }

      assertThat(sim.state().operationCounts())
          .containsKey("soap:firewallEventRetrieve2")
          .doesNotContainKey("soap:firewallEventRetrieve");
    }
  }
}
