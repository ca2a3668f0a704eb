package io.dsm4j.internal;

import io.dsm4j.Capability;
import io.dsm4j.Tenants;
import io.dsm4j.exception.ConnectionException;
import io.dsm4j.exception.DsmTimeoutException;
import io.dsm4j.model.Tenant;
import io.dsm4j.model.TenantDraft;
import io.dsm4j.spi.BackendConnection;
import io.dsm4j.spi.TenantOperations;
import java.time.Duration;
import java.util.Objects;

/** {@link Tenants} over {@link TenantOperations}. */
final class TenantsImpl extends ReadGroup<Tenant, TenantOperations> implements Tenants {
  /** How often {@link #awaitActive} reads the tenant. */
  static final Duration POLL = Duration.ofSeconds(1);

  TenantsImpl(CallPipeline pipeline) {
    super(
        pipeline, "tenants", "tenant", Capability.TENANTS, BackendConnection::tenants, Tenant::id);
  }

  @Override
  public Tenant create(TenantDraft draft) {
    Objects.requireNonNull(draft, "draft");
    return call("create", Capability.TENANT_WRITE, false, g -> g.create(draft));
  }

  @Override
  public Tenant awaitActive(int id, Duration timeout) {
    Args.id(id, "tenant ID");
    Objects.requireNonNull(timeout, "timeout");
    if (timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("timeout must be positive");
    }
    long end = System.nanoTime() + timeout.toNanos();
    while (true) {
      Tenant t = get(id);
      if (t.isActive()) {
        return t;
      }
      long left = end - System.nanoTime();
      if (left <= 0) {
        throw new DsmTimeoutException(
            "tenant " + id + " is still '" + t.state() + "' after " + timeout,
            "tenants.awaitActive",
            null,
            0,
            null,
            null);
      }
      try {
        Thread.sleep(Math.max(1, Math.min(POLL.toMillis(), left / 1_000_000)));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new ConnectionException(
            "interrupted while waiting for tenant " + id, "tenants.awaitActive", null, 0, null, e);
      }
    }
  }

  @Override
  public void delete(int id) {
    deleteById(id, Capability.TENANT_WRITE, TenantOperations::delete);
  }
}
