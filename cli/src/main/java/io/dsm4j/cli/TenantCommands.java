package io.dsm4j.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.dsm4j.Manager;
import io.dsm4j.model.Tenant;
import io.dsm4j.model.TenantDraft;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dsm4j tenants …}: the tenants of a multi-tenant manager (REST, primary tenant). */
@Command(
    name = "tenants",
    description =
        "List, show, create and delete the tenants of a multi-tenant manager (primary tenant's"
            + " API key). Work inside one with --as-tenant, in all of them with --all-tenants.",
    subcommands = {
      TenantCommands.ListTenants.class,
      TenantCommands.Get.class,
      TenantCommands.Create.class,
      TenantCommands.Delete.class
    })
final class TenantCommands {
  static final String[] COLUMNS = {"id", "name", "state", "locale", "timeZone", "description"};

  private TenantCommands() {}

  @Command(name = "list", description = "List every tenant.")
  static final class ListTenants extends Base {
    @Override
    int run(Manager m, Output out) {
      out.records(m.tenants().list().stream().toList(), COLUMNS);
      return 0;
    }
  }

  @Command(name = "get", description = "Show one tenant.")
  static final class Get extends Base {
    @Parameters(paramLabel = "TENANT", description = "The tenant: an ID or exact name.")
    String tenant;

    @Override
    int run(Manager m, Output out) {
      out.record(
          AdminResolver.tenant(m, tenant).item(),
          "id",
          "name",
          "state",
          "locale",
          "timeZone",
          "modulesVisible",
          "guid",
          "description");
      return 0;
    }
  }

  @Command(
      name = "create",
      description =
          "Create a tenant from a JSON file: {\"name\", \"description\", \"locale\", \"timeZone\","
              + " \"modulesVisible\": [...], \"administrator\": {\"username\", \"password\","
              + " \"emailAddress\"}}. Creation takes minutes: the tenant starts 'created'.")
  static final class Create extends Base {
    @Option(
        names = "--file",
        required = true,
        paramLabel = "TENANT.json",
        description =
            "The tenant ('-': stdin); what 'tenants get --output json' prints is accepted.")
    Path file;

    @Option(names = "--wait", description = "Wait until the tenant is active.")
    boolean await;

    @Option(
        names = "--wait-timeout",
        paramLabel = "DURATION",
        description = "The longest --wait waits (default 30m).")
    String waitTimeout;

    @Override
    int run(Manager m, Output out) {
      Duration timeout = waitTimeout == null ? Duration.ofMinutes(30) : Times.duration(waitTimeout);
      TenantDraft draft = draft(JsonFiles.readObject(root(), file, TAKEN, IGNORED));
      Tenant t = m.tenants().create(draft);
      if (await) {
        progress("waiting for tenant " + t.id() + " (" + t.name() + ") to become active…");
        t = m.tenants().awaitActive(t.id(), timeout);
      }
      out.record(t, COLUMNS);
      return 0;
    }

    static final Set<String> TAKEN =
        Set.of("name", "description", "locale", "timeZone", "modulesVisible", "administrator");
    static final Set<String> IGNORED = Set.of("id", "state", "guid", "extra");

    private static TenantDraft draft(JsonInput o) {
      JsonInput admin = o.object("administrator");
      if (admin == null) {
        throw new Dsm4j.UsageException(
            "the tenant needs \"administrator\": {\"username\", \"password\"}");
      }
      String username = admin.text("username");
      String password = admin.text("password");
      String name = o.text("name");
      if (name == null || username == null || password == null) {
        throw new Dsm4j.UsageException(
            "the tenant needs \"name\" and \"administrator\": {\"username\", \"password\"}");
      }
      return Connector.usage(
          "--file",
          () -> {
            TenantDraft.Builder b = TenantDraft.builder(name, username, password.toCharArray());
            String v;
            if ((v = admin.text("emailAddress")) != null) {
              b.emailAddress(v);
            }
            if ((v = o.text("description")) != null) {
              b.description(v);
            }
            if ((v = o.text("locale")) != null) {
              b.locale(v);
            }
            if ((v = o.text("timeZone")) != null) {
              b.timeZone(v);
            }
            JsonNode mods = o.node().get("modulesVisible");
            if (mods != null && !mods.isNull()) {
              List<String> list = new ArrayList<>();
              mods.forEach(x -> list.add(x.asText()));
              b.modulesVisible(list);
            }
            return b.build();
          });
    }
  }

  @Command(name = "delete", description = "Delete a tenant and all its data (needs --yes).")
  static final class Delete extends Base {
    @Parameters(paramLabel = "TENANT", description = "The tenant: an ID or exact name.")
    String tenant;

    @Option(names = "--yes", description = "Really delete it (a tenant's data cannot come back).")
    boolean yes;

    @Override
    int run(Manager m, Output out) {
      Resolver.parse(tenant, "tenant");
      if (!yes) {
        throw new Dsm4j.UsageException("deleting a tenant deletes all its data: add --yes");
      }
      Tenant t = AdminResolver.tenant(m, tenant).item();
      m.tenants().delete(t.id());
      progress("deleted tenant " + t.id() + " (" + t.name() + ")");
      return 0;
    }
  }
}
