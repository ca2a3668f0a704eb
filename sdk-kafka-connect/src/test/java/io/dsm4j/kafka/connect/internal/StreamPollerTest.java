package io.dsm4j.kafka.connect.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dsm4j.Backend;
import io.dsm4j.Manager;
import io.dsm4j.model.EventKind;
import io.dsm4j.testkit.DsmSimulator;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Semaphore;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.errors.ConnectException;
import org.apache.kafka.connect.source.SourceRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(120)
class StreamPollerTest {
  private static final StreamId IPS = new StreamId("primary", true, EventKind.INTRUSION_PREVENTION);
  private static final StreamId FW = new StreamId("primary", true, EventKind.FIREWALL);

  private final List<AutoCloseable> toClose = new ArrayList<>();

  @AfterEach
  void closeAll() throws Exception {
    for (AutoCloseable c : toClose) {
      c.close();
    }
  }

  private DsmSimulator sim(DsmSimulator.Builder b) {
    DsmSimulator s = b.start();
    toClose.add(s);
    return s;
  }

  private StreamPoller poller(SourceConfig c, Map<Map<String, ?>, Map<String, Object>> offsets) {
    StreamPoller p = new StreamPoller(c, offsets, Clock.systemUTC());
    toClose.add(p);
    return p;
  }

  /** Polls until {@code n} records have come (or fails the test after 60 s). */
  private static List<SourceRecord> pollUntil(StreamPoller p, int n) throws InterruptedException {
    List<SourceRecord> all = new ArrayList<>();
    long end = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (all.size() < n && System.nanoTime() < end) {
      List<SourceRecord> got = p.poll();
      if (got != null) {
        all.addAll(got);
      }
    }
    return all;
  }

  private static Map<Map<String, ?>, Map<String, Object>> lastOffsets(List<SourceRecord> records) {
    Map<Map<String, ?>, Map<String, Object>> m = new HashMap<>();
    for (SourceRecord r : records) {
      @SuppressWarnings("unchecked")
      Map<String, Object> o = (Map<String, Object>) r.sourceOffset();
      m.put(r.sourcePartition(), o);
    }
    return m;
  }

  @Test
  void everyEventOnce_inCappedRuns_andTheOffsetMovesOnlyWithARunsLastRecord() throws Exception {
    DsmSimulator sim = sim(DsmSimulator.builder().eventsPerKind(230).eventCap(50));
    Map<String, String> props = TestConfigs.connector(sim, "ips,firewall");
    props.put(SourceConfig.RUN_MAX_EVENTS, "100");
    props.put(SourceConfig.POLL_MAX_RECORDS, "37");
    StreamPoller p = poller(TestConfigs.task(props, List.of(IPS, FW)), Map.of());

    List<SourceRecord> all = pollUntil(p, 460);

    assertThat(all).hasSize(460);
    Set<Object> keys = new HashSet<>();
    all.forEach(r -> keys.add(r.key()));
    assertThat(keys).hasSize(460);
    assertThat(all)
        .allSatisfy(r -> assertThat(r.topic()).isIn("dsm.primary.ips", "dsm.primary.firewall"));
    // Runs of 100: the offsets of one stream's records move to the run's ceiling at every 100th.
    List<SourceRecord> ips = all.stream().filter(r -> r.topic().equals("dsm.primary.ips")).toList();
    List<Object> lastIds = new ArrayList<>();
    for (int i = 0; i < ips.size(); i++) {
      Object id = ips.get(i).sourceOffset().get(Offsets.LAST_ID);
      if (i == 0 || !java.util.Objects.equals(id, lastIds.get(lastIds.size() - 1))) {
        lastIds.add(id);
      }
    }
    assertThat(lastIds).hasSize(4); // none, after run 1, after run 2, after run 3 (30 events)
    assertThat(lastIds.get(0)).isNull();
    long maxIps =
        ips.stream().mapToLong(r -> ((Struct) r.value()).getInt64("id")).max().orElseThrow();
    assertThat(ips.get(ips.size() - 1).sourceOffset().get(Offsets.LAST_ID)).isEqualTo(maxIps);
    // Nothing more until new events arrive.
    assertThat(p.poll()).isNull();
  }

