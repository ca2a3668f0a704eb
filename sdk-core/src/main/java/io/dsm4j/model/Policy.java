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
 */
public record Policy(
    int id,
    String name,
    String description,
    @Nullable Integer parentId,
    Map<SecurityModule, ModuleState> moduleStates) {

  /**
   * Validates and copies the components.
   *
   * @param id the manager's ID (the same through REST and SOAP)
   * @param name the unique name
   * @param description the description, empty when none
   * @param parentId the parent policy's ID, or null for a top-level policy
   * @param moduleStates the states of the modules the manager reported
   */
  public Policy {
    Objects.requireNonNull(name, "name");
    description = description == null ? "" : description;
    moduleStates = Map.copyOf(moduleStates == null ? Map.of() : moduleStates);
  }
}
