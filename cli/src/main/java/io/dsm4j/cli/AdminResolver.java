package io.dsm4j.cli;

import io.dsm4j.Manager;
import io.dsm4j.model.Administrator;
import io.dsm4j.model.ApiKey;
import io.dsm4j.model.CloudConnector;
import io.dsm4j.model.ConnectorType;
import io.dsm4j.model.Role;
import io.dsm4j.model.Tenant;

/** ID-or-name arguments of the administrative commands, by {@link Resolver#find}'s rules. */
final class AdminResolver {
  private AdminResolver() {}

  static Resolver.Found<Tenant> tenant(Manager m, String text) {
    return Resolver.find("tenant", m.tenants(), text, Tenant::name, Tenant::id);
  }

  static Resolver.Found<ApiKey> apiKey(Manager m, String text) {
    return Resolver.find("API key", m.apiKeys(), text, ApiKey::name, ApiKey::id);
  }

  static Resolver.Found<Administrator> administrator(Manager m, String text) {
    return Resolver.find(
        "administrator", m.administrators(), text, Administrator::username, Administrator::id);
  }

  static Resolver.Found<Role> role(Manager m, String text) {
    return Resolver.find("role", m.roles(), text, Role::name, Role::id);
  }

  static Resolver.Found<CloudConnector> connector(Manager m, ConnectorType type, String text) {
    return Resolver.find(
        type.name().toLowerCase(java.util.Locale.ROOT) + " connector",
        text,
        id -> m.cloudConnectors().get(type, id),
        name -> m.cloudConnectors().findByName(type, name),
        () -> m.cloudConnectors().list(type).stream().map(CloudConnector::name).toList(),
        CloudConnector::id);
  }

  /** {@code --type}: a usage error when it is not a connector type. */
  static ConnectorType type(String text) {
    try {
      return ConnectorType.parse(text);
    } catch (IllegalArgumentException e) {
      throw new Dsm4j.UsageException("--type: " + e.getMessage(), e);
    }
  }
}
