package io.dsm4j;

import io.dsm4j.model.Alert;
import java.util.List;

/**
 * The manager's current alerts (capability {@link Capability#ALERTS}; SOAP {@code
 * alertStatusRetrieve}, which {@code /api} has no equivalent of).
 *
 * <pre>{@code
 * for (Alert a : manager.alerts().list(100)) {
 *   System.out.println(a.severity() + " " + a.type() + " since " + a.raised());
 * }
 * }</pre>
 */
public interface Alerts {
  /**
   * @param max the most alerts to return (1 to 10,000)
   * @return the current alerts, at most {@code max}
   */
  List<Alert> list(int max);
}
