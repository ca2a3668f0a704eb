package io.dsm4j.cli;

import io.dsm4j.Manager;
import io.dsm4j.model.Administrator;
import io.dsm4j.model.AdministratorDraft;
import java.nio.file.Path;
import java.util.Set;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dsm4j admins …}: administrators (REST, or SOAP's users). */
@Command(
    name = "admins",
    description = "List, show, create, update and delete administrators.",
    subcommands = {
      AdminCommands.ListAdmins.class,
      AdminCommands.Get.class,
      AdminCommands.Create.class,
      AdminCommands.Update.class,
      AdminCommands.Delete.class
    })
final class AdminCommands {
  static final String[] COLUMNS = {
    "id", "username", "fullName", "roleId", "active", "emailAddress"
  };
  static final String FILE =
      "A JSON object with any of \"username\", \"password\", \"roleId\", \"fullName\","
          + " \"description\", \"emailAddress\", \"active\" ('-': stdin).";
  static final Set<String> TAKEN =
      Set.of("username", "password", "roleId", "fullName", "description", "emailAddress", "active");
  static final Set<String> IGNORED = Set.of("id", "extra");

  private AdminCommands() {}

  /** The draft the file describes: only the keys present are set. */
  static AdministratorDraft draft(Dsm4j root, Path file) {
    JsonInput o = JsonFiles.readObject(root, file, TAKEN, IGNORED);
    return Connector.usage(
        "--file",
        () -> {
          AdministratorDraft.Builder b = AdministratorDraft.builder();
          String v;
          if ((v = o.text("username")) != null) {
            b.username(v);
          }
          if ((v = o.text("password")) != null) {
            root.secrets.add(v); // masked on stderr from now on
            b.password(v.toCharArray());
          }
          Integer role = o.integer("roleId");
          if (role != null) {
            b.roleId(role);
          }
          if ((v = o.text("fullName")) != null) {
            b.fullName(v);
          }
          if ((v = o.text("description")) != null) {
            b.description(v);
          }
          if ((v = o.text("emailAddress")) != null) {
            b.emailAddress(v);
          }
          Boolean active = o.bool("active");
          if (active != null) {
            b.active(active);
          }
          return b.build();
        });
  }

  @Command(name = "list", description = "List every administrator.")
  static final class ListAdmins extends Base {
    @Override
    int run(Manager m, Output out) {
      out.records(m.administrators().list().stream().toList(), COLUMNS);
      return 0;
    }
  }

  @Command(name = "get", description = "Show one administrator.")
  static final class Get extends Base {
    @Parameters(paramLabel = "ADMIN", description = "The administrator: an ID or exact username.")
    String admin;

    @Override
    int run(Manager m, Output out) {
      out.record(AdminResolver.administrator(m, admin).item(), COLUMNS);
      return 0;
    }
  }

  @Command(name = "create", description = "Create an administrator (username, password, roleId).")
  static final class Create extends Base {
    @Option(names = "--file", required = true, paramLabel = "A.json", description = FILE)
    Path file;

    @Override
    int run(Manager m, Output out) {
      AdministratorDraft d = draft(root(), file);
      try {
        out.record(m.administrators().create(d), COLUMNS);
      } catch (IllegalArgumentException e) {
        throw new Dsm4j.UsageException("--file " + file + ": " + e.getMessage(), e);
      }
      return 0;
    }
  }

  @Command(name = "update", description = "Change the fields the file sets, and only those.")
  static final class Update extends Base {
    @Parameters(paramLabel = "ADMIN", description = "The administrator: an ID or exact username.")
    String admin;

    @Option(names = "--file", required = true, paramLabel = "A.json", description = FILE)
    Path file;

    @Override
    int run(Manager m, Output out) {
      Resolver.parse(admin, "administrator");
      AdministratorDraft d = draft(root(), file);
      if (d.isEmpty()) {
        throw new Dsm4j.UsageException("--file " + file + " changes nothing");
      }
      int id = AdminResolver.administrator(m, admin).id();
      out.record(m.administrators().update(id, d), COLUMNS);
      return 0;
    }
  }

  @Command(name = "delete", description = "Delete an administrator (needs --yes).")
  static final class Delete extends Base {
    @Parameters(paramLabel = "ADMIN", description = "The administrator: an ID or exact username.")
    String admin;

    @Option(names = "--yes", description = "Really delete it.")
    boolean yes;

    @Override
    int run(Manager m, Output out) {
      Resolver.parse(admin, "administrator");
      if (!yes) {
        throw new Dsm4j.UsageException("deleting an administrator cannot be undone: add --yes");
      }
      Administrator a = AdminResolver.administrator(m, admin).item();
      m.administrators().delete(a.id());
      progress("deleted administrator " + a.id() + " (" + a.username() + ")");
      return 0;
    }
  }
}
