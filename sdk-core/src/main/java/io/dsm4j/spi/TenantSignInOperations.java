package io.dsm4j.spi;

import org.jspecify.annotations.Nullable;

/**
 * Signing in to a tenant with the primary tenant's credentials (capability {@code TENANT_SIGN_IN}):
 * the core's {@code Manager.asTenant}.
 *
 * <p>SPI: for backend implementors.
 */
public interface TenantSignInOperations {

  /**
   * The tenant to sign in to: its ID when known (0 otherwise) and its name when known. The core
   * looks the tenant up first when a backend in use lists tenants, so both are then known.
   *
   * @param id the tenant's ID, 0 when unknown
   * @param name the tenant's exact name, or null when unknown
   */
  record Target(int id, @Nullable String name) {
    /**
     * Checks that one of the two is known.
     *
     * @param id the tenant's ID, 0 when unknown
     * @param name the tenant's exact name, or null when unknown
     */
    public Target {
      if (id <= 0 && (name == null || name.isBlank())) {
        throw new IllegalArgumentException("a tenant needs an ID or a name");
      }
    }
  }

  /**
   * Opens a connection to the tenant that authenticates with credentials the primary tenant's
   * connection obtains for it, sharing this connection's configuration (TLS, proxy, rate limit,
   * secrets). Every secret obtained is registered with the secrets before anything can log it.
   * Closing the returned connection gives up what it obtained (deletes a key, ends a session),
   * within a few seconds, never throwing.
   *
   * <p>A backend that needs what the target does not carry (REST needs the ID, SOAP the name)
   * throws {@link io.dsm4j.exception.UnsupportedCapabilityException}.
   *
   * @param target the tenant
   * @return the tenant's connection
   */
  BackendConnection signIn(Target target);
}
