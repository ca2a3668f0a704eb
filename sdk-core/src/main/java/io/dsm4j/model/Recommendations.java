package io.dsm4j.model;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Recommendation scan results for a policy or computer and one rule kind.
 *
 * <p>SOAP reports only the rules recommended and not yet assigned ({@link #toAssign()}); it has no
 * "recommended to unassign" list, so {@link #toUnassign()} is empty there, and its scan status and
 * time are {@link ScanStatus#UNKNOWN} and null.
 *
 * @param kind the rule kind
 * @param status the scan status
 * @param lastScan when the last scan finished, or null
 * @param toAssign rule IDs recommended but not assigned
 * @param toUnassign rule IDs assigned but no longer recommended
 */
public record Recommendations(
    RuleKind kind,
    ScanStatus status,
    @Nullable Instant lastScan,
    List<Integer> toAssign,
    List<Integer> toUnassign) {

  /**
   * Validates and copies the components.
   *
   * @param kind the rule kind
   * @param status the scan status
   * @param lastScan when the last scan finished, or null
   * @param toAssign rule IDs recommended but not assigned
   * @param toUnassign rule IDs assigned but no longer recommended
   */
  public Recommendations {
    Objects.requireNonNull(kind, "kind");
    status = status == null ? ScanStatus.UNKNOWN : status;
    toAssign = List.copyOf(toAssign == null ? List.of() : toAssign);
    toUnassign = List.copyOf(toUnassign == null ? List.of() : toUnassign);
  }
}
