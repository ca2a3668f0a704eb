package io.dsm4j.spi;

import io.dsm4j.model.Tenant;
import io.dsm4j.model.TenantDraft;

/**
 * The tenants of a multi-tenant manager, as the primary tenant sees them (capabilities {@code
 * TENANTS}, {@code TENANT_WRITE}). Reads follow {@link ReadOperations}.
 *
 * <p>SPI: for backend implementors.
 */
public interface TenantOperations extends ReadOperations<Tenant> {

  /**
   * Creates a tenant without waiting for the manager to finish (REST {@code asynchronous=true}):
   * the answer's state may be {@code created}. Registers the administrator's password with the
   * connection's secrets before sending it.
   *
   * @param draft the tenant
   * @return the tenant as the manager answered
   */
  Tenant create(TenantDraft draft);

  /**
   * @param id a positive ID
   * @throws io.dsm4j.exception.NotFoundException when there is no such tenant
   */
  void delete(int id);
}
