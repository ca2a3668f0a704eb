package io.dsm4j.kafka.connect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dsm4j.testkit.DsmSimulator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.common.config.ConfigValue;
import org.apache.kafka.common.metrics.PluginMetrics;
import org.apache.kafka.connect.errors.ConnectException;
import org.apache.kafka.connect.source.SourceConnectorContext;
import org.apache.kafka.connect.storage.OffsetStorageReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(120)
class DsmEventSourceConnectorTest {
  private static Map<String, String> props(DsmSimulator sim) {
    Map<String, String> p = new HashMap<>();
    p.put("dsm.url", sim.url().toString());
    p.put("dsm.username", sim.username());
    p.put("dsm.password", sim.password());
    p.put("dsm.event.kinds", "ips,system");
    return p;
  }

  @Test
  void allTenants_listsTheActiveOnes_throughRest() {
    try (DsmSimulator sim = DsmSimulator.builder().eventsPerKind(0).start()) {
      sim.state().administration().addTenant("acme", "admin", "pw-acme-1");
      sim.state().administration().addTenant("globex", "admin", "pw-globex-1");
      sim.state().administration().addTenant("initech", "admin", "pw-initech-1");
      sim.state().administration().setTenantState("initech", "suspended");
      Map<String, String> p = props(sim);
      p.put("dsm.tenants", "*");
      p.put("dsm.api.key", sim.apiKey());
      DsmEventSourceConnector c = new DsmEventSourceConnector();
      c.start(p);
      try {
        List<Map<String, String>> tasks = c.taskConfigs(8);

        assertThat(tasks).hasSize(4);
        assertThat(String.join(",", tasks.stream().map(t -> t.get("task.streams")).toList()))
            .isEqualTo("t|ips|acme,t|system|acme,t|ips|globex,t|system|globex");
        // A relative start time is fixed once for every task.
        assertThat(tasks).allSatisfy(t -> assertThat(t.get("start.time")).endsWith("Z"));
      } finally {
        c.stop();
      }
    }
  }

  @Test
  void allTenants_listedAgain_aNewTenantReconfiguresTheTasks() throws Exception {
    try (DsmSimulator sim = DsmSimulator.builder().eventsPerKind(0).start()) {
      sim.state().administration().addTenant("acme", "admin", "pw-acme-1");
      Map<String, String> p = props(sim);
      p.put("dsm.tenants", "*");
      p.put("dsm.api.key", sim.apiKey());
      p.put("dsm.tenants.refresh.interval.ms", "10000"); // the shortest allowed
      CountDownLatch reconfigure = new CountDownLatch(1);
      DsmEventSourceConnector c = new DsmEventSourceConnector();
      c.initialize(
          new SourceConnectorContext() {
            @Override
            public void requestTaskReconfiguration() {
              reconfigure.countDown();
            }

            @Override
            public void raiseError(Exception e) {}

            @Override
            public OffsetStorageReader offsetStorageReader() {
              return null;
            }

            @Override
            public PluginMetrics pluginMetrics() {
              return null;
            }
          });
      c.start(p);
      try {
        assertThat(c.taskConfigs(8)).hasSize(2);
        sim.state().administration().addTenant("globex", "admin", "pw-globex-1");

        assertThat(reconfigure.await(60, TimeUnit.SECONDS)).isTrue();
        assertThat(c.taskConfigs(8)).hasSize(4);
      } finally {
        c.stop();
      }
    }
  }

  @Test
  void allTenants_withoutAnApiKey_isAConfigurationError() {
    try (DsmSimulator sim = DsmSimulator.builder().eventsPerKind(0).start()) {
      Map<String, String> p = props(sim);
      p.put("dsm.tenants", "*");
      DsmEventSourceConnector c = new DsmEventSourceConnector();

      assertThatThrownBy(() -> c.start(p))
          .isInstanceOf(ConfigException.class)
          .hasMessageContaining("dsm.api.key");
      ConfigValue key =
          c.validate(p).configValues().stream()
              .filter(v -> v.name().equals("dsm.api.key"))
              .findFirst()
              .orElseThrow();
      assertThat(key.errorMessages()).isNotEmpty();
    }
  }

  @Test
  void alterOffsets_acceptsCursors_refusesOthers() {
    DsmEventSourceConnector c = new DsmEventSourceConnector();
    Map<String, String> partition = Map.of("manager", "m", "tenant", "t", "kind", "ips");

    assertThat(
            c.alterOffsets(
                Map.of(),
                Map.of(partition, Map.of("rangeStart", "2026-01-01T00:00:00Z", "lastId", 42))))
        .isTrue();
    assertThatThrownBy(
            () -> c.alterOffsets(Map.of(), Map.of(partition, Map.of("lastId", "forty-two"))))
        .isInstanceOf(ConnectException.class);
    assertThatThrownBy(() -> c.alterOffsets(Map.of(), Map.of(Map.of("x", "y"), Map.of())))
        .isInstanceOf(ConnectException.class);
  }
}
