package io.dsm4j.spi;

import io.dsm4j.model.Administrator;
import io.dsm4j.model.AdministratorDraft;

/**
 * Administrators (capabilities {@code ADMINISTRATORS}, {@code ADMINISTRATOR_WRITE}). Reads follow
 * {@link ReadOperations}; {@code findByName} matches the username exactly. A password sent is
 * registered with the connection's secrets before it is sent.
 *
 * <p>SPI: for backend implementors.
 */
public interface AdministratorOperations extends ReadOperations<Administrator> {

  /**
   * @param draft a draft with username, password and role (checked by the core)
   * @return the administrator as the manager answered
   */
  Administrator create(AdministratorDraft draft);

  /**
   * Changes exactly the fields the draft sets; every other field keeps its value.
   *
   * @param id a positive ID
   * @param changes a non-empty draft
   * @return the administrator as the manager answered
   */
  Administrator update(int id, AdministratorDraft changes);

  /**
   * @param id a positive ID
   */
  void delete(int id);
}
