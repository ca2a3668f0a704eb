package io.dsm4j.internal;

import io.dsm4j.Capability;
import io.dsm4j.EditableGroup;
import io.dsm4j.spi.BackendConnection;
import io.dsm4j.spi.EditableOperations;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToIntFunction;

/**
 * The reads of {@link ReadGroup} plus create, update and delete, written once: arguments checked
 * before any request, each write routed by its capability through the pipeline (never retried once
 * it may have been processed). A resource is a subclass naming its capabilities and words.
 *
 * @param <T> the model type
 * @param <D> the input to create one
 * @param <U> the input to change one
 * @param <G> the SPI group
 */
class EditableGroupImpl<T, D, U, G extends EditableOperations<T, D, U>> extends ReadGroup<T, G>
    implements EditableGroup<T, D, U> {

  /**
   * The capabilities of the writes.
   *
   * @param create the capability of create
   * @param update the capability of update
   * @param delete the capability of delete
   */
  record Writes(Capability create, Capability update, Capability delete) {
    static Writes all(Capability c) {
      return new Writes(c, c, c);
    }
  }

  private final Writes writes;
  private final Predicate<U> isEmpty;

  EditableGroupImpl(
      CallPipeline pipeline,
      String prefix,
      String noun,
      Capability read,
      Writes writes,
      Function<BackendConnection, Optional<G>> groupOf,
      ToIntFunction<T> idOf,
      Predicate<U> isEmpty) {
    super(pipeline, prefix, noun, read, groupOf, idOf);
    this.writes = writes;
    this.isEmpty = isEmpty;
  }

  /** Checks a draft beyond what its builder checked (none by default). */
  void checkDraft(D draft) {}

  @Override
  public T create(D draft) {
    Objects.requireNonNull(draft, "draft");
    checkDraft(draft);
    return call("create", writes.create(), false, g -> g.create(draft));
  }

  @Override
  public T update(int id, U update) {
    Args.id(id, noun + " ID");
    Objects.requireNonNull(update, "update");
    if (isEmpty.test(update)) {
      throw new IllegalArgumentException("the update changes nothing");
    }
    return call("update", writes.update(), false, g -> g.update(id, update));
  }

  @Override
  public void delete(int id) {
    deleteById(id, writes.delete(), (g, i) -> g.delete(i));
  }
}
