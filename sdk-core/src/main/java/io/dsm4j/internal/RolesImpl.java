package io.dsm4j.internal;

import io.dsm4j.Capability;
import io.dsm4j.Roles;
import io.dsm4j.model.Role;
import io.dsm4j.model.RoleDraft;
import io.dsm4j.spi.BackendConnection;
import io.dsm4j.spi.RoleOperations;
import java.util.Objects;

/** {@link Roles} over {@link RoleOperations}. */
final class RolesImpl extends ReadGroup<Role, RoleOperations> implements Roles {
  RolesImpl(CallPipeline pipeline) {
    super(pipeline, "roles", "role", Capability.ROLES, BackendConnection::roles, Role::id);
  }

  @Override
  public Role create(RoleDraft draft) {
    Objects.requireNonNull(draft, "draft");
    if (draft.name() == null) {
      throw new IllegalArgumentException("a new role needs a name");
    }
    return call("create", Capability.ROLE_WRITE, false, g -> g.create(draft));
  }

  @Override
  public Role update(int id, RoleDraft changes) {
    Args.id(id, "role ID");
    Objects.requireNonNull(changes, "changes");
    if (changes.isEmpty()) {
      throw new IllegalArgumentException("the update changes nothing");
    }
    return call("update", Capability.ROLE_WRITE, false, g -> g.update(id, changes));
  }

  @Override
  public void delete(int id) {
    deleteById(id, Capability.ROLE_WRITE, RoleOperations::delete);
  }
}
