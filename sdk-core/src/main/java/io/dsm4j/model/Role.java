package io.dsm4j.model;

/**
 * An administrator role: what administrators and API keys with it may do.
 *
 * @param id the manager's ID
 * @param name the name
 * @param description the description, empty when none
 * @param immutable whether it is one of the manager's built-in roles, which cannot be changed
 * @param allComputers whether it may access every computer
 * @param allPolicies whether it may access every policy
 * @param allowUserInterface whether it may use the console
 * @param allowWebService whether it may use the APIs
 * @param extra every other field the manager sent (e.g. {@code rights}, {@code urn})
 */
public record Role(
    int id,
    String name,
    String description,
    boolean immutable,
    boolean allComputers,
    boolean allPolicies,
    boolean allowUserInterface,
    boolean allowWebService,
    Fields extra) {
  /**
   * Copies the components.
   *
   * @param id the manager's ID
   * @param name the name
   * @param description the description, empty when none
   * @param immutable whether it is built in
   * @param allComputers whether it may access every computer
   * @param allPolicies whether it may access every policy
   * @param allowUserInterface whether it may use the console
   * @param allowWebService whether it may use the APIs
   * @param extra every other field the manager sent
   */
  public Role {
    name = name == null ? "" : name;
    description = description == null ? "" : description;
    extra = extra == null ? Fields.empty() : extra;
  }
}
