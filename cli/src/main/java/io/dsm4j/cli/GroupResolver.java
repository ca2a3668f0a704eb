package io.dsm4j.cli;

import io.dsm4j.Manager;
import io.dsm4j.model.ComputerGroup;
import io.dsm4j.model.IdOrName;
import java.util.List;

/**
 * Finds the computer group a user named. Group names are not unique on a manager (two "Web" groups
 * under different parents are common): a name that several groups have is a failure that lists
 * their IDs, never a silent pick.
 */
final class GroupResolver {
  private GroupResolver() {}

  static ComputerGroup group(Manager m, String text) {
    IdOrName ref = Resolver.parse(text, "computer group");
    if (ref.isId()) {
      ComputerGroup g = m.computerGroups().get(ref.id());
      return g.id() == ref.id()
          ? g
          : new ComputerGroup(ref.id(), g.name(), g.description(), g.parentId());
    }
    List<ComputerGroup> all = m.computerGroups().list().stream().toList();
    List<ComputerGroup> named = all.stream().filter(g -> g.name().equals(ref.name())).toList();
    if (named.size() == 1) {
      return named.get(0);
    }
    if (named.isEmpty()) {
      String hint = Resolver.closest(ref.name(), all.stream().map(ComputerGroup::name).toList());
      throw new Dsm4j.Failure(
          "no computer group named '"
              + ref.name()
              + "'"
              + (hint == null ? "" : "; did you mean '" + hint + "'?"));
    }
    throw new Dsm4j.Failure(
        named.size()
            + " computer groups are named '"
            + ref.name()
            + "' (IDs "
            + String.join(
                ", ", named.stream().map(ComputerGroup::id).sorted().map(String::valueOf).toList())
            + "); give the ID");
  }
}
