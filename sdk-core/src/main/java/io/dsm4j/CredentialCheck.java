package io.dsm4j;

import io.dsm4j.exception.ConnectionException;
import io.dsm4j.exception.DsmException;
import java.util.Objects;

/**
 * What {@link Manager#verify()} found for one backend: whether the manager answered, whether it
 * accepted that backend's credentials, and what it said about itself, or the exact failure.
 *
 * @param backend the backend checked
 * @param reachable whether the manager answered at all (a refusal of the credentials is an answer)
 * @param authenticated whether the manager accepted the credentials
 * @param managerVersion the manager's product version as this backend reports it, empty when it
 *     does not say or the check failed
 * @param apiVersion the API version, empty when the check failed
 * @param failure why the check failed, or null when it succeeded (already free of secrets)
 */
public record CredentialCheck(
    Backend backend,
    boolean reachable,
    boolean authenticated,
    String managerVersion,
    String apiVersion,
    DsmException failure) {

  /**
   * Validates and normalises the components.
   *
   * @param backend the backend checked, never null
   * @param reachable whether the manager answered at all
   * @param authenticated whether the manager accepted the credentials; true exactly when {@code
   *     failure} is null
   * @param managerVersion the manager's product version; null becomes empty
   * @param apiVersion the API version; null becomes empty
   * @param failure why the check failed, or null when it succeeded
   * @throws IllegalArgumentException when {@code authenticated} and {@code failure} disagree
   */
  public CredentialCheck {
    Objects.requireNonNull(backend, "backend");
    managerVersion = managerVersion == null ? "" : managerVersion;
    apiVersion = apiVersion == null ? "" : apiVersion;
    if (authenticated != (failure == null)) {
      throw new IllegalArgumentException("a check is authenticated exactly when it has no failure");
    }
  }

  /**
   * @param backend the backend
   * @param managerVersion the manager's version
   * @param apiVersion the API version
   * @return a successful check
   */
  public static CredentialCheck passed(Backend backend, String managerVersion, String apiVersion) {
    return new CredentialCheck(backend, true, true, managerVersion, apiVersion, null);
  }

  /**
   * A failed check; the manager counts as reachable unless the failure is a {@link
   * ConnectionException} (unreachable, timed out, TLS refused, unreadable answer).
   *
   * @param backend the backend
   * @param failure why
   * @return the check
   */
  public static CredentialCheck failed(Backend backend, DsmException failure) {
    Objects.requireNonNull(failure, "failure");
    return new CredentialCheck(
        backend, !(failure instanceof ConnectionException), false, "", "", failure);
  }

  /**
   * @return whether the credentials were accepted
   */
  public boolean ok() {
    return authenticated;
  }
}
