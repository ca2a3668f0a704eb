package io.dsm4j;

import io.dsm4j.model.SecurityUpdate;
import io.dsm4j.model.SecurityUpdateResult;

/**
 * Security updates (rule update packages; capability {@link Capability#SECURITY_UPDATES}). SOAP
 * only: the REST API has no security update operations. The settings that decide whether an
 * update's rules take effect by themselves are {@link Policies#stagingSettings}.
 *
 * <pre>{@code
 * SecurityUpdate pending = manager.securityUpdates().list().stream()
 *     .filter(u -> u.appliedState() == AppliedState.NOT_APPLIED).findFirst().orElseThrow();
 * SecurityUpdateResult r = manager.securityUpdates().apply(pending.id(), true);
 * }</pre>
 */
public interface SecurityUpdates {
  /**
   * @return every security update the manager has, in ascending ID order (the manager answers in
   *     one response: one page)
   */
  PagedIterable<SecurityUpdate> list();

  /**
   * Asks the manager to check its update source and download new updates.
   *
   * @return whether the manager reported success
   */
  boolean checkForNew();

  /**
   * @param updateId the update
   * @param detectOnly whether its new rules start in detect-only mode
   * @return the counts of what changed
   */
  SecurityUpdateResult apply(int updateId, boolean detectOnly);

  /**
   * @param updateId an applied update
   * @return what applying it changed, as the manager reports it
   */
  SecurityUpdateResult result(int updateId);
}
