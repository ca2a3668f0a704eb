package io.dsm4j.spi;

import io.dsm4j.model.Alert;
import java.util.List;

/**
 * The manager's current alerts.
 *
 * <p>SPI: for backend implementors.
 */
public interface AlertOperations {
  /**
   * Capability {@code ALERTS}.
   *
   * @param max the most alerts to return (positive)
   * @return the current alerts, as many as the manager returns up to {@code max}
   */
  List<Alert> list(int max);
}
