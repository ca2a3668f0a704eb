package io.dsm4j.kafka.connect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dsm4j.Backend;
import io.dsm4j.Manager;
import io.dsm4j.model.Event;
import io.dsm4j.model.EventKind;
import io.dsm4j.model.EventQuery;
import io.dsm4j.testkit.DsmSimulator;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.connect.util.clusters.EmbeddedConnectCluster;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The connector on Kafka's own embedded cluster (one KRaft broker, one Connect worker), loaded
 * through {@code plugin.path} from the plugin directory the build lays out: two managers (one with
 * two tenants, one with a tenant of the same name), every event delivered with a key unique per
 * event, the worker stopped mid-stream and a new one started (nothing missing), and a late event
 * (an old time, a higher ID) delivered.
 */
@Timeout(300)
class DsmEventSourceIT {
  private static final String CONNECTOR = "io.dsm4j.kafka.connect.DsmEventSourceConnector";
  private static final List<String> TOPICS =
      List.of("dsm.acme.ips", "dsm.acme.firewall", "dsm.globex.ips", "dsm.globex.firewall");
  private static final int PER_STREAM = 100;
  private static final Duration WAIT = Duration.ofSeconds(120);
  private static final ObjectMapper JSON = new ObjectMapper();

  private DsmSimulator simA;
  private DsmSimulator simB;
  private EmbeddedConnectCluster connect;
  private KafkaConsumer<byte[], byte[]> consumer;

  /** What the topics held so far: record key to the event's JSON value. */
  private final Map<String, JsonNode> seen = new HashMap<>();

  private int records;

  @AfterEach
  void tearDown() {
    if (consumer != null) {
      consumer.close();
    }
    if (connect != null) {
      connect.stop();
    }
    if (simA != null) {
      simA.close();
    }
    if (simB != null) {
      simB.close();
    }
  }

  @Test
  void everyEventOnce_acrossAWorkerRestart_andALateOne() throws Exception {
    assertThatThrownBy(() -> Class.forName(CONNECTOR))
        .as("the connector must come from plugin.path, not the class path")
        .isInstanceOf(ClassNotFoundException.class);
    Path pluginPath = Path.of(System.getProperty("dsm4j.plugin.dir"));
    assertThat(pluginPath.resolve("dsm4j-kafka-connect/lib")).isDirectory();
    try (Stream<Path> jars = Files.list(pluginPath.resolve("dsm4j-kafka-connect/lib"))) {
      assertThat(jars.map(p -> p.getFileName().toString()))
          .anyMatch(n -> n.startsWith("dsm4j-kafka-connect-"))
          .noneMatch(n -> n.startsWith("kafka-") || n.startsWith("connect-"))
          .noneMatch(n -> n.startsWith("slf4j-"));
    }

    Instant from = Instant.now().minus(Duration.ofDays(2));
    Instant to = Instant.now().minus(Duration.ofHours(1));
    simA = DsmSimulator.builder().eventsPerKind(0).eventCap(25).start();
    simB = DsmSimulator.builder().eventsPerKind(0).eventCap(25).start();
    for (String tenant : List.of("acme", "globex")) {
      simA.state().administration().addTenant(tenant, "admin", "tenant-password");
    }
    simB.state().administration().addTenant("acme", "admin", "tenant-password");
    for (EventKind k : List.of(EventKind.INTRUSION_PREVENTION, EventKind.FIREWALL)) {
      simA.state()
          .administration()
          .tenant("acme")
          .orElseThrow()
          .addEvents(k, PER_STREAM, from, to, null);
      simA.state()
          .administration()
          .tenant("globex")
          .orElseThrow()
          .addEvents(k, PER_STREAM, from, to, null);
      simB.state()
          .administration()
          .tenant("acme")
          .orElseThrow()
          .addEvents(k, PER_STREAM, from, to, null);
    }
    Set<String> expected = expectedKeys();
    assertThat(expected).hasSizeGreaterThanOrEqualTo(6 * PER_STREAM); // plus the tenants' own

    Map<String, String> worker = new HashMap<>();
    worker.put("plugin.path", pluginPath.toString());
    worker.put("offset.flush.interval.ms", "500");
    worker.put("key.converter", "org.apache.kafka.connect.storage.StringConverter");
    worker.put("value.converter", "org.apache.kafka.connect.json.JsonConverter");
    worker.put("value.converter.schemas.enable", "true");
    connect =
        new EmbeddedConnectCluster.Builder()
            .name("dsm4j-it")
            .numBrokers(1)
            .numWorkers(1)
            .workerProps(worker)
            .build();
    connect.start();
    phase("cluster started");
    for (String t : TOPICS) {
      connect.kafka().createTopic(t, 1);
    }
    consumer =
        connect.kafka().createConsumerAndSubscribeTo(Map.of(), TOPICS.toArray(String[]::new));

    connect.configureConnector("dsm-a", connector(simA, "dsm-a", "acme,globex", 2));
    connect.configureConnector("dsm-b", connector(simB, "dsm-b", "acme", 1));
    connect.assertions().assertConnectorAndExactlyNumTasksAreRunning("dsm-a", 2, "dsm-a runs");
    connect.assertions().assertConnectorAndExactlyNumTasksAreRunning("dsm-b", 1, "dsm-b runs");

    // Mid-stream: the rate limit (180 requests a minute per task) keeps the whole from arriving
    // in less than several seconds, whatever the machine's speed.
    consumeUntil(() -> seen.size() >= 60, "the first 60 events");
    phase("first events");
    int beforeStop = seen.size();
    assertThat(beforeStop).as("stopped mid-stream").isLessThan(expected.size());
    connect.removeWorker();
    phase("worker stopped");
    connect.addWorker();
    connect.assertions().assertConnectorAndExactlyNumTasksAreRunning("dsm-a", 2, "dsm-a again");
    connect.assertions().assertConnectorAndExactlyNumTasksAreRunning("dsm-b", 1, "dsm-b again");

    phase("new worker runs");
    consumeUntil(() -> seen.keySet().containsAll(expected), "every event");
    phase("every event");

    // A late event: an agent that was offline reports an old event, which gets a new, higher ID.
    Instant old = from.plus(Duration.ofHours(1));
    simA.state()
        .administration()
        .tenant("globex")
        .orElseThrow()
        .addEvents(EventKind.FIREWALL, 1, old, old, null);
    simB.state()
        .administration()
        .tenant("acme")
        .orElseThrow()
        .addEvents(EventKind.INTRUSION_PREVENTION, 1, old, old, null);
    Set<String> withLate = expectedKeys();
    assertThat(withLate).hasSize(expected.size() + 2);
    consumeUntil(() -> seen.keySet().containsAll(withLate), "the late events");

    phase("late events");
    assertThat(seen.keySet()).isEqualTo(withLate);
    // One key per event: the same eventKey from two managers is two records' keys.
    assertThat(seen.keySet())
        .anyMatch(k -> k.startsWith("dsm-a/acme/") && seen.containsKey("dsm-b/" + k.substring(6)));
    JsonNode late = seen.get(lateKey(withLate, expected, "dsm-b/acme/ips-"));
    assertThat(late.get("time").asLong()).isEqualTo(old.toEpochMilli());
    assertThat(records).isGreaterThanOrEqualTo(withLate.size());
    System.out.printf(
        "DsmEventSourceIT: %d events, %d records (%d repeated after the restart), %d before it%n",
        withLate.size(), records, records - withLate.size(), beforeStop);
  }

