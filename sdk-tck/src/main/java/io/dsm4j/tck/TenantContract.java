package io.dsm4j.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dsm4j.Backend;
import io.dsm4j.Capability;
import io.dsm4j.Manager;
import io.dsm4j.exception.InvalidRequestException;
import io.dsm4j.exception.NotFoundException;
import io.dsm4j.model.Policy;
import io.dsm4j.model.PolicyDraft;
import io.dsm4j.model.Tenant;
import io.dsm4j.model.TenantDraft;
import io.dsm4j.testkit.SimulatorState;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Tenants of a multi-tenant manager and signing in to one. Each simulated tenant has a state of its
 * own, so the tests see which manager a call reached. Part of {@link ManagerContractTest}.
 */
public interface TenantContract extends ContractFixture {
  Pattern OUR_KEY = Pattern.compile("dsm4j-(.+)-(\\d+)-(\\d+)");

  private String newTenant() {
    String name = ContractFixture.unique("tck-tenant");
    state().administration().addTenant(name, "tenant-admin", "tenant-pass");
    return name;
  }

  @Test
  default void tenants_createWaitListGetDelete() {
    if (!supports(Capability.TENANT_WRITE)) {
      assertUnsupported(
          () ->
              manager()
                  .tenants()
                  .create(TenantDraft.builder("t", "admin", "pw12".toCharArray()).build()));
      assertUnsupported(() -> manager().tenants().list().stream().toList());
      return;
    }
    state().administration().setTenantActivationDelay(Duration.ofMillis(300));
    String name = ContractFixture.unique("tck-new");
    Tenant t =
        manager()
            .tenants()
            .create(
                TenantDraft.builder(name, "first-admin", "Tenant-Pass-1".toCharArray())
                    .emailAddress("ops@example.com")
                    .timeZone("Europe/Zurich")
                    .modulesVisible(List.of("intrusion-prevention", "firewall"))
                    .build());

    assertThat(t.name()).isEqualTo(name);
    assertThat(t.state()).as("creation is asynchronous").isEqualTo("created");
    assertThat(t.isActive()).isFalse();
    assertThat(state().administration().tenantNames()).contains(name);

    Tenant active = manager().tenants().awaitActive(t.id(), Duration.ofSeconds(30));
    assertThat(active.isActive()).isTrue();
    assertThat(active.modulesVisible()).containsExactly("intrusion-prevention", "firewall");
    assertThat(manager().tenants().findByName(name)).map(Tenant::id).contains(t.id());
    assertThat(manager().tenants().list().stream().map(Tenant::id).toList()).contains(t.id());
    SimulatorState own = state().administration().tenant(name).orElseThrow();
    assertThat(own.administration().administrators()).containsValue("first-admin");

    manager().tenants().delete(t.id());
    assertThat(state().administration().tenantNames()).doesNotContain(name);
    assertThatThrownBy(() -> manager().tenants().get(t.id())).isInstanceOf(NotFoundException.class);
  }

  @Test
  default void asTenant_reachesOnlyThatTenantsOwnManager() {
    String name = newTenant();
    SimulatorState own = state().administration().tenant(name).orElseThrow();

    try (Manager tenant = manager().asTenant(name)) {
      List<Integer> listed = tenant.policies().list().stream().map(Policy::id).toList();
      assertThat(listed)
          .containsExactlyInAnyOrderElementsOf(own.policies().stream().map(Policy::id).toList());
      Policy made =
          tenant.policies().create(PolicyDraft.builder(ContractFixture.unique("tp")).build());

      assertThat(own.policy(made.id())).map(Policy::name).contains(made.name());
      assertThat(state().policies().stream().map(Policy::name)).doesNotContain(made.name());
      assertThat(tenant.toString()).contains(name);
    }
  }

  @Test
  default void asTenant_rest_makesAShortLivedKey_andDeletesItOnClose() {
    if (manager().backendFor(Capability.TENANT_SIGN_IN, null).orElse(null) != Backend.REST) {
      return; // the SOAP session is checked below
    }
    String name = newTenant();
    SimulatorState own = state().administration().tenant(name).orElseThrow();
    Manager tenant = manager().asTenant(name);
    tenant.computers().list().stream().toList();

    Map<Integer, String> keys = own.administration().apiKeys();
    assertThat(keys).hasSize(1);
    int keyId = keys.keySet().iterator().next();
    assertThat(keys.get(keyId)).matches(OUR_KEY);
    Instant expiry = own.administration().apiKeyExpiry(keyId).orElseThrow();
    assertThat(expiry).isBetween(Instant.now(), Instant.now().plus(Duration.ofMinutes(61)));

    tenant.close();
    assertThat(own.administration().apiKeys()).as("closing deletes the key").isEmpty();
  }

