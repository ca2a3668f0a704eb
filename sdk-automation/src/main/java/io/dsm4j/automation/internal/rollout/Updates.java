package io.dsm4j.automation.internal.rollout;

import io.dsm4j.Manager;
import io.dsm4j.automation.RefusedException;
import io.dsm4j.exception.NotFoundException;
import io.dsm4j.model.AppliedState;
import io.dsm4j.model.SecurityUpdate;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/** Which security update a rollout stages. */
final class Updates {
  private Updates() {}

  /**
   * @param updateId the update asked for, or null for the newest pending one
   * @param required whether no pending update is an error
   * @return the update, or null when none is pending and none is required
   */
  static SecurityUpdate select(List<SecurityUpdate> all, Integer updateId, boolean required) {
    if (updateId != null) {
      SecurityUpdate u =
          all.stream()
              .filter(x -> x.id() == updateId)
              .findFirst()
              .orElseThrow(
                  () ->
                      new NotFoundException(
                          "no security update with ID " + updateId,
                          "rollout.update",
                          null,
                          0,
                          null,
                          null));
      if (u.appliedState() != AppliedState.NOT_APPLIED) {
        if (required) {
          throw new RefusedException(
              "security update "
                  + updateId
                  + " is already applied ("
                  + u.appliedState()
                  + "); only a pending update can be staged");
        }
        return null;
      }
      return u;
    }
    // The newest pending package: applying it brings every older one's rules too.
    SecurityUpdate newest =
        all.stream()
            .filter(u -> u.appliedState() == AppliedState.NOT_APPLIED)
            .max(
                Comparator.comparing(
                        (SecurityUpdate u) -> u.released() == null ? Instant.MIN : u.released())
                    .thenComparingInt(SecurityUpdate::id))
            .orElse(null);
    if (newest == null && required) {
      throw new RefusedException(
          "there is no pending security update to stage (run 'dsm4j updates check' to download"
              + " new ones)");
    }
    return newest;
  }

  static SecurityUpdate find(Manager manager, int id) {
    return manager.securityUpdates().list().stream()
        .filter(u -> u.id() == id)
        .findFirst()
        .orElseThrow(
            () ->
                new NotFoundException(
                    "security update " + id + " is no longer on the manager",
                    "rollout.update",
                    null,
                    0,
                    null,
                    null));
  }

  static String describe(SecurityUpdate u) {
    return "update " + u.id() + " (" + u.name() + ")";
  }
}
