package io.dsm4j.cli;

import io.dsm4j.Manager;
import io.dsm4j.model.ApiKey;
import io.dsm4j.model.ApiKeyDraft;
import io.dsm4j.model.NewApiKey;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dsm4j api-keys …} (REST). */
@Command(
    name = "api-keys",
    description =
        "List, create, rotate, disable and delete API keys. A new secret is printed once: store"
            + " it at once.",
    subcommands = {
      ApiKeyCommands.ListKeys.class,
      ApiKeyCommands.Current.class,
      ApiKeyCommands.Create.class,
      ApiKeyCommands.Rotate.class,
      ApiKeyCommands.Disable.class,
      ApiKeyCommands.Delete.class
    })
final class ApiKeyCommands {
  static final String[] COLUMNS = {"id", "name", "roleId", "active", "expires", "lastSignIn"};

  private ApiKeyCommands() {}

  /** The key with its secret, as printed once. */
  static Map<String, Object> withSecret(NewApiKey k) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", k.key().id());
    m.put("name", k.key().name());
    m.put("roleId", k.key().roleId());
    m.put("expires", k.key().expires());
    m.put("secret", k.secret());
    return m;
  }

  @Command(name = "list", description = "List every API key.")
  static final class ListKeys extends Base {
    @Override
    int run(Manager m, Output out) {
      out.records(m.apiKeys().list().stream().toList(), COLUMNS);
      return 0;
    }
  }

  @Command(name = "current", description = "Show the API key this command authenticates with.")
  static final class Current extends Base {
    @Override
    int run(Manager m, Output out) {
      out.record(m.apiKeys().current(), COLUMNS);
      return 0;
    }
  }

  @Command(name = "create", description = "Create an API key; prints its secret once.")
  static final class Create extends Base {
    @Option(names = "--name", required = true, paramLabel = "NAME", description = "The key's name.")
    String name;

    @Option(
        names = "--role",
        required = true,
        paramLabel = "ROLE",
        description = "The role it acts with: an ID or exact name.")
    String role;

    @Option(
        names = "--expires",
        paramLabel = "TIME",
        description = "When it stops working: a duration from now (90d) or a time (2027-01-31).")
    String expires;

    @Option(names = "--description", paramLabel = "TEXT", description = "A description.")
    String description;

    @Override
    int run(Manager m, Output out) {
      Resolver.parse(role, "role");
      Instant until = expires == null ? null : expiry(expires);
      ApiKeyDraft.Builder b =
          Connector.usage(
              "--name", () -> ApiKeyDraft.builder(name, AdminResolver.role(m, role).id()));
      if (until != null) {
        b.expires(until);
      }
      if (description != null) {
        b.description(description);
      }
      out.properties(withSecret(m.apiKeys().create(b.build())));
      return 0;
    }

    /** A duration means that long from now (a key expires in the future); else a time. */
    static Instant expiry(String text) {
      String t = text.trim();
      Instant now = Instant.now();
      Instant at =
          t.matches("\\d+[smhd]") || t.toUpperCase(java.util.Locale.ROOT).startsWith("P")
              ? now.plus(Times.duration(t))
              : Times.time(t, now);
      if (!at.isAfter(now)) {
        throw new Dsm4j.UsageException("--expires " + text + " is not in the future");
      }
      return at;
    }
  }

  @Command(name = "rotate", description = "Replace a key's secret; prints the new one once.")
  static final class Rotate extends Base {
    @Parameters(paramLabel = "KEY", description = "The key: an ID or exact name.")
    String key;

    @Override
    int run(Manager m, Output out) {
      out.properties(withSecret(m.apiKeys().rotate(AdminResolver.apiKey(m, key).id())));
      return 0;
    }
  }

  @Command(name = "disable", description = "Stop a key from authenticating, keeping it.")
  static final class Disable extends Base {
    @Parameters(paramLabel = "KEY", description = "The key: an ID or exact name.")
    String key;

    @Override
    int run(Manager m, Output out) {
      ApiKey k = m.apiKeys().disable(AdminResolver.apiKey(m, key).id());
      out.record(k, COLUMNS);
      return 0;
    }
  }

  @Command(name = "delete", description = "Delete an API key (needs --yes).")
  static final class Delete extends Base {
    @Parameters(paramLabel = "KEY", description = "The key: an ID or exact name.")
    String key;

    @Option(names = "--yes", description = "Really delete it.")
    boolean yes;

    @Override
    int run(Manager m, Output out) {
      Resolver.parse(key, "API key");
      if (!yes) {
        throw new Dsm4j.UsageException("deleting an API key cannot be undone: add --yes");
      }
      ApiKey k = AdminResolver.apiKey(m, key).item();
      m.apiKeys().delete(k.id());
      progress("deleted API key " + k.id() + " (" + k.name() + ")");
      return 0;
    }
  }
}
