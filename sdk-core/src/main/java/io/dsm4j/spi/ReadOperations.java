package io.dsm4j.spi;

import java.util.Optional;

/**
 * The reads every resource group has. The rules every backend follows (the contract suite checks
 * them on each backend):
 *
 * <ul>
 *   <li>{@link #list}: the items whose ID is greater than {@link PageRequest#afterId()}, in
 *       ascending ID order, at most {@link PageRequest#size()} of them unless the answer is {@link
 *       PageResult#complete() complete}; an empty page ends the listing. Items the manager sends
 *       without an ID are left out (the core drops any that slip through, and says so at DEBUG).
 *   <li>{@link #get}: the item with that ID, or {@link io.dsm4j.exception.NotFoundException}
 *       whether the manager answers 404, a nil object or a "does not exist" fault. The core checks
 *       that the item returned carries the ID asked for.
 *   <li>{@link #findByName}: an exact, case-sensitive match of the name (host names of computers:
 *       ignoring case, as DNS does); empty when there is none; when several match, the lowest ID.
 * </ul>
 *
 * <p>Arguments are validated by the core before a backend sees them; IDs are positive.
 *
 * <p>SPI: for backend implementors.
 *
 * @param <T> the model type
 */
public interface ReadOperations<T> {

  /**
   * @param page the cursor and page size
   * @return one page
   */
  PageResult<T> list(PageRequest page);

  /**
   * @param id a positive ID
   * @return the item
   * @throws io.dsm4j.exception.NotFoundException when there is none
   */
  T get(int id);

  /**
   * @param name a non-blank name
   * @return the item with exactly that name, if any
   */
  Optional<T> findByName(String name);
}