  @Test
  void resumesFromItsOffsets_andALateEventWithAnOldTimeIsDelivered() throws Exception {
    DsmSimulator sim = sim(DsmSimulator.builder().eventsPerKind(120));
    Map<String, String> props = TestConfigs.connector(sim, "ips");
    SourceConfig c = TestConfigs.task(props, List.of(IPS));
    StreamPoller first = poller(c, Map.of());
    List<SourceRecord> before = pollUntil(first, 120);
    assertThat(before).hasSize(120);
    first.close();

    // An agent that was offline: an old time, a new (higher) ID.
    Instant old = Instant.now().minus(Duration.ofDays(30));
    sim.state().addEvents(EventKind.INTRUSION_PREVENTION, 3, old, old.plusSeconds(60), null);

    StreamPoller second = poller(c, lastOffsets(before));
    List<SourceRecord> after = pollUntil(second, 3);
    assertThat(after).hasSize(3);
    Set<Object> keysBefore = new HashSet<>();
    before.forEach(r -> keysBefore.add(r.key()));
    assertThat(after).noneMatch(r -> keysBefore.contains(r.key()));
    assertThat(after)
        .allSatisfy(
            r ->
                assertThat(r.timestamp())
                    .isLessThan(Instant.now().minus(Duration.ofDays(29)).toEpochMilli()));
    assertThat(second.poll()).isNull();
  }

  @Test
  void aStreamStoppedMidRun_repeatsThatRun_withTheSameKeys() throws Exception {
    DsmSimulator sim = sim(DsmSimulator.builder().eventsPerKind(150));
    Map<String, String> props = TestConfigs.connector(sim, "ips");
    props.put(SourceConfig.POLL_MAX_RECORDS, "40");
    SourceConfig c = TestConfigs.task(props, List.of(IPS));
    StreamPoller first = poller(c, Map.of());
    List<SourceRecord> part = first.poll();
    assertThat(part).hasSize(40);
    first.close();

    StreamPoller second = poller(c, lastOffsets(part));
    List<SourceRecord> again = pollUntil(second, 150);
    assertThat(again).hasSize(150);
    Set<Object> keys = new HashSet<>();
    again.forEach(r -> keys.add(r.key()));
    part.forEach(r -> assertThat(keys).contains(r.key()));
  }

  @Test
  void tooManySessions_backsOff_thenDelivers() throws Exception {
    DsmSimulator sim = sim(DsmSimulator.builder().eventsPerKind(10).maxSessions(1));
    Manager other = sim.managerBuilder(Backend.SOAP).build();
    other.events(); // nothing sent yet: make the other session real with a call
    other.info();
    Map<String, String> props = TestConfigs.connector(sim, "ips");
    props.put(SourceConfig.POLL_MAX_DURATION, "500");
    StreamPoller p = poller(TestConfigs.task(props, List.of(IPS)), Map.of());

    assertThat(p.poll()).isNull(); // backs off instead of failing
    other.close();
    assertThat(pollUntil(p, 10)).hasSize(10);
  }

  @Test
  void wrongPassword_failsTheTaskClearly_withoutThePassword() {
    DsmSimulator sim = sim(DsmSimulator.builder().eventsPerKind(10));
    Map<String, String> props = TestConfigs.connector(sim, "ips");
    props.put(SourceConfig.PASSWORD, "not-the-Secret-42");
    StreamPoller p = poller(TestConfigs.task(props, List.of(IPS)), Map.of());

    assertThatThrownBy(p::poll)
        .isInstanceOf(ConnectException.class)
        .hasMessageContaining("refused the credentials of user '" + sim.username() + "'")
        .hasMessageContaining("dsm.password")
        .satisfies(e -> assertThat(e.toString()).doesNotContain("not-the-Secret-42"));
  }

  @Test
  void close_endsTheSoapSession() throws Exception {
    DsmSimulator sim = sim(DsmSimulator.builder().eventsPerKind(5));
    StreamPoller p =
        poller(TestConfigs.task(TestConfigs.connector(sim, "ips"), List.of(IPS)), Map.of());
    assertThat(pollUntil(p, 5)).hasSize(5);
    assertThat(sim.state().activeSessions()).isEqualTo(1);

    p.close();

    assertThat(sim.state().activeSessions()).isZero();
    assertThat(sim.state().sessionsEnded()).isEqualTo(1);
  }

  @Test
  void poll_isBoundedInTime_whenTheManagerIsSlow() throws Exception {
    DsmSimulator sim =
        sim(DsmSimulator.builder().eventsPerKind(50).eventCap(5).latency(Duration.ofMillis(200)));
    Map<String, String> props = TestConfigs.connector(sim, "ips");
    props.put(SourceConfig.POLL_MAX_DURATION, "1000");
    StreamPoller p = poller(TestConfigs.task(props, List.of(IPS)), Map.of());

    long start = System.nanoTime();
    p.poll();
    Duration took = Duration.ofNanos(System.nanoTime() - start);

    // 10+ calls of 200 ms each are needed for all; one poll stops after its 1 s (plus a call).
    assertThat(took).isBetween(Duration.ofMillis(1000), Duration.ofSeconds(6));
  }

