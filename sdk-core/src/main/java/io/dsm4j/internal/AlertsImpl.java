package io.dsm4j.internal;

import io.dsm4j.Alerts;
import io.dsm4j.Capability;
import io.dsm4j.model.Alert;
import io.dsm4j.spi.AlertOperations;
import io.dsm4j.spi.BackendConnection;
import java.util.List;

/** {@link Alerts} over {@link AlertOperations}. */
final class AlertsImpl implements Alerts {
  static final int MAX = 10_000;

  private final CallPipeline pipeline;

  AlertsImpl(CallPipeline pipeline) {
    this.pipeline = pipeline;
  }

  @Override
  public List<Alert> list(int max) {
    if (max < 1 || max > MAX) {
      throw new IllegalArgumentException("max must be 1 to " + MAX + ", got " + max);
    }
    List<Alert> all =
        pipeline.call(
            "alerts.list",
            Capability.ALERTS,
            null,
            true,
            BackendConnection::alerts,
            "alerts",
            g -> g.list(max));
    return List.copyOf(all.size() > max ? all.subList(0, max) : all);
  }
}
