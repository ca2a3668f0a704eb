package io.dsm4j;

import io.dsm4j.model.SecurityUpdate;
import io.dsm4j.model.SecurityUpdateResult;
import io.dsm4j.model.StagingSettings;
import java.util.Collection;
import java.util.List;

/**
 * Security updates (rule update packages). SOAP only (but {@link #stagingSettings}): the REST API
 * has no security update operations.
 *
 * <pre>{@code
 * SecurityUpdate pending = manager.securityUpdates().list().stream()
 *     .filter(u -> u.appliedState() == AppliedState.NOT_APPLIED).findFirst().orElseThrow();
 * SecurityUpdateResult r = manager.securityUpdates().apply(pending.id(), true);
 * }</pre>
 */
public interface SecurityUpdates {
  /**
   * @return every security update the manager has (one response; not paged)
   */
  List<SecurityUpdate> list();

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

  /**
   * Reads the settings that would defeat a staged rollout of an update: automatic application of
   * rule updates and of recommendations, and ongoing recommendation scans. Both backends.
   *
   * @param policyIds the policies to read (may be empty)
   * @return the settings
   */
  StagingSettings stagingSettings(Collection<Integer> policyIds);
}
