package io.dsm4j.model;

import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A policy (the SOAP API's "security profile").
 *
 * <pre>{@code
 * Policy base = manager.policies().findByName("Base Policy").orElseThrow();
 * System.out.println(base.id() + " " + base.moduleStates());
 * }</pre>
 *
 * @param id the manager's ID (the same through REST and SOAP)
 * @param name the unique name
 * @param description the description, empty when none
 * @param parentId the parent policy's ID, or null for a top-level policy
 * @param moduleStates the states of the modules the manager reported
 * @param extra every other field the manager sent, by the backend's own names; read-only
 */
public record Policy(
    int id,
    String name,
    String description,
    @Nullable Integer parentId,
    Map<SecurityModule, ModuleState> moduleStates,
    Fields extra) {

  /**
   * Validates and copies the components.
   *
   * @param id the manager's ID (the same through REST and SOAP)
   * @param name the unique name
   * @param description the description, empty when none
   * @param parentId the parent policy's ID, or null for a top-level policy
   * @param moduleStates the states of the modules the manager reported
   * @param extra every other field the manager sent (null is read as none)
   */
  public Policy {
    Objects.requireNonNull(name, "name");
    description = description == null ? "" : description;
    moduleStates = Map.copyOf(moduleStates == null ? Map.of() : moduleStates);
    extra = extra == null ? Fields.empty() : extra;
  }

  /**
   * A policy without other fields (as before {@link #extra()} existed).
   *
   * @param id the manager's ID
   * @param name the unique name
   * @param description the description, empty when none
   * @param parentId the parent policy's ID, or null for a top-level policy
   * @param moduleStates the states of the modules the manager reported
   */
  public Policy(
      int id,
      String name,
      String description,
      @Nullable Integer parentId,
      Map<SecurityModule, ModuleState> moduleStates) {
    this(id, name, description, parentId, moduleStates, Fields.empty());
  }
}
