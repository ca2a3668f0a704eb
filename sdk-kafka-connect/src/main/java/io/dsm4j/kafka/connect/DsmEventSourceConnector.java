package io.dsm4j.kafka.connect;

import io.dsm4j.kafka.connect.internal.SourceConfig;
import io.dsm4j.kafka.connect.internal.StreamId;
import io.dsm4j.kafka.connect.internal.TaskSplit;
import io.dsm4j.kafka.connect.internal.TenantLister;
import io.dsm4j.kafka.connect.internal.Version;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.common.config.Config;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.common.config.ConfigValue;
import org.apache.kafka.connect.connector.Task;
import org.apache.kafka.connect.errors.ConnectException;
import org.apache.kafka.connect.source.SourceConnector;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A Kafka Connect source connector for Deep Security Manager events: one stream per (tenant or the
 * signed-in account, event kind) of one manager, shared over {@code tasks.max} tasks, each resuming
 * from its source offset (the export cursor of {@code dsm4j events export --state}). With {@code
 * dsm.tenants=*} the active tenants are listed through REST and listed again periodically; a change
 * reconfigures the tasks. See the README, "Kafka Connect".
 */
public final class DsmEventSourceConnector extends SourceConnector {
  private static final Logger LOG = LoggerFactory.getLogger(DsmEventSourceConnector.class);

  private Map<String, String> props;
  private SourceConfig config;
  private volatile List<String> tenants = List.of();
  private ScheduledExecutorService refresher;

  /** Created by Connect. */
  public DsmEventSourceConnector() {}

  @Override
  public String version() {
    return Version.VERSION;
  }

  @Override
  public void start(Map<String, String> props) {
    SourceConfig c = new SourceConfig(props);
    if (c.allTenants() && c.apiKey() == null) {
      throw new ConfigException(
          SourceConfig.API_KEY,
          "[hidden]",
          "listing every tenant (" + SourceConfig.TENANTS + "=*) needs a REST API key");
    }
    Map<String, String> p = new HashMap<>(props);
    // A relative start ("24h") is fixed once, so that every task starts its streams alike.
    p.put(SourceConfig.START_TIME, c.startTime(Clock.systemUTC()).toString());
    this.props = p;
    this.config = c;
    if (c.allTenants()) {
      tenants = listTenants();
      long every = c.tenantsRefresh().toMillis();
      refresher =
          Executors.newSingleThreadScheduledExecutor(
              r -> {
                Thread t = new Thread(r, "dsm4j-tenant-refresh");
                t.setDaemon(true);
                return t;
              });
      refresher.scheduleWithFixedDelay(this::refreshTenants, every, every, TimeUnit.MILLISECONDS);
    } else {
      tenants = c.tenants();
    }
    LOG.info(
        "events of {} from {}",
        tenants.isEmpty() ? c.accountLabel() : tenants.size() + " tenants",
        c.managerName());
  }

  private List<String> listTenants() {
    try {
      return TenantLister.activeTenants(config);
    } catch (RuntimeException e) {
      throw new ConnectException(
          "cannot list the tenants of " + config.url() + " (" + e.getMessage() + ")", e);
    }
  }

  private void refreshTenants() {
    try {
      List<String> now = TenantLister.activeTenants(config);
      if (!now.equals(tenants)) {
        LOG.info("the active tenants changed ({} now): reconfiguring the tasks", now.size());
        tenants = now;
        context.requestTaskReconfiguration();
      }
    } catch (RuntimeException e) {
      LOG.warn("cannot list the tenants again (kept the {}): {}", tenants.size(), e.getMessage());
    }
  }

  @Override
  public Class<? extends Task> taskClass() {
    return DsmEventSourceTask.class;
  }

  @Override
  public List<Map<String, String>> taskConfigs(int maxTasks) {
    List<StreamId> streams = TaskSplit.streams(config, tenants);
    return TaskSplit.taskConfigs(props, streams, maxTasks, config.requestsPerMinute());
  }

  @Override
  public void stop() {
    if (refresher != null) {
      refresher.shutdownNow();
      refresher = null;
    }
  }

  @Override
  public ConfigDef config() {
    return SourceConfig.DEF;
  }

  @Override
  public Config validate(Map<String, String> connectorConfigs) {
    Config result = super.validate(connectorConfigs);
    String tenantsValue = connectorConfigs.getOrDefault(SourceConfig.TENANTS, "").trim();
    String key = connectorConfigs.get(SourceConfig.API_KEY);
    if (tenantsValue.equals(SourceConfig.ALL_TENANTS) && (key == null || key.isBlank())) {
      for (ConfigValue v : result.configValues()) {
        if (v.name().equals(SourceConfig.API_KEY)) {
          v.addErrorMessage(SourceConfig.TENANTS + "=* lists the tenants through REST: give one");
        }
      }
    }
    return result;
  }

  @Override
  public boolean alterOffsets(
      Map<String, String> connectorConfig, Map<Map<String, ?>, Map<String, ?>> offsets) {
    for (Map.Entry<Map<String, ?>, Map<String, ?>> e : offsets.entrySet()) {
      if (!(e.getKey().get("manager") instanceof String)
          || !(e.getKey().get("tenant") instanceof String)
          || !(e.getKey().get("kind") instanceof String)) {
        throw new ConnectException("not a partition of this connector: " + e.getKey());
      }
      if (e.getValue() != null) {
        try {
          io.dsm4j.kafka.connect.internal.Offsets.check(e.getValue());
        } catch (IllegalArgumentException bad) {
          throw new ConnectException("not an offset of this connector: " + bad.getMessage());
        }
      }
    }
    return true;
  }
}
