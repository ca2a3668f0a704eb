package io.dsm4j.kafka.connect;

import io.dsm4j.kafka.connect.internal.SourceConfig;
import io.dsm4j.kafka.connect.internal.StreamPoller;
import io.dsm4j.kafka.connect.internal.Version;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.connect.source.SourceRecord;
import org.apache.kafka.connect.source.SourceTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the events of the streams (tenant or account, kind) its connector gave it and hands them to
 * Connect, each stream resuming from its source offset. {@link #poll()} is bounded in time; {@link
 * #stop()} ends the task's SOAP sessions.
 */
public final class DsmEventSourceTask extends SourceTask {
  private static final Logger LOG = LoggerFactory.getLogger(DsmEventSourceTask.class);

  private volatile StreamPoller poller;

  /** Created by Connect. */
  public DsmEventSourceTask() {}

  @Override
  public String version() {
    return Version.VERSION;
  }

  @Override
  public void start(Map<String, String> props) {
    SourceConfig config = new SourceConfig(props);
    Map<Map<String, ?>, Map<String, Object>> offsets =
        new HashMap<>(context.offsetStorageReader().offsets(StreamPoller.partitions(config)));
    offsets.values().removeIf(v -> v == null);
    poller = new StreamPoller(config, offsets, Clock.systemUTC());
    LOG.info(
        "reading {} event streams of {} ({} with a source offset)",
        config.taskStreams().size(),
        config.managerName(),
        offsets.size());
  }

  @Override
  public List<SourceRecord> poll() throws InterruptedException {
    StreamPoller p = poller;
    return p == null ? null : p.poll();
  }

  @Override
  public void stop() {
    StreamPoller p = poller;
    if (p != null) {
      p.close();
    }
  }
}
