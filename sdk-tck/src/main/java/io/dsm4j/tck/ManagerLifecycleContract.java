package io.dsm4j.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dsm4j.Backend;
import io.dsm4j.CredentialCheck;
import io.dsm4j.Manager;
import io.dsm4j.ManagerInfo;
import io.dsm4j.exception.AuthenticationException;
import io.dsm4j.exception.ConnectionException;
import io.dsm4j.model.ComputerAction;
import io.dsm4j.model.RuleKind;
import io.dsm4j.model.RuleQuery;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The manager itself: info, credential checks, sessions, closing, argument checks, secrets. Part of
 * {@link ManagerContractTest}.
 */
public interface ManagerLifecycleContract extends ContractFixture {

  @Test
  default void info_reportsTheBackendsAndTheirCapabilities() {
    ManagerInfo info = manager().info();

    assertThat(info.backends()).isEqualTo(manager().backends());
    assertThat(info.apiVersion()).isNotBlank();
    assertThat(info.capabilities().keySet()).isEqualTo(manager().backends());
    if (backend() != Backend.AUTO) {
      assertThat(info.backends()).containsExactly(backend());
    }
  }

  @Test
  default void verify_checksEveryConfiguredCredential() {
    List<CredentialCheck> checks = manager().verify();

    assertThat(checks)
        .extracting(CredentialCheck::backend)
        .containsExactlyElementsOf(manager().backends().stream().sorted().toList());
    assertThat(checks)
        .allSatisfy(
            c -> {
              assertThat(c.ok()).as(String.valueOf(c.failure())).isTrue();
              assertThat(c.reachable()).isTrue();
              assertThat(c.apiVersion()).isNotBlank();
            });
  }

  @Test
  default void verify_reportsEachRefusedCredential_evenNextToAnAcceptedOne() {
    // AUTO: a right API key with a wrong password; REST or SOAP alone: its only credential wrong.
    Manager.Builder b = sim().managerBuilder(backend());
    if (backend() == Backend.REST) {
      b.apiKey("2:not-the-key");
    } else {
      b.password("not-the-password".toCharArray());
    }
    try (Manager m = b.build()) {
      List<CredentialCheck> checks = m.verify();

      assertThat(checks).hasSize(m.backends().size());
      for (CredentialCheck c : checks) {
        boolean refused = backend() == Backend.REST || c.backend() == Backend.SOAP;
        assertThat(c.ok()).as(c.backend().name()).isEqualTo(!refused);
        assertThat(c.reachable()).isTrue();
        if (refused) {
          assertThat(c.failure()).isInstanceOf(AuthenticationException.class);
          assertThat(c.failure().getMessage()).doesNotContain("not-the-");
        }
      }
    }
  }

  @Test
  default void verify_anUnreachableManager_isReportedNotThrown() throws Exception {
    int port;
    try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
      port = s.getLocalPort();
    }
    Manager.Builder b = sim().managerBuilder(backend()).url("http://127.0.0.1:" + port);
    b.retry(io.dsm4j.RetryOptions.none());
    try (Manager m = b.build()) {
      assertThat(m.verify())
          .isNotEmpty()
          .allSatisfy(
              c -> {
                assertThat(c.reachable()).isFalse();
                assertThat(c.failure()).isInstanceOf(ConnectionException.class);
              });
    }
  }

  @Test
  default void close_endsTheSessionExactlyOnce() {
    Manager m = sim().managerBuilder(backend()).build();
    int opened = state().sessionsOpened();
    int ended = state().sessionsEnded();
    boolean soap = m.backends().contains(Backend.SOAP);
    if (soap) {
      m.securityUpdates().list().stream().toList(); // SOAP-only: AUTO opens its SOAP session too
      m.securityUpdates().list().stream().toList();
    } else {
      m.policies().list().stream().findFirst();
    }

    m.close();
    m.close();

    assertThat(state().sessionsOpened() - opened).isEqualTo(soap ? 1 : 0);
    assertThat(state().sessionsEnded() - ended).isEqualTo(soap ? 1 : 0);
  }

  @Test
  default void close_withoutAnyCall_opensNoSession() {
    int opened = state().sessionsOpened();
    int requests = state().requestCount();

    sim().managerBuilder(backend()).build().close();

    assertThat(state().sessionsOpened()).isEqualTo(opened);
    assertThat(state().requestCount()).isEqualTo(requests);
  }

  @Test
  default void closedManager_refusesCalls() {
    Manager m = sim().managerBuilder(backend()).build();
    m.close();

    assertThatThrownBy(() -> m.policies().get(1)).isInstanceOf(IllegalStateException.class);
  }

  @Test
  default void invalidArguments_failBeforeAnyRequest() {
    int before = state().requestCount();

    assertThatThrownBy(() -> manager().policies().get(0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> manager().policies().findByName(" "))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () ->
                manager()
                    .policies()
                    .assignments(RuleKind.INTRUSION_PREVENTION)
                    .assign(1, List.of()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> RuleQuery.builder().cve("CVE-21-1"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> manager().computers().run(ComputerAction.SEND_POLICY, List.of(1, -2)))
        .isInstanceOf(IllegalArgumentException.class);

    assertThat(state().requestCount()).isEqualTo(before);
  }

  @Test
  default void toString_neverShowsCredentials() {
    assertThat(manager().toString())
        .doesNotContain(sim().apiKey())
        .doesNotContain(sim().password());
    assertThat(sim().managerBuilder(backend()).toString())
        .doesNotContain(sim().apiKey())
        .doesNotContain(sim().password());
  }
}
