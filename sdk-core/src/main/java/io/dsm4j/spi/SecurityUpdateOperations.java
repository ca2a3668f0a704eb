package io.dsm4j.spi;

import io.dsm4j.model.SecurityUpdate;
import io.dsm4j.model.SecurityUpdateResult;
import java.util.List;

/**
 * Security updates (rule updates; capability {@code SECURITY_UPDATES}; SOAP only).
 *
 * <p>SPI: for backend implementors.
 */
public interface SecurityUpdateOperations {

  /**
   * @return every security update the manager holds, in ascending ID order
   */
  List<SecurityUpdate> list();

  /**
   * Asks the manager to check its update source now. Not retried by the core.
   *
   * @return whether the manager reports that it checked
   */
  boolean checkForNew();

  /**
   * Applies an update. Not retried by the core; note that the manager's detect-only flag acts on
   * every rule the update adds or changes, globally.
   *
   * @param id the update
   * @param detectOnly whether new and changed rules start in detect-only mode
   * @return what the manager reports
   */
  SecurityUpdateResult apply(int id, boolean detectOnly);

  /**
   * @param id the update
   * @return what the last application of the update changed
   */
  SecurityUpdateResult result(int id);
}
