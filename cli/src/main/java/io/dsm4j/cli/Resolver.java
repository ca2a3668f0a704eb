package io.dsm4j.cli;

import io.dsm4j.Manager;
import io.dsm4j.ResourceGroup;
import io.dsm4j.automation.IdOrNameResolver;
import io.dsm4j.model.Computer;
import io.dsm4j.model.IdOrName;
import io.dsm4j.model.Policy;
import io.dsm4j.model.Rule;
import io.dsm4j.model.RuleKind;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.function.Supplier;
import java.util.function.ToIntFunction;

/**
 * Finds what the user named: all digits is an ID, anything else an exact name, {@code name:TEXT}
 * always a name ({@link IdOrName}). A name the manager does not know gets a "did you mean" when a
 * close one exists. The ID the user gave is the one used afterwards; an ID the manager answers with
 * is checked as data (a manager's nonsense is a failure, exit 1, never a usage error).
 */
final class Resolver {
  private Resolver() {}

  /** What was found: the ID to use for the following calls, and the object. */
  record Found<T>(int id, T item) {}

  static Found<Policy> policy(Manager m, String text) {
    return find("policy", m.policies(), text, Policy::name, Policy::id);
  }

  static Found<Computer> computer(Manager m, String text) {
    return find("computer", m.computers(), text, Computer::hostName, Computer::id);
  }

  /** A rule of a kind; no suggestions (that would download the whole catalog). */
  static Found<Rule> rule(Manager m, RuleKind kind, String text) {
    String what = Output.spelling(kind) + " rule";
    return find(
        what,
        text,
        id -> m.rules().of(kind).get(id),
        name -> m.rules().of(kind).findByName(name),
        null,
        Rule::id);
  }

  /** Parses an ID-or-name argument; a malformed one is a usage error. */
  static IdOrName parse(String text, String what) {
    try {
      return IdOrName.parse(text, what);
    } catch (IllegalArgumentException e) {
      throw new Dsm4j.UsageException(e.getMessage(), e);
    }
  }

  /** Parses an argument that must be an ID (a security update, …). */
  static int id(String text, String what) {
    IdOrName ref = parse(text, what);
    if (!ref.isId()) {
      throw new Dsm4j.UsageException(what + " must be a numeric ID, got '" + text + "'");
    }
    return ref.id();
  }

  /**
   * An object of a group by ID or exact name; a name the group does not know gets a "did you mean"
   * among the names of the whole group.
   */
  static <T> Found<T> find(
      String what,
      ResourceGroup<T> group,
      String text,
      Function<T, String> nameOf,
      ToIntFunction<T> idOf) {
    return find(
        what,
        text,
        group::get,
        group::findByName,
        () -> group.list().stream().map(nameOf).toList(),
        idOf);
  }

  static <T> Found<T> find(
      String what,
      String text,
      IntFunction<T> byId,
      Function<String, Optional<T>> byName,
      Supplier<List<String>> allNames,
      ToIntFunction<T> idOf) {
    IdOrName ref = parse(text, what);
    if (ref.isId()) {
      // The user's ID is the truth for what follows, whatever ID the answer carries.
      return new Found<>(ref.id(), byId.apply(ref.id()));
    }
    Optional<T> found = byName.apply(ref.name());
    if (found.isPresent()) {
      int id = idOf.applyAsInt(found.get());
      if (id <= 0) {
        throw new Dsm4j.Failure(
            "the manager's answer for "
                + what
                + " '"
                + ref.name()
                + "' has an invalid ID ("
                + id
                + "); it cannot be used");
      }
      return new Found<>(id, found.get());
    }
    // The one "did you mean" rule of dsm4j, shared with the automation module.
    String hint =
        allNames == null
            ? null
            : IdOrNameResolver.suggestion(ref.name(), allNames.get()).orElse(null);
    throw new Dsm4j.Failure(
        "no "
            + what
            + " named '"
            + ref.name()
            + "'"
            + (hint == null ? "" : "; did you mean '" + hint + "'?"));
  }
}
