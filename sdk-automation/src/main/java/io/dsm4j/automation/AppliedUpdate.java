package io.dsm4j.automation;

import io.dsm4j.model.SecurityUpdate;
import io.dsm4j.model.SecurityUpdateResult;
import java.util.List;

/**
 * What {@link SecurityUpdateApplier#apply} did.
 *
 * @param update the update as it was before it was applied
 * @param detectOnly whether its new rules were applied detect-only
 * @param result the counts the manager reported
 * @param changes the rules added or changed, by kind, then added before updated, then identifier
 * @param notes remarks (e.g. that over SOAP alone changed rules cannot be told from unchanged ones)
 */
public record AppliedUpdate(
    SecurityUpdate update,
    boolean detectOnly,
    SecurityUpdateResult result,
    List<RuleChange> changes,
    List<String> notes) {
  /**
   * Copies the lists.
   *
   * @param update the update as it was before it was applied
   * @param detectOnly whether its new rules were applied detect-only
   * @param result the counts the manager reported
   * @param changes the rules added or changed, by kind, then added before updated, then identifier
   * @param notes remarks (e.g. that over SOAP alone changed rules cannot be told from unchanged
   *     ones)
   */
  public AppliedUpdate {
    changes = List.copyOf(changes);
    notes = List.copyOf(notes);
  }
}