  @Test
  default void asTenant_rest_cleansUpTheKeysACrashedRunLeft_andOnlyThose() {
    if (manager().backendFor(Capability.TENANT_SIGN_IN, null).orElse(null) != Backend.REST) {
      return;
    }
    String name = newTenant();
    SimulatorState own = state().administration().tenant(name).orElseThrow();
    String host;
    try (Manager first = manager().asTenant(name)) {
      first.policies().list().stream().findFirst();
      Matcher m = OUR_KEY.matcher(own.administration().apiKeys().values().iterator().next());
      assertThat(m.matches()).isTrue();
      host = m.group(1);
    }
    long deadPid = 4_190_000;
    while (ProcessHandle.of(deadPid).isPresent()) {
      deadPid++;
    }
    long now = System.currentTimeMillis();
    Instant later = Instant.now().plus(Duration.ofMinutes(30));
    int expired =
        own.administration()
            .addApiKey("dsm4j-otherhost-1-" + (now - 7_200_000), Instant.now().minusSeconds(60));
    int crashed =
        own.administration()
            .addApiKey("dsm4j-" + host + "-" + deadPid + "-" + (now - 60_000), later);
    int live =
        own.administration()
            .addApiKey("dsm4j-" + host + "-" + ProcessHandle.current().pid() + "-" + now, later);
    int elsewhere = own.administration().addApiKey("dsm4j-otherhost-1-" + (now - 60_000), later);
    int foreign = own.administration().addApiKey("ci-pipeline", Instant.now().minusSeconds(60));

    try (Manager second = manager().asTenant(name)) {
      second.policies().list().stream().findFirst();
      assertThat(own.administration().apiKeys())
          .as("expired ones and those of a process that is gone")
          .doesNotContainKeys(expired, crashed)
          .containsKeys(live, elsewhere, foreign);
    }
  }

  @Test
  default void asTenant_soap_usesASessionOfTheTenant_endedOnClose() {
    if (manager().backendFor(Capability.TENANT_SIGN_IN, null).orElse(null) != Backend.SOAP) {
      return;
    }
    String name = newTenant();
    SimulatorState own = state().administration().tenant(name).orElseThrow();
    int ended = state().sessionsEnded();

    try (Manager tenant = manager().asTenant(name)) {
      assertThat(tenant.computers().list().stream().count()).isEqualTo(own.computers().size());
      assertThat(state().operationCounts()).containsKey("soap:signInAsTenant");
    }
    assertThat(state().sessionsEnded()).as("the tenant's session is ended").isGreaterThan(ended);
    assertThatThrownBy(() -> manager().asTenant(7)).hasMessageContaining("not supported");
  }

  @Test
  default void asTenant_anInactiveOrUnknownTenant_isRefusedAndNothingIsCreated() {
    if (!supports(Capability.TENANTS)) {
      return; // SOAP cannot list tenants: the sign-in itself fails (checked on the wire)
    }
    String name = newTenant();
    state().administration().setTenantState(name, "suspended");
    SimulatorState own = state().administration().tenant(name).orElseThrow();

    int keysAsked = state().operationCounts().getOrDefault("POST /api/tenants/{id}/apikeys", 0);

    assertThatThrownBy(() -> manager().asTenant(name))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessageContaining("suspended");
    assertThat(own.administration().apiKeys()).isEmpty();
    assertThat(state().operationCounts().getOrDefault("POST /api/tenants/{id}/apikeys", 0))
        .as("refused before a key is asked for")
        .isEqualTo(keysAsked);
    assertThatThrownBy(() -> manager().asTenant(ContractFixture.unique("nobody")))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  default void closingThePrimaryManager_closesItsTenantManagers() {
    String name = newTenant();
    SimulatorState own = state().administration().tenant(name).orElseThrow();
    Manager primary = sim().managerBuilder(backend()).build();
    Manager tenant = primary.asTenant(name);
    tenant.policies().list().stream().findFirst();

    primary.close();

    assertThatThrownBy(() -> tenant.policies().list().stream().findFirst())
        .isInstanceOf(IllegalStateException.class);
    assertThat(own.administration().apiKeys()).as("its key is gone with it").isEmpty();
  }
}