  @Test
  void waitsForAPermitOfItsManager() throws Exception {
    DsmSimulator sim = sim(DsmSimulator.builder().eventsPerKind(5));
    Map<String, String> props = TestConfigs.connector(sim, "ips");
    props.put(SourceConfig.MAX_CONCURRENT, "1");
    props.put(SourceConfig.POLL_MAX_DURATION, "300");
    StreamPoller p = poller(TestConfigs.task(props, List.of(IPS)), Map.of());
    Semaphore permits = ManagerPermits.of(sim.url(), 1);

    permits.acquire();
    try {
      assertThat(p.poll()).isNull();
      assertThat(sim.state().requestCount()).isZero();
    } finally {
      permits.release();
    }
    assertThat(pollUntil(p, 5)).hasSize(5);
  }

  @Test
  void anOffsetThatIsNotOne_failsTheTask() {
    DsmSimulator sim = sim(DsmSimulator.builder().eventsPerKind(5));
    SourceConfig c = TestConfigs.task(TestConfigs.connector(sim, "ips"), List.of(IPS));
    Map<Map<String, ?>, Map<String, Object>> bad =
        Map.of(IPS.partition(c.managerName()), Map.of(Offsets.RANGE_START, "yesterday"));

    assertThatThrownBy(() -> new StreamPoller(c, bad, Clock.systemUTC()))
        .isInstanceOf(ConnectException.class)
        .hasMessageContaining("rangeStart is not an ISO-8601 instant");
  }

  @Test
  void tenants_signedInToAsThePrimaryUser_eachInItsOwnStream() throws Exception {
    DsmSimulator sim = sim(DsmSimulator.builder().eventsPerKind(0));
    sim.state().administration().addTenant("acme", "admin", "pw-acme-1");
    sim.state().administration().addTenant("globex", "admin", "pw-globex-1");
    Instant t = Instant.now().minus(Duration.ofHours(2));
    long acme =
        sim.state()
            .administration()
            .tenant("acme")
            .orElseThrow()
            .eventCount(EventKind.INTRUSION_PREVENTION);
    long globex =
        sim.state()
            .administration()
            .tenant("globex")
            .orElseThrow()
            .eventCount(EventKind.INTRUSION_PREVENTION);
    sim.state()
        .administration()
        .tenant("acme")
        .orElseThrow()
        .addEvents(EventKind.INTRUSION_PREVENTION, 7, t, t, null);
    StreamPoller p =
        poller(
            TestConfigs.task(
                TestConfigs.connector(sim, "ips"),
                List.of(
                    new StreamId("acme", false, EventKind.INTRUSION_PREVENTION),
                    new StreamId("globex", false, EventKind.INTRUSION_PREVENTION))),
            Map.of());

    List<SourceRecord> all = pollUntil(p, (int) (acme + 7 + globex));

    assertThat(all).hasSize((int) (acme + 7 + globex));
    assertThat(all.stream().filter(r -> r.topic().equals("dsm.acme.ips"))).hasSize((int) acme + 7);
    assertThat(all).allSatisfy(r -> assertThat((String) r.key()).startsWith(sim.url().getHost()));
    assertThat(p.poll()).isNull();
  }

  @Test
  void aSuspendedTenant_backsOff_thenDelivers_andAnUnknownOneFailsTheTask() throws Exception {
    DsmSimulator sim = sim(DsmSimulator.builder().eventsPerKind(0));
    sim.state().administration().addTenant("acme", "admin", "pw-acme-1");
    Instant t = Instant.now().minus(Duration.ofHours(2));
    sim.state()
        .administration()
        .tenant("acme")
        .orElseThrow()
        .addEvents(EventKind.SYSTEM, 3, t, t, null);
    long total =
        sim.state().administration().tenant("acme").orElseThrow().eventCount(EventKind.SYSTEM);
    sim.state().administration().setTenantState("acme", "suspended");
    Map<String, String> props = TestConfigs.connector(sim, "system");
    props.put(SourceConfig.POLL_MAX_DURATION, "300");
    StreamPoller p =
        poller(
            TestConfigs.task(props, List.of(new StreamId("acme", false, EventKind.SYSTEM))),
            Map.of());

    assertThat(p.poll()).isNull();
    sim.state().administration().setTenantState("acme", "active");
    assertThat(pollUntil(p, (int) total)).hasSize((int) total);

    StreamPoller unknown =
        poller(
            TestConfigs.task(props, List.of(new StreamId("nobody", false, EventKind.SYSTEM))),
            Map.of());
    assertThatThrownBy(unknown::poll)
        .isInstanceOf(ConnectException.class)
        .hasMessageContaining("nobody");
  }
}
