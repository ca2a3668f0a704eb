package io.dsm4j.kafka.connect;

import static org.assertj.core.api.Assertions.assertThat;

import io.dsm4j.model.EventKind;
import io.dsm4j.testkit.DsmSimulator;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.connect.util.clusters.EmbeddedConnectCluster;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * On demand, never in {@code verify} (failsafe runs {@code *IT} only): events per second from the
 * simulator into Kafka with 1, 2 and 4 tasks, without a request limit and with the default one (450
 * a minute). Run it with
 *
 * <pre>
 * mvn -B -pl sdk-kafka-connect -am verify -Dtest=NONE -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Dit.test=ConnectThroughputBenchmark -Dbench.events=20000
 * </pre>
 *
 * and copy its table into docs/benchmarks.md.
 */
@Timeout(1800)
class ConnectThroughputBenchmark {
  private static final String CONNECTOR = "io.dsm4j.kafka.connect.DsmEventSourceConnector";
  private static final List<String> KINDS =
      List.of("ips", "firewall", "anti-malware", "web-reputation");

  @Test
  void eventsPerSecond_with1_2and4Tasks() throws Exception {
    int perKind = Integer.getInteger("bench.events", 20_000);
    List<String> rows = new ArrayList<>();
    try (DsmSimulator sim = DsmSimulator.builder().eventsPerKind(perKind).start()) {
      for (EventKind k : EventKind.values()) {
        assertThat(sim.state().eventCount(k)).isEqualTo(perKind);
      }
      Map<String, String> worker = new HashMap<>();
      worker.put("plugin.path", Path.of(System.getProperty("dsm4j.plugin.dir")).toString());
      worker.put("offset.flush.interval.ms", "500");
      worker.put("key.converter", "org.apache.kafka.connect.storage.StringConverter");
      worker.put("value.converter", "org.apache.kafka.connect.json.JsonConverter");
      worker.put("value.converter.schemas.enable", "false");
      EmbeddedConnectCluster connect =
          new EmbeddedConnectCluster.Builder()
              .name("dsm4j-bench")
              .numBrokers(1)
              .numWorkers(1)
              .workerProps(worker)
              .build();
      connect.start();
      try {
        // A warm-up run (not reported): the JIT, the simulator's caches, the broker's first topics.
        measure(connect, sim, 0, 2, 0, perKind * KINDS.size());
        int run = 0;
        for (int[] setting : new int[][] {{1, 0}, {2, 0}, {4, 0}, {1, 450}, {4, 450}}) {
          run++;
          rows.add(measure(connect, sim, run, setting[0], setting[1], perKind * KINDS.size()));
        }
      } finally {
        connect.stop();
      }
    }
    System.out.println(
        "| tasks | request limit a minute | events | seconds | events/s | requests | requests a"
            + " minute |");
    System.out.println("|---|---|---|---|---|---|---|");
    rows.forEach(System.out::println);
  }

  private static String measure(
      EmbeddedConnectCluster connect,
      DsmSimulator sim,
      int run,
      int tasks,
      int requestsPerMinute,
      int total) {
    String name = "bench-" + run;
    List<String> topics = new ArrayList<>();
    for (String k : KINDS) {
      topics.add(name + "." + k);
      connect.kafka().createTopic(name + "." + k, 1);
    }
    Map<String, String> c = new HashMap<>();
    c.put("connector.class", CONNECTOR);
    c.put("tasks.max", Integer.toString(tasks));
    c.put("dsm.url", sim.url().toString());
    c.put("dsm.username", sim.username());
    c.put("dsm.password", sim.password());
    c.put("dsm.manager.name", name);
    c.put("dsm.event.kinds", String.join(",", KINDS));
    c.put("topic.pattern", name + ".{kind}");
    c.put("start.time", "3650d");
    c.put("dsm.max.concurrent.requests", "4");
    c.put("dsm.requests.per.minute", Integer.toString(requestsPerMinute));
    int requestsBefore = sim.state().requestCount();
    long start = System.nanoTime();
    connect.configureConnector(name, c);
    long count = 0;
    try (KafkaConsumer<byte[], byte[]> consumer =
        connect.kafka().createConsumerAndSubscribeTo(Map.of(), topics.toArray(String[]::new))) {
      long end = System.nanoTime() + Duration.ofMinutes(10).toNanos();
      while (count < total && System.nanoTime() < end) {
        count += consumer.poll(Duration.ofMillis(200)).count();
      }
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    int requests = sim.state().requestCount() - requestsBefore;
    connect.deleteConnector(name);
    assertThat(count).isGreaterThanOrEqualTo(total);
    String row =
        String.format(
            Locale.ROOT,
            "| %d | %s | %d | %.1f | %.0f | %d | %.0f |",
            tasks,
            requestsPerMinute == 0 ? "no limit" : Integer.toString(requestsPerMinute),
            total,
            seconds,
            total / seconds,
            requests,
            requests / seconds * 60);
    System.out.println(row);
    return row;
  }
}
