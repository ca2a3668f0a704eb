package io.dsm4j.kafka.connect.internal;

import io.dsm4j.model.EventKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The connector's work split: one stream per (tenant or account, kind), shared over at most {@code
 * tasks.max} tasks in contiguous groups (a tenant's kinds mostly together, so a task signs in to as
 * few tenants as it can), with the connector's request rate shared out among them.
 */
public final class TaskSplit {
  private TaskSplit() {}

  /**
   * @param config the connector's configuration
   * @param tenants the tenants whose events are read (empty: the signed-in account itself)
   * @return the streams, tenant by tenant
   */
  public static List<StreamId> streams(SourceConfig config, List<String> tenants) {
    List<StreamId> out = new ArrayList<>();
    List<EventKind> kinds = config.kinds();
    if (tenants.isEmpty()) {
      for (EventKind k : kinds) {
        out.add(new StreamId(config.accountLabel(), true, k));
      }
      return out;
    }
    for (String t : tenants) {
      for (EventKind k : kinds) {
        out.add(new StreamId(t, false, k));
      }
    }
    return out;
  }

  /**
   * @param props the connector's properties (the start time resolved to an instant)
   * @param streams the streams
   * @param maxTasks {@code tasks.max}
   * @param requestsPerMinute the connector's request rate (0: no limit)
   * @return one configuration per task, at most {@code maxTasks}, none without a stream
   */
  public static List<Map<String, String>> taskConfigs(
      Map<String, String> props, List<StreamId> streams, int maxTasks, int requestsPerMinute) {
    int tasks = Math.min(Math.max(1, maxTasks), streams.size());
    List<Map<String, String>> out = new ArrayList<>();
    int from = 0;
    for (int t = 0; t < tasks; t++) {
      int size = streams.size() / tasks + (t < streams.size() % tasks ? 1 : 0);
      Map<String, String> p = new HashMap<>(props);
      p.put(SourceConfig.TASK_STREAMS, StreamId.encodeAll(streams.subList(from, from + size)));
      p.put(
          SourceConfig.TASK_REQUESTS_PER_MINUTE,
          Integer.toString(requestsPerMinute == 0 ? 0 : Math.max(1, requestsPerMinute / tasks)));
      out.add(p);
      from += size;
    }
    return out;
  }
}
