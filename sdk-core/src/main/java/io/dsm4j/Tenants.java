package io.dsm4j;

import io.dsm4j.model.Tenant;
import io.dsm4j.model.TenantDraft;
import java.time.Duration;

/**
 * The tenants of a multi-tenant manager (on premises; capability {@link Capability#TENANTS}, REST):
 * what the primary tenant sees. To work inside a tenant use {@link Manager#asTenant(String)}.
 */
public interface Tenants extends ResourceGroup<Tenant> {

  /**
   * Creates a tenant ({@link Capability#TENANT_WRITE}). Creation is asynchronous on the manager:
   * the answer may be in state {@code created}; {@link #awaitActive} waits until it is active.
   *
   * @param draft the tenant
   * @return the tenant as the manager answered
   */
  Tenant create(TenantDraft draft);

  /**
   * Reads the tenant until it is {@link Tenant#isActive() active}, every second, for at most {@code
   * timeout}.
   *
   * @param id the tenant's ID
   * @param timeout the longest wait (positive)
   * @return the active tenant
   * @throws io.dsm4j.exception.DsmTimeoutException when it is not active in time
   */
  Tenant awaitActive(int id, Duration timeout);

  /**
   * Deletes a tenant and its data ({@link Capability#TENANT_WRITE}).
   *
   * @param id the tenant's ID
   */
  void delete(int id);
}
