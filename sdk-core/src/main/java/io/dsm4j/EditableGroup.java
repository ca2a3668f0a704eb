package io.dsm4j;

import io.dsm4j.exception.ConflictException;
import io.dsm4j.exception.NotFoundException;

/**
 * A kind of named manager object that can also be created, changed and deleted.
 *
 * @param <T> the object type
 * @param <D> the input to create one
 * @param <U> the input to change one
 */
public interface EditableGroup<T, D, U> extends ResourceGroup<T> {
  /**
   * @param draft the new object
   * @return the object as the manager stored it
   * @throws ConflictException when the manager refuses the name as taken
   */
  T create(D draft);

  /**
   * Changes only what the update sets; everything else stays as it is on the manager.
   *
   * @param id the object (positive)
   * @param update the changes (not empty)
   * @return the object afterwards
   * @throws NotFoundException when there is none with this ID
   * @throws IllegalArgumentException when the update changes nothing
   */
  T update(int id, U update);

  /**
   * @param id the object (positive)
   * @throws NotFoundException when there is none with this ID
   */
  void delete(int id);
}
