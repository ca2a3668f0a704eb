package io.dsm4j.model;

import org.jspecify.annotations.Nullable;

/**
 * An administrator (a user of the manager's console and, with the right role, its APIs).
 *
 * @param id the manager's ID
 * @param username the sign-in name
 * @param fullName the full name, empty when none
 * @param description the description, empty when none
 * @param roleId the role's ID, or null when the manager did not say
 * @param active whether the administrator can sign in
 * @param emailAddress the e-mail address, empty when none
 * @param extra every other field the manager sent (never the password)
 */
public record Administrator(
    int id,
    String username,
    String fullName,
    String description,
    @Nullable Integer roleId,
    boolean active,
    String emailAddress,
    Fields extra) {
  /**
   * Copies the components.
   *
   * @param id the manager's ID
   * @param username the sign-in name
   * @param fullName the full name, empty when none
   * @param description the description, empty when none
   * @param roleId the role's ID, or null
   * @param active whether the administrator can sign in
   * @param emailAddress the e-mail address, empty when none
   * @param extra every other field the manager sent
   */
  public Administrator {
    username = username == null ? "" : username;
    fullName = fullName == null ? "" : fullName;
    description = description == null ? "" : description;
    emailAddress = emailAddress == null ? "" : emailAddress;
    extra = extra == null ? Fields.empty() : extra;
  }
}
