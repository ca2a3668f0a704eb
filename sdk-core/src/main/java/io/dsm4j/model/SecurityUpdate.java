package io.dsm4j.model;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A security update (Trend's rule update package, "DSRU").
 *
 * @param id the manager's ID
 * @param name the name (e.g. "DSRU-22-001")
 * @param released when Trend released it, or null
 * @param downloaded when the manager downloaded it, or null
 * @param contentSummary the manager's content summary, empty when none
 * @param appliedState whether it has been applied
 * @param detectOnly whether it was (or will be) applied with its new rules in detect-only mode
 */
public record SecurityUpdate(
    int id,
    String name,
    @Nullable Instant released,
    @Nullable Instant downloaded,
    String contentSummary,
    AppliedState appliedState,
    boolean detectOnly) {

  /**
   * Normalizes the components.
   *
   * @param id the manager's ID
   * @param name the name (e.g. "DSRU-22-001")
   * @param released when Trend released it, or null
   * @param downloaded when the manager downloaded it, or null
   * @param contentSummary the manager's content summary, empty when none
   * @param appliedState whether it has been applied
   * @param detectOnly whether it was (or will be) applied with its new rules in detect-only mode
   */
  public SecurityUpdate {
    name = name == null ? "" : name;
    contentSummary = contentSummary == null ? "" : contentSummary;
    appliedState = appliedState == null ? AppliedState.UNKNOWN : appliedState;
  }
}
