package io.dsm4j.spi;

import io.dsm4j.model.Role;
import io.dsm4j.model.RoleDraft;

/**
 * Administrator roles (capabilities {@code ROLES}, {@code ROLE_WRITE}). Reads follow {@link
 * ReadOperations}.
 *
 * <p>SPI: for backend implementors.
 */
public interface RoleOperations extends ReadOperations<Role> {

  /**
   * @param draft a draft with a name (checked by the core)
   * @return the role as the manager answered
   */
  Role create(RoleDraft draft);

  /**
   * Changes exactly the fields the draft sets.
   *
   * @param id a positive ID
   * @param changes a non-empty draft
   * @return the role as the manager answered
   */
  Role update(int id, RoleDraft changes);

  /**
   * @param id a positive ID
   */
  void delete(int id);
}
