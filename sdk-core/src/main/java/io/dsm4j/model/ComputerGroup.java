package io.dsm4j.model;

import org.jspecify.annotations.Nullable;

/**
 * A computer group.
 *
 * @param id the manager's ID
 * @param name the name
 * @param description the description, empty when none
 * @param parentId the parent group's ID, or null at the top level
 */
public record ComputerGroup(int id, String name, String description, @Nullable Integer parentId) {
  /**
   * Normalizes the components.
   *
   * @param id the manager's ID
   * @param name the name
   * @param description the description, empty when none
   * @param parentId the parent group's ID, or null at the top level
   */
  public ComputerGroup {
    name = name == null ? "" : name;
    description = description == null ? "" : description;
  }
}
