package io.dsm4j.cli;

import io.dsm4j.Manager;
import io.dsm4j.model.Role;
import io.dsm4j.model.RoleDraft;
import java.nio.file.Path;
import java.util.Set;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dsm4j roles …}: administrator roles (REST). */
@Command(
    name = "roles",
    description = "List, show, create, update and delete administrator roles.",
    subcommands = {
      RoleCommands.ListRoles.class,
      RoleCommands.Get.class,
      RoleCommands.Create.class,
      RoleCommands.Update.class,
      RoleCommands.Delete.class
    })
final class RoleCommands {
  static final String[] COLUMNS = {
    "id", "name", "immutable", "allComputers", "allPolicies", "allowWebService", "description"
  };
  static final String FILE =
      "A JSON object with any of \"name\", \"description\", \"allComputers\", \"allPolicies\","
          + " \"allowUserInterface\", \"allowWebService\" ('-': stdin).";
  static final Set<String> TAKEN =
      Set.of(
          "name",
          "description",
          "allComputers",
          "allPolicies",
          "allowUserInterface",
          "allowWebService");
  static final Set<String> IGNORED = Set.of("id", "immutable", "extra");

  private RoleCommands() {}

  static RoleDraft draft(Dsm4j root, Path file) {
    JsonInput o = JsonFiles.readObject(root, file, TAKEN, IGNORED);
    return Connector.usage(
        "--file",
        () -> {
          RoleDraft.Builder b = RoleDraft.builder();
          String v;
          if ((v = o.text("name")) != null) {
            b.name(v);
          }
          if ((v = o.text("description")) != null) {
            b.description(v);
          }
          Boolean f;
          if ((f = o.bool("allComputers")) != null) {
            b.allComputers(f);
          }
          if ((f = o.bool("allPolicies")) != null) {
            b.allPolicies(f);
          }
          if ((f = o.bool("allowUserInterface")) != null) {
            b.allowUserInterface(f);
          }
          if ((f = o.bool("allowWebService")) != null) {
            b.allowWebService(f);
          }
          return b.build();
        });
  }

  @Command(name = "list", description = "List every role.")
  static final class ListRoles extends Base {
    @Override
    int run(Manager m, Output out) {
      out.records(m.roles().list().stream().toList(), COLUMNS);
      return 0;
    }
  }

  @Command(name = "get", description = "Show one role.")
  static final class Get extends Base {
    @Parameters(paramLabel = "ROLE", description = "The role: an ID or exact name.")
    String role;

    @Override
    int run(Manager m, Output out) {
      out.record(AdminResolver.role(m, role).item(), COLUMNS);
      return 0;
    }
  }

  @Command(name = "create", description = "Create a role (a name is required).")
  static final class Create extends Base {
    @Option(names = "--file", required = true, paramLabel = "R.json", description = FILE)
    Path file;

    @Override
    int run(Manager m, Output out) {
      RoleDraft d = draft(root(), file);
      if (d.name() == null) {
        throw new Dsm4j.UsageException("--file " + file + ": a new role needs a \"name\"");
      }
      out.record(m.roles().create(d), COLUMNS);
      return 0;
    }
  }

  @Command(name = "update", description = "Change the fields the file sets, and only those.")
  static final class Update extends Base {
    @Parameters(paramLabel = "ROLE", description = "The role: an ID or exact name.")
    String role;

    @Option(names = "--file", required = true, paramLabel = "R.json", description = FILE)
    Path file;

    @Override
    int run(Manager m, Output out) {
      Resolver.parse(role, "role");
      RoleDraft d = draft(root(), file);
      if (d.isEmpty()) {
        throw new Dsm4j.UsageException("--file " + file + " changes nothing");
      }
      out.record(m.roles().update(AdminResolver.role(m, role).id(), d), COLUMNS);
      return 0;
    }
  }

  @Command(name = "delete", description = "Delete a role (needs --yes).")
  static final class Delete extends Base {
    @Parameters(paramLabel = "ROLE", description = "The role: an ID or exact name.")
    String role;

    @Option(names = "--yes", description = "Really delete it.")
    boolean yes;

    @Override
    int run(Manager m, Output out) {
      Resolver.parse(role, "role");
      if (!yes) {
        throw new Dsm4j.UsageException("deleting a role cannot be undone: add --yes");
      }
      Role r = AdminResolver.role(m, role).item();
      m.roles().delete(r.id());
      progress("deleted role " + r.id() + " (" + r.name() + ")");
      return 0;
    }
  }
}