  private final long t0 = System.nanoTime();

  private void phase(String what) {
    System.out.printf(
        "DsmEventSourceIT: %s after %d s%n",
        what, Duration.ofNanos(System.nanoTime() - t0).toSeconds());
  }

  private static String lateKey(Set<String> withLate, Set<String> before, String prefix) {
    return withLate.stream()
        .filter(k -> !before.contains(k) && k.startsWith(prefix))
        .findFirst()
        .orElseThrow();
  }

  private static Map<String, String> connector(
      DsmSimulator sim, String name, String tenants, int tasks) {
    Map<String, String> c = new HashMap<>();
    c.put("connector.class", CONNECTOR);
    c.put("tasks.max", Integer.toString(tasks));
    c.put("dsm.url", sim.url().toString());
    c.put("dsm.username", sim.username());
    c.put("dsm.password", sim.password());
    c.put("dsm.manager.name", name);
    c.put("dsm.tenants", tenants);
    c.put("dsm.event.kinds", "ips,firewall");
    c.put("topic.pattern", "dsm.{tenant}.{kind}");
    c.put("start.time", "7d");
    c.put("poll.interval.ms", "500");
    c.put("poll.max.records", "20");
    c.put("run.max.events", "50");
    c.put("dsm.requests.per.minute", Integer.toString(180 * tasks));
    return c;
  }

  /** The record keys every event present now must have: MANAGER/TENANT/KIND-ID. */
  private Set<String> expectedKeys() {
    Set<String> keys = new HashSet<>();
    addKeys(keys, simA, "dsm-a", "acme");
    addKeys(keys, simA, "dsm-a", "globex");
    addKeys(keys, simB, "dsm-b", "acme");
    return keys;
  }

  private static void addKeys(Set<String> keys, DsmSimulator sim, String manager, String tenant) {
    try (Manager primary = sim.managerBuilder(Backend.SOAP).build();
        Manager m = primary.asTenant(tenant)) {
      for (EventKind k : List.of(EventKind.INTRUSION_PREVENTION, EventKind.FIREWALL)) {
        String kind = k == EventKind.INTRUSION_PREVENTION ? "ips" : "firewall";
        EventQuery q =
            EventQuery.builder(k, Instant.now().minus(Duration.ofDays(7)), Instant.now()).build();
        try (Stream<Event> events = m.events().stream(q)) {
          events.forEach(e -> keys.add(manager + "/" + tenant + "/" + kind + "-" + e.id()));
        }
      }
    }
  }

  /** Reads the topics until {@code done} holds (failing after {@link #WAIT}); no sleeps. */
  private void consumeUntil(BooleanSupplier done, String what) throws Exception {
    long end = System.nanoTime() + WAIT.toNanos();
    while (!done.getAsBoolean()) {
      if (System.nanoTime() > end) {
        fail("waited " + WAIT + " for " + what + "; have " + seen.size() + " events");
      }
      for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofMillis(500))) {
        String key = new String(r.key(), StandardCharsets.UTF_8);
        JsonNode envelope = JSON.readTree(r.value());
        JsonNode value = envelope.get("payload");
        assertThat(envelope.at("/schema/name").asText()).isEqualTo("io.dsm4j.Event");
        assertThat(key).endsWith("/" + value.get("eventKey").asText());
        assertThat(r.timestamp()).isEqualTo(value.get("time").asLong());
        assertThat(header(r, "dsm.manager") + "/" + header(r, "dsm.tenant") + "/")
            .isEqualTo(key.substring(0, key.lastIndexOf('/') + 1));
        JsonNode before = seen.putIfAbsent(key, value);
        if (before != null) {
          assertThat(value).as("a repeated record is the same event").isEqualTo(before);
        }
        records++;
      }
    }
  }

  private static String header(ConsumerRecord<byte[], byte[]> r, String name) {
    Header h = r.headers().lastHeader(name);
    return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
  }
}
