package io.dsm4j.cli;

import io.dsm4j.Manager;
import io.dsm4j.model.CloudConnector;
import io.dsm4j.model.CloudConnectorDraft;
import io.dsm4j.model.ConnectorType;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dsm4j connectors …}: AWS, Azure, GCP and vCenter connectors (REST). */
@Command(
    name = "connectors",
    description =
        "List, show, create, synchronise and delete cloud connectors (aws, azure, gcp, vcenter).",
    subcommands = {
      ConnectorCommands.ListConnectors.class,
      ConnectorCommands.Get.class,
      ConnectorCommands.Create.class,
      ConnectorCommands.Sync.class,
      ConnectorCommands.Delete.class
    })
final class ConnectorCommands {
  static final String[] COLUMNS = {"id", "type", "name", "lastSynced"};
  static final String TYPE = "aws, azure, gcp or vcenter.";

  private ConnectorCommands() {}

  @Command(name = "list", description = "List the connectors (of one type, or of every type).")
  static final class ListConnectors extends Base {
    @Option(names = "--type", paramLabel = "TYPE", description = "Only this type: " + TYPE)
    String type;

    @Override
    int run(Manager m, Output out) {
      List<ConnectorType> types =
          type == null ? List.of(ConnectorType.values()) : List.of(AdminResolver.type(type));
      List<CloudConnector> all = new ArrayList<>();
      for (ConnectorType t : types) {
        all.addAll(m.cloudConnectors().list(t).stream().toList());
      }
      out.records(all, COLUMNS);
      return 0;
    }
  }

  /** A command on one connector of a type. */
  abstract static class One extends Base {
    @Option(names = "--type", required = true, paramLabel = "TYPE", description = TYPE)
    String type;

    @Parameters(paramLabel = "CONNECTOR", description = "The connector: an ID or exact name.")
    String connector;

    CloudConnector find(Manager m) {
      ConnectorType t = AdminResolver.type(type);
      Resolver.parse(connector, "connector");
      return AdminResolver.connector(m, t, connector).item();
    }
  }

  @Command(name = "get", description = "Show one connector.")
  static final class Get extends One {
    @Override
    int run(Manager m, Output out) {
      out.record(find(m), "id", "type", "name", "lastSynced", "extra");
      return 0;
    }
  }

  @Command(
      name = "create",
      description =
          "Add a connector from a JSON file: {\"name\": …} and the type's settings by their API"
              + " names (aws: crossAccountRoleArn, or accessKey and secretKey; azure:"
              + " azureTenantID, subscriptionID, azureAdApplicationID, azureAdApplicationSecret;"
              + " gcp: serviceAccount (Base64); vcenter: host, port, username, password (Base64)).")
  static final class Create extends Base {
    @Option(names = "--type", required = true, paramLabel = "TYPE", description = TYPE)
    String type;

    @Option(
        names = "--file",
        required = true,
        paramLabel = "C.json",
        description = "The connector ('-': stdin).")
    Path file;

    @Override
    int run(Manager m, Output out) {
      ConnectorType t = AdminResolver.type(type);
      Map<String, Class<?>> settings = CloudConnectorDraft.settingsOf(t);
      Set<String> taken = new HashSet<>(settings.keySet());
      taken.add("name");
      JsonInput o =
          JsonFiles.readObject(root(), file, taken, Set.of("id", "type", "lastSynced", "extra"));
      String name = o.text("name");
      if (name == null) {
        throw new Dsm4j.UsageException("--file " + file + ": the connector needs a \"name\"");
      }
      CloudConnectorDraft draft =
          Connector.usage(
              "--file",
              () -> {
                CloudConnectorDraft.Builder b = CloudConnectorDraft.builder(t, name);
                for (Map.Entry<String, Class<?>> s : settings.entrySet()) {
                  Object v =
                      s.getValue() == Boolean.class
                          ? o.bool(s.getKey())
                          : s.getValue() == Integer.class
                              ? o.integer(s.getKey())
                              : o.text(s.getKey());
                  if (v != null) {
                    if (CloudConnectorDraft.isSecret(s.getKey())) {
                      root().secrets.add(String.valueOf(v));
                    }
                    b.set(s.getKey(), v);
                  }
                }
                return b.build();
              });
      out.record(m.cloudConnectors().create(draft), COLUMNS);
      return 0;
    }
  }

  @Command(
      name = "sync",
      description =
          "Synchronise a connector now (gcp, vcenter: the API has no action for the others).")
  static final class Sync extends One {
    @Override
    int run(Manager m, Output out) {
      CloudConnector c = find(m);
      out.record(
          m.cloudConnectors().synchronize(c.type(), c.id()),
          "actionId",
          "type",
          "connectorId",
          "status",
          "submitted");
      return 0;
    }
  }

  @Command(name = "delete", description = "Remove a connector and its computers (needs --yes).")
  static final class Delete extends One {
    @Option(names = "--yes", description = "Really remove it.")
    boolean yes;

    @Override
    int run(Manager m, Output out) {
      AdminResolver.type(type);
      Resolver.parse(connector, "connector");
      if (!yes) {
        throw new Dsm4j.UsageException(
            "removing a connector removes its computers from the manager: add --yes");
      }
      CloudConnector c = find(m);
      m.cloudConnectors().delete(c.type(), c.id());
      progress(
          "deleted " + Output.spelling(c.type()) + " connector " + c.id() + " (" + c.name() + ")");
      return 0;
    }
  }
}
