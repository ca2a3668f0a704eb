package io.dsm4j.kafka.connect.internal;

import io.dsm4j.testkit.DsmSimulator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Connector and task properties pointing at a simulator. */
final class TestConfigs {
  private TestConfigs() {}

  static Map<String, String> connector(DsmSimulator sim, String kinds) {
    Map<String, String> p = new HashMap<>();
    p.put(SourceConfig.URL, sim.url().toString());
    p.put(SourceConfig.USERNAME, sim.username());
    p.put(SourceConfig.PASSWORD, sim.password());
    p.put(SourceConfig.KINDS, kinds);
    p.put(SourceConfig.START_TIME, "3650d");
    p.put(SourceConfig.REQUESTS_PER_MINUTE, "0");
    p.put(SourceConfig.POLL_INTERVAL, "100");
    p.put(SourceConfig.CALL_TIMEOUT, "20000");
    return p;
  }

  /** A task's properties for the given streams of the signed-in account. */
  static SourceConfig task(Map<String, String> connector, List<StreamId> streams) {
    Map<String, String> p = new HashMap<>(connector);
    p.put(SourceConfig.TASK_STREAMS, StreamId.encodeAll(streams));
    return new SourceConfig(p);
  }
}
