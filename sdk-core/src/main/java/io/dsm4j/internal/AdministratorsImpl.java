package io.dsm4j.internal;

import io.dsm4j.Administrators;
import io.dsm4j.Capability;
import io.dsm4j.model.Administrator;
import io.dsm4j.model.AdministratorDraft;
import io.dsm4j.spi.AdministratorOperations;
import io.dsm4j.spi.BackendConnection;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** {@link Administrators} over {@link AdministratorOperations}. */
final class AdministratorsImpl extends ReadGroup<Administrator, AdministratorOperations>
    implements Administrators {
  AdministratorsImpl(CallPipeline pipeline) {
    super(
        pipeline,
        "administrators",
        "administrator",
        Capability.ADMINISTRATORS,
        BackendConnection::administrators,
        Administrator::id);
  }

  @Override
  public Administrator create(AdministratorDraft draft) {
    Objects.requireNonNull(draft, "draft");
    List<String> missing = new ArrayList<>();
    if (draft.username() == null) {
      missing.add("username");
    }
    if (draft.password() == null) {
      missing.add("password");
    }
    if (draft.roleId() == null) {
      missing.add("roleId");
    }
    if (!missing.isEmpty()) {
      throw new IllegalArgumentException("a new administrator needs " + missing);
    }
    return call("create", Capability.ADMINISTRATOR_WRITE, false, g -> g.create(draft));
  }

  @Override
  public Administrator update(int id, AdministratorDraft changes) {
    Args.id(id, "administrator ID");
    Objects.requireNonNull(changes, "changes");
    if (changes.isEmpty()) {
      throw new IllegalArgumentException("the update changes nothing");
    }
    return call("update", Capability.ADMINISTRATOR_WRITE, false, g -> g.update(id, changes));
  }

  @Override
  public void delete(int id) {
    deleteById(id, Capability.ADMINISTRATOR_WRITE, AdministratorOperations::delete);
  }

  @Override
  String nameWhat() {
    return "administrator username";
  }
}
