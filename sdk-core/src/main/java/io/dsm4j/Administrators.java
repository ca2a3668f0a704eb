package io.dsm4j;

import io.dsm4j.model.Administrator;
import io.dsm4j.model.AdministratorDraft;

/**
 * Administrators ({@link Capability#ADMINISTRATORS}; REST {@code /administrators}, SOAP {@code
 * user…}). Passwords sent are masked in every message and log.
 */
public interface Administrators extends ResourceGroup<Administrator> {

  /**
   * Creates an administrator ({@link Capability#ADMINISTRATOR_WRITE}).
   *
   * @param draft username, password and role are required
   * @return the administrator as the manager answered
   */
  Administrator create(AdministratorDraft draft);

  /**
   * Changes the fields the draft sets, and only those ({@link Capability#ADMINISTRATOR_WRITE}).
   *
   * @param id the administrator's ID
   * @param changes the fields to change (not empty)
   * @return the administrator as the manager answered
   */
  Administrator update(int id, AdministratorDraft changes);

  /**
   * Deletes an administrator ({@link Capability#ADMINISTRATOR_WRITE}).
   *
   * @param id the administrator's ID
   */
  void delete(int id);
}
