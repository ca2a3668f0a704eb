package io.dsm4j.spi;

/**
 * The reads of {@link ReadOperations} plus create, update and delete, for the resources that have
 * them (lists, schedules, computer groups, anti-malware configurations). The rules every backend
 * follows (the contract suite checks them on each backend):
 *
 * <ul>
 *   <li>{@link #create}: sends what the input sets (and, where the wire format requires a value,
 *       the manager's default) and returns the object as the manager stored it, with its new ID; a
 *       name the manager refuses as taken is a {@link io.dsm4j.exception.ConflictException}.
 *   <li>{@link #update}: changes only what the input sets; everything else stays as the manager
 *       holds it (a read-modify-write keeps every field it read, also those dsm4j does not model);
 *       returns the object afterwards.
 *   <li>{@link #delete}: a missing object is a {@link io.dsm4j.exception.NotFoundException}.
 * </ul>
 *
 * <p>Each is called only when the capability the group names for it is declared.
 *
 * <p>SPI: for backend implementors.
 *
 * @param <T> the model type
 * @param <D> the input to create one
 * @param <U> the input to change one
 */
public interface EditableOperations<T, D, U> extends ReadOperations<T> {

  /**
   * @param draft what to create
   * @return the object as the manager stored it
   */
  T create(D draft);

  /**
   * @param id the object
   * @param update the changes, never empty
   * @return the object afterwards
   */
  T update(int id, U update);

  /**
   * @param id the object
   */
  void delete(int id);
}
