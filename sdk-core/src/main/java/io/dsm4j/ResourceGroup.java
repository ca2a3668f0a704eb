package io.dsm4j;

import io.dsm4j.exception.NotFoundException;
import java.util.Optional;

/**
 * Read access to a kind of named manager object.
 *
 * @param <T> the object type
 */
public interface ResourceGroup<T> {
  /**
   * Lists every object, lazily (REST pages through {@code /search}; SOAP's {@code RetrieveAll}
   * answers everything in one response, so there it is a single page).
   *
   * @return the listing
   */
  PagedIterable<T> list();

  /**
   * @param id the manager's ID (positive)
   * @return the object
   * @throws NotFoundException when there is none with this ID
   */
  T get(int id);

  /**
   * @param name the exact name (no wildcards)
   * @return the object, or empty when none has this name
   */
  Optional<T> findByName(String name);
}
