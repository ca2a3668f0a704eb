package io.dsm4j.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dsm4j.Backend;
import io.dsm4j.Capabilities;
import io.dsm4j.Capability;
import io.dsm4j.Manager;
import io.dsm4j.exception.UnsupportedCapabilityException;
import io.dsm4j.model.ConnectorType;
import io.dsm4j.spi.AdministratorOperations;
import io.dsm4j.spi.ApiKeyOperations;
import io.dsm4j.spi.CloudConnectorOperations;
import io.dsm4j.spi.EventBasedTaskOperations;
import io.dsm4j.spi.RoleOperations;
import io.dsm4j.spi.ScheduleOperations;
import io.dsm4j.spi.ScheduledTaskOperations;
import io.dsm4j.spi.TenantOperations;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * Every group's delete: a bad ID is refused in the group's words before any request; a good one
 * reaches the backend's delete once, with that ID, under the group's write capability.
 */
class DeleteByIdTest {
  private static final Capability[] DECLARED = {
    Capability.ADMINISTRATORS,
    Capability.ADMINISTRATOR_WRITE,
    Capability.API_KEYS,
    Capability.API_KEY_WRITE,
    Capability.ROLES,
    Capability.ROLE_WRITE,
    Capability.TENANTS,
    Capability.TENANT_WRITE,
    Capability.SCHEDULED_TASKS,
    Capability.EVENT_BASED_TASKS,
    Capability.SCHEDULES,
    Capability.CLOUD_CONNECTORS,
    Capability.CLOUD_CONNECTOR_WRITE
  };

  private final List<String> requests = new CopyOnWriteArrayList<>();

  private <T> T recording(Class<T> type, String group) {
    return FakeBackend.proxy(
        type,
        (p, m, a) -> {
          requests.add(group + "." + m.getName() + Arrays.toString(a));
          return null;
        });
  }

  private Manager manager(Capability... declared) {
    Map<String, Object> groups =
        Map.of(
            "administrators", recording(AdministratorOperations.class, "administrators"),
            "apiKeys", recording(ApiKeyOperations.class, "apiKeys"),
            "roles", recording(RoleOperations.class, "roles"),
            "tenants", recording(TenantOperations.class, "tenants"),
            "scheduledTasks", recording(ScheduledTaskOperations.class, "scheduledTasks"),
            "eventBasedTasks", recording(EventBasedTaskOperations.class, "eventBasedTasks"),
            "schedules", recording(ScheduleOperations.class, "schedules"),
            "cloudConnectors", recording(CloudConnectorOperations.class, "cloudConnectors"));
    Capabilities caps = Capabilities.builder().add(declared).build();
    return DefaultManager.create(
        Manager.builder().url("https://dsm.example:4119").apiKey("2:key-value").toSettings(),
        Map.of(
            Backend.REST,
            FakeBackend.provider(
                Backend.REST, config -> FakeBackend.connection(Backend.REST, caps, null, groups))));
  }

  private record Case(String message, Consumer<Integer> delete, Capability write, String request) {}

  private static List<Case> cases(Manager m) {
    return List.of(
        new Case(
            "administrator ID",
            m.administrators()::delete,
            Capability.ADMINISTRATOR_WRITE,
            "administrators.delete"),
        new Case("API key ID", m.apiKeys()::delete, Capability.API_KEY_WRITE, "apiKeys.delete"),
        new Case("role ID", m.roles()::delete, Capability.ROLE_WRITE, "roles.delete"),
        new Case("tenant ID", m.tenants()::delete, Capability.TENANT_WRITE, "tenants.delete"),
        new Case(
            "scheduled task ID",
            m.scheduledTasks()::delete,
            Capability.SCHEDULED_TASKS,
            "scheduledTasks.delete"),
        new Case(
            "event-based task ID",
            m.eventBasedTasks()::delete,
            Capability.EVENT_BASED_TASKS,
            "eventBasedTasks.delete"),
        new Case("schedule ID", m.schedules()::delete, Capability.SCHEDULES, "schedules.delete"),
        new Case(
            "connector ID",
            id -> m.cloudConnectors().delete(ConnectorType.GCP, id),
            Capability.CLOUD_CONNECTOR_WRITE,
            "cloudConnectors.delete[GCP, "));
  }

  @Test
  void aBadId_isRefusedInTheGroupsWords_beforeAnyRequest() {
    try (Manager m = manager(DECLARED)) {
      for (Case c : cases(m)) {
        assertThatThrownBy(() -> c.delete().accept(0))
            .as(c.request())
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessage(c.message() + " must be a positive ID, got 0");
      }
    }
    assertThat(requests).isEmpty();
  }

  @Test
  void aGoodId_reachesTheBackendOnce_underTheWriteCapability() {
    try (Manager m = manager(DECLARED)) {
      for (Case c : cases(m)) {
        requests.clear();
        c.delete().accept(7);
        assertThat(requests)
            .as(c.request())
            .singleElement()
            .satisfies(r -> assertThat(r).startsWith(c.request()).endsWith("7]"));
      }
    }
  }

  @Test
  void withoutTheWriteCapability_nothingIsSent() {
    int count;
    try (Manager all = manager(DECLARED)) {
      count = cases(all).size();
    }
    for (int i = 0; i < count; i++) {
      Capability write;
      try (Manager all = manager(DECLARED)) {
        write = cases(all).get(i).write();
      }
      Capability[] others =
          Arrays.stream(DECLARED).filter(c -> c != write).toArray(Capability[]::new);
      try (Manager m = manager(others)) {
        Case c = cases(m).get(i);
        assertThatThrownBy(() -> c.delete().accept(7))
            .as(c.request())
            .isInstanceOf(UnsupportedCapabilityException.class);
      }
    }
    assertThat(requests).isEmpty();
  }
}
