package io.dsm4j.kafka.connect.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.dsm4j.model.EventKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TaskSplitTest {
  private static SourceConfig config(String kinds) {
    Map<String, String> p = new HashMap<>();
    p.put(SourceConfig.URL, "https://dsm:4119");
    p.put(SourceConfig.USERNAME, "u");
    p.put(SourceConfig.PASSWORD, "p");
    p.put(SourceConfig.KINDS, kinds);
    return new SourceConfig(p);
  }

  @Test
  void streams_perTenantAndKind_orTheAccount() {
    SourceConfig c = config("ips,system");

    assertThat(TaskSplit.streams(c, List.of()))
        .containsExactly(
            new StreamId("primary", true, EventKind.INTRUSION_PREVENTION),
            new StreamId("primary", true, EventKind.SYSTEM));
    assertThat(TaskSplit.streams(c, List.of("a", "b")))
        .containsExactly(
            new StreamId("a", false, EventKind.INTRUSION_PREVENTION),
            new StreamId("a", false, EventKind.SYSTEM),
            new StreamId("b", false, EventKind.INTRUSION_PREVENTION),
            new StreamId("b", false, EventKind.SYSTEM));
  }

  @Test
  void taskConfigs_everyStreamOnce_atMostMaxTasks_tenantsKeptTogether_rateShared() {
    SourceConfig c = config("ips,firewall");
    List<StreamId> streams = TaskSplit.streams(c, List.of("a", "b", "c"));
    Map<String, String> props = Map.of(SourceConfig.URL, "https://dsm:4119");

    List<Map<String, String>> tasks = TaskSplit.taskConfigs(props, streams, 3, 450);

    assertThat(tasks).hasSize(3);
    List<StreamId> all = new ArrayList<>();
    for (Map<String, String> t : tasks) {
      List<StreamId> mine = StreamId.decodeAll(t.get(SourceConfig.TASK_STREAMS));
      assertThat(mine).hasSize(2).extracting(StreamId::tenant).containsOnly(mine.get(0).tenant());
      assertThat(t.get(SourceConfig.TASK_REQUESTS_PER_MINUTE)).isEqualTo("150");
      all.addAll(mine);
    }
    assertThat(all).isEqualTo(streams);

    assertThat(TaskSplit.taskConfigs(props, streams, 10, 0)).hasSize(6);
    assertThat(TaskSplit.taskConfigs(props, streams, 4, 0))
        .extracting(t -> StreamId.decodeAll(t.get(SourceConfig.TASK_STREAMS)).size())
        .containsExactly(2, 2, 1, 1);
    assertThat(TaskSplit.taskConfigs(props, List.of(), 4, 0)).isEmpty();
  }
}
