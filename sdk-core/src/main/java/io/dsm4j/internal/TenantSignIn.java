package io.dsm4j.internal;

import io.dsm4j.Capability;
import io.dsm4j.Manager;
import io.dsm4j.exception.InvalidRequestException;
import io.dsm4j.exception.NotFoundException;
import io.dsm4j.exception.UnsupportedCapabilityException;
import io.dsm4j.model.Tenant;
import io.dsm4j.spi.BackendConnection;
import io.dsm4j.spi.TenantSignInOperations;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code Manager.asTenant}: looks the tenant up where a backend lists tenants (so both its ID and
 * name are known and an inactive tenant is refused before anything is created), then lets every
 * backend in use that can sign in to a tenant open its tenant connection. The tenant's manager
 * shares the primary's settings, rate limit and secrets.
 */
final class TenantSignIn {
  private TenantSignIn() {}

  static Manager open(DefaultManager primary, CallPipeline pipeline, int id, String name) {
    pipeline.ensureOpen();
    String op = "asTenant";
    TenantSignInOperations.Target target = target(primary, pipeline, id, name);
    List<BackendConnection> children = new ArrayList<>();
    try {
      for (BackendConnection c : pipeline.connections) {
        if (!c.capabilities().supports(Capability.TENANT_SIGN_IN)) {
          continue;
        }
        TenantSignInOperations g =
            CallPipeline.group(c, BackendConnection::tenantSignIn, "tenantSignIn", op);
        children.add(pipeline.invoke(op, c, false, false, () -> g.signIn(target)));
      }
      if (children.isEmpty()) {
        pipeline.route(op, Capability.TENANT_SIGN_IN, null); // throws the usual refusal
      }
    } catch (RuntimeException e) {
      children.forEach(BackendConnection::close);
      throw e;
    }
    String tenantName = target.name() != null ? target.name() : "#" + target.id();
    CallPipeline child =
        new CallPipeline(pipeline.settings.forTenant(tenantName, null), children, pipeline.secrets);
    return primary.child(child);
  }

  /** The tenant with both ID and name when a backend lists tenants; else what the caller gave. */
  private static TenantSignInOperations.Target target(
      DefaultManager primary, CallPipeline pipeline, int id, String name) {
    boolean lists =
        pipeline.connections.stream().anyMatch(c -> c.capabilities().supports(Capability.TENANTS));
    if (!lists) {
      if (name == null) {
        throw new UnsupportedCapabilityException(
            "signing in to a tenant by ID is not supported by the "
                + pipeline.backendNames()
                + " backend: SOAP knows tenants by name only (give the name, or an API key)",
            "asTenant",
            null);
      }
      return new TenantSignInOperations.Target(0, name);
    }
    Tenant t;
    if (name == null) {
      t = primary.tenants().get(id);
    } else {
      t =
          primary
              .tenants()
              .findByName(name)
              .orElseThrow(
                  () ->
                      new NotFoundException(
                          "there is no tenant named '" + name + "'",
                          "asTenant",
                          null,
                          0,
                          null,
                          null));
    }
    if (!t.isActive()) {
      throw new InvalidRequestException(
          "tenant '"
              + t.name()
              + "' (ID "
              + t.id()
              + ") is '"
              + t.state()
              + "', not active: it cannot be signed in to",
          "asTenant",
          null,
          0,
          null,
          null);
    }
    return new TenantSignInOperations.Target(t.id(), t.name());
  }
}
