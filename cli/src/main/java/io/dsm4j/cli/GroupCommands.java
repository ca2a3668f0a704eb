package io.dsm4j.cli;

import io.dsm4j.Manager;
import io.dsm4j.model.ComputerGroup;
import io.dsm4j.model.ComputerGroupDraft;
import io.dsm4j.model.ComputerGroupUpdate;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dsm4j groups …}: computer groups. */
@Command(
    name = "groups",
    description =
        "Computer groups: list, show, create (under a parent), rename, delete. Group names are not"
            + " unique: a name several groups have is refused, listing their IDs.",
    subcommands = {
      GroupCommands.ListGroups.class,
      GroupCommands.Get.class,
      GroupCommands.Create.class,
      GroupCommands.Update.class,
      GroupCommands.Delete.class
    })
final class GroupCommands {
  static final String[] COLUMNS = {"id", "name", "parentId", "description"};

  private GroupCommands() {}

  static ComputerGroup group(Manager m, String arg) {
    return Fleet.group(m, arg).item();
  }

  @Command(name = "list", description = "List every computer group.")
  static final class ListGroups extends Base {
    @Override
    int run(Manager m, Output out) {
      out.records(m.computerGroups().list().stream().toList(), COLUMNS);
      return 0;
    }
  }

  @Command(name = "get", description = "Show one computer group.")
  static final class Get extends Base {
    @Parameters(
        paramLabel = "GROUP",
        description = "The group: its ID, or its exact name (name:TEXT for a name of digits).")
    String group;

    @Override
    int run(Manager m, Output out) {
      Resolver.Found<ComputerGroup> f = Fleet.group(m, group);
      out.record(f.item(), COLUMNS);
      return 0;
    }
  }

  @Command(name = "create", description = "Create a computer group.")
  static final class Create extends Base {
    @Option(names = "--name", required = true, description = "The new group's name.")
    String name;

    @Option(
        names = "--parent",
        paramLabel = "GROUP",
        description = "The parent group (ID or exact name); none: a top-level group.")
    String parent;

    @Option(names = "--description", paramLabel = "TEXT", description = "A description.")
    String description;

    @Override
    int run(Manager m, Output out) {
      ComputerGroupDraft.Builder b =
          Connector.usage("--name", () -> ComputerGroupDraft.builder(name));
      if (description != null) {
        b.description(description);
      }
      if (parent != null) {
        Resolver.parse(parent, "computer group");
        b.parentId(Fleet.group(m, parent).id());
      }
      out.record(m.computerGroups().create(b.build()), COLUMNS);
      return 0;
    }
  }

  @Command(name = "update", description = "Rename or describe a computer group (REST).")
  static final class Update extends Base {
    @Parameters(paramLabel = "GROUP", description = "The group: its ID, or its exact name.")
    String group;

    @Option(names = "--name", description = "The new name.")
    String name;

    @Option(names = "--description", paramLabel = "TEXT", description = "The new description.")
    String description;

    @Override
    int run(Manager m, Output out) {
      ComputerGroupUpdate.Builder b = ComputerGroupUpdate.builder();
      if (name != null) {
        Connector.usage("--name", () -> b.name(name));
      }
      if (description != null) {
        b.description(description);
      }
      ComputerGroupUpdate u = b.build();
      if (u.isEmpty()) {
        throw new Dsm4j.UsageException("give --name or --description");
      }
      Resolver.parse(group, "computer group");
      out.record(m.computerGroups().update(Fleet.group(m, group).id(), u), COLUMNS);
      return 0;
    }
  }

  @Command(
      name = "delete",
      description = "Delete computer groups (empty ones: no computers, no subgroups).")
  static final class Delete extends Base {
    @Parameters(
        arity = "1..*",
        paramLabel = "GROUP",
        description = "The groups: IDs, or exact names.")
    List<String> groups;

    @Option(names = "--yes", description = "Needed to delete more than one group.")
    boolean yes;

    @Override
    int run(Manager m, Output out) {
      return Fleet.delete(
          this,
          groups,
          yes,
          "computer group",
          g -> Fleet.group(m, g),
          ComputerGroup::name,
          m.computerGroups()::delete);
    }
  }
}
