package io.dsm4j;

import io.dsm4j.model.Role;
import io.dsm4j.model.RoleDraft;

/** Administrator roles ({@link Capability#ROLES}, REST). */
public interface Roles extends ResourceGroup<Role> {

  /**
   * Creates a role ({@link Capability#ROLE_WRITE}).
   *
   * @param draft the role; its name is required
   * @return the role as the manager answered
   */
  Role create(RoleDraft draft);

  /**
   * Changes the fields the draft sets, and only those ({@link Capability#ROLE_WRITE}).
   *
   * @param id the role's ID
   * @param changes the fields to change (not empty)
   * @return the role as the manager answered
   */
  Role update(int id, RoleDraft changes);

  /**
   * Deletes a role ({@link Capability#ROLE_WRITE}).
   *
   * @param id the role's ID
   */
  void delete(int id);
}
