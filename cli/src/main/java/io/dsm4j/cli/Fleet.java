package io.dsm4j.cli;

import io.dsm4j.Manager;
import io.dsm4j.exception.DsmException;
import io.dsm4j.model.ComputerGroup;
import io.dsm4j.model.IdOrName;
import io.dsm4j.model.ListKind;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.IntConsumer;

/**
 * What the fleet's commands (groups, lists, schedules, tasks, anti-malware) share: the list kinds'
 * spellings, resolving a computer group whose name may be ambiguous and deleting several objects.
 */
final class Fleet {
  private Fleet() {}

  /** The {@code --type} values of {@code lists}, as the CLI spells the kinds. */
  static final String LIST_TYPES = "ip, mac, port, directory, file or file-extension";

  static ListKind listKind(String type) {
    for (ListKind k : ListKind.values()) {
      if (Output.spelling(k).equals(type.toLowerCase(Locale.ROOT))) {
        return k;
      }
    }
    throw new Dsm4j.UsageException("--type must be " + LIST_TYPES + ", not '" + type + "'");
  }

  /**
   * A computer group by ID or exact name. Group names are not unique: a name several groups have is
   * a failure that lists their IDs, never a guess.
   */
  static Resolver.Found<ComputerGroup> group(Manager m, String text) {
    IdOrName ref = Resolver.parse(text, "computer group");
    if (ref.isId()) {
      return new Resolver.Found<>(ref.id(), m.computerGroups().get(ref.id()));
    }
    List<ComputerGroup> all = m.computerGroups().list().stream().toList();
    List<ComputerGroup> named = all.stream().filter(g -> g.name().equals(ref.name())).toList();
    if (named.size() > 1) {
      throw new Dsm4j.Failure(
          named.size()
              + " computer groups are named '"
              + ref.name()
              + "' (IDs "
              + String.join(", ", named.stream().map(g -> String.valueOf(g.id())).toList())
              + "): give the ID of the one you mean");
    }
    if (named.size() == 1) {
      return new Resolver.Found<>(named.get(0).id(), named.get(0));
    }
    String hint =
        io.dsm4j.automation.IdOrNameResolver.suggestion(
                ref.name(), all.stream().map(ComputerGroup::name).toList())
            .orElse(null);
    throw new Dsm4j.Failure(
        "no computer group named '"
            + ref.name()
            + "'"
            + (hint == null ? "" : "; did you mean '" + hint + "'?"));
  }

  /**
   * Deletes what the user named: every argument is checked before the first request; more than one
   * needs {@code --yes}. One object: its error is the command's (exit 1). Several: one line on
   * stderr per object that failed, exit 3 when some were deleted, 1 when none was.
   *
   * @param cmd the command
   * @param args the objects, IDs or names
   * @param yes whether {@code --yes} was given
   * @param what one object, e.g. {@code schedule}
   * @param resolve finds one object: its ID and a label for messages
   * @param delete deletes one object by ID
   * @return the exit code
   */
  static int delete(
      Base cmd,
      List<String> args,
      boolean yes,
      String what,
      Function<String, Map.Entry<Integer, String>> resolve,
      IntConsumer delete) {
    args.forEach(a -> Resolver.parse(a, what));
    if (args.size() > 1 && !yes) {
      throw new Dsm4j.UsageException(
          "deleting " + args.size() + " objects needs --yes (one object needs none)");
    }
    if (args.size() == 1) {
      Map.Entry<Integer, String> one = resolve.apply(args.get(0));
      delete.accept(one.getKey());
      cmd.progress("deleted " + what + " " + one.getKey() + " (" + one.getValue() + ")");
      return 0;
    }
    int failed = 0;
    for (String a : args) {
      try {
        Map.Entry<Integer, String> one = resolve.apply(a);
        delete.accept(one.getKey());
        cmd.progress("deleted " + what + " " + one.getKey() + " (" + one.getValue() + ")");
      } catch (DsmException | Dsm4j.Failure e) {
        failed++;
        cmd.root().failureLine(what + " " + a + ": " + Failures.message(e));
      }
    }
    if (failed == 0) {
      return 0;
    }
    cmd.root().failureLine(failed + " of " + args.size() + " " + what + "(s) not deleted");
    return failed == args.size() ? Dsm4j.FAILURE : Dsm4j.PARTIAL;
  }

  /**
   * {@link #delete(Base, List, boolean, String, Function, IntConsumer)} of the objects {@code find}
   * resolves, each labelled by its name in messages.
   *
   * @param <T> the object type
   * @param cmd the command
   * @param args the objects, IDs or names
   * @param yes whether {@code --yes} was given
   * @param what one object, e.g. {@code schedule}
   * @param find finds one object by ID or name
   * @param nameOf an object's name
   * @param delete deletes one object by ID
   * @return the exit code
   */
  static <T> int delete(
      Base cmd,
      List<String> args,
      boolean yes,
      String what,
      Function<String, Resolver.Found<T>> find,
      Function<T, String> nameOf,
      IntConsumer delete) {
    return delete(
        cmd,
        args,
        yes,
        what,
        a -> {
          Resolver.Found<T> f = find.apply(a);
          return found(f.id(), nameOf.apply(f.item()));
        },
        delete);
  }

  /** A label for messages: the name, or the ID. */
  static Map.Entry<Integer, String> found(int id, String name) {
    return Map.entry(id, name == null || name.isEmpty() ? "#" + id : name);
  }
}
