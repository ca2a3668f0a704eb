package io.dsm4j.soap.internal;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static io.dsm4j.soap.internal.Wire.fault;
import static io.dsm4j.soap.internal.Wire.faultResponse;
import static io.dsm4j.soap.internal.Wire.ok;
import static io.dsm4j.soap.internal.Wire.op;
import static io.dsm4j.soap.internal.Wire.requested;
import static io.dsm4j.soap.internal.Wire.response;
import static io.dsm4j.soap.internal.Wire.returning;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.dsm4j.exception.AuthenticationException;
import io.dsm4j.exception.DsmException;
import io.dsm4j.model.Policy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Signing in, renewing an expired session once, ending it once, and keeping secrets out. */
class SessionTest {
  @RegisterExtension
  static WireMockExtension wm =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  static final String S1 = "1111111111AAAAAAAAAA";
  static final String S2 = "2222222222BBBBBBBBBB";
  static final String POLICY = "<ID>1</ID><description xsi:nil=\"true\"/><name>Base Policy</name>";

  private final AtomicInteger gate = new AtomicInteger();

  private SoapConnection connect() {
    return new SoapConnection(Wire.config(wm.baseUrl(), gate));
  }

  /** authenticate answers S1, then S2; the policy read fails with S1 and works with S2. */
  private void expiringSession(String element, String name) {
    wm.stubFor(
        op("authenticate")
            .inScenario("login")
            .whenScenarioStateIs(STARTED)
            .willReturn(ok(returning("authenticate", S1)))
            .willSetStateTo("second"));
    wm.stubFor(
        op("authenticate")
            .inScenario("login")
            .whenScenarioStateIs("second")
            .willReturn(ok(returning("authenticate", S2))));
    wm.stubFor(
        op("securityProfileRetrieve")
            .withRequestBody(containing(S1))
            .willReturn(faultResponse(fault(element, name, "session " + S1 + " timed out"))));
    wm.stubFor(
        op("securityProfileRetrieve")
            .withRequestBody(containing(S2))
            .willReturn(ok(returning("securityProfileRetrieve", POLICY))));
    wm.stubFor(op("endSession").willReturn(ok(response("endSession", ""))));
  }

  @ParameterizedTest
  @CsvSource({"fault6, ManagerTimeoutException", "fault2, ManagerAuthenticationException"})
  void expiredSessionIsRenewedOnce(String element, String name) {
    expiringSession(element, name);
    try (SoapConnection c = connect()) {
      assertThat(c.policies().orElseThrow().get(1).name()).isEqualTo("Base Policy");
    }
    wm.verify(2, requested("authenticate"));
    wm.verify(2, requested("securityProfileRetrieve"));
    wm.verify(1, requested("endSession").withRequestBody(containing(S2)));
    assertThat(gate.get()).isEqualTo(wm.getAllServeEvents().size());
  }

  @Test
  void concurrentCallersShareOneRenewal() throws Exception {
    expiringSession("fault6", "ManagerTimeoutException");
    int threads = 12;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try (SoapConnection c = connect()) {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<Policy>> results = new ArrayList<>();
      for (int i = 0; i < threads; i++) {
        Callable<Policy> task =
            () -> {
              start.await();
              return c.policies().orElseThrow().get(1);
            };
        results.add(pool.submit(task));
      }
      start.countDown();
      for (Future<Policy> f : results) {
        assertThat(f.get(30, TimeUnit.SECONDS).id()).isEqualTo(1);
      }
    } finally {
      pool.shutdownNow();
    }
    // One sign-in at first, exactly one renewal for all of them.
    wm.verify(2, requested("authenticate"));
    wm.verify(1, requested("endSession"));
  }

  @Test
  void aSessionThatStaysInvalidStopsAtTheRenewalLimit() {
    Wire.signIn(wm);
    wm.stubFor(
        op("securityProfileRetrieve")
            .willReturn(
                faultResponse(fault("fault2", "ManagerAuthenticationException", "bad session"))));
    try (SoapConnection c = connect()) {
      assertThatThrownBy(() -> c.policies().orElseThrow().get(1))
          .isInstanceOfSatisfying(
              AuthenticationException.class,
              e -> assertThat(e.fault()).isEqualTo("ManagerAuthenticationException"));
    }
    wm.verify(1 + SoapClient.MAX_RENEWALS, requested("authenticate"));
    wm.verify(1 + SoapClient.MAX_RENEWALS, requested("securityProfileRetrieve"));
  }

  /** A long call that outlives two sessions: each expiry is renewed, not just the first. */
  @Test
  void aCallOverlappingTwoExpiriesRenewsTwice() {
    String s3 = "3333333333CCCCCCCCCC";
    String[] states = {STARTED, "second", "third"};
    String[] sids = {S1, S2, s3};
    for (int i = 0; i < 3; i++) {
      var stub =
          op("authenticate")
              .inScenario("login")
              .whenScenarioStateIs(states[i])
              .willReturn(ok(returning("authenticate", sids[i])));
      wm.stubFor(i < 2 ? stub.willSetStateTo(states[i + 1]) : stub);
    }
    for (String stale : new String[] {S1, S2}) {
      wm.stubFor(
          op("securityProfileRetrieve")
              .withRequestBody(containing(stale))
              .willReturn(
                  faultResponse(fault("fault6", "ManagerTimeoutException", "session timed out"))));
    }
    wm.stubFor(
        op("securityProfileRetrieve")
            .withRequestBody(containing(s3))
            .willReturn(ok(returning("securityProfileRetrieve", POLICY))));
    wm.stubFor(op("endSession").willReturn(ok(response("endSession", ""))));
    try (SoapConnection c = connect()) {
      assertThat(c.policies().orElseThrow().get(1).name()).isEqualTo("Base Policy");
    }
    wm.verify(3, requested("authenticate"));
    wm.verify(3, requested("securityProfileRetrieve"));
  }

  /** A renewal refused by the manager ends the call: no sign-in loop. */
  @Test
  void aRenewalThatFailsStopsTheCall() {
    wm.stubFor(
        op("authenticate")
            .inScenario("login")
            .whenScenarioStateIs(STARTED)
            .willReturn(ok(returning("authenticate", S1)))
            .willSetStateTo("locked"));
    wm.stubFor(
        op("authenticate")
            .inScenario("login")
            .whenScenarioStateIs("locked")
            .willReturn(faultResponse(fault("fault1", "ManagerLockoutException", "locked out"))));
    wm.stubFor(
        op("securityProfileRetrieve")
            .willReturn(
                faultResponse(fault("fault6", "ManagerTimeoutException", "session timed out"))));
    try (SoapConnection c = connect()) {
      assertThatThrownBy(() -> c.policies().orElseThrow().get(1))
          .isInstanceOfSatisfying(
              AuthenticationException.class,
              e -> assertThat(e.fault()).isEqualTo("ManagerLockoutException"));
    }
    wm.verify(2, requested("authenticate"));
    wm.verify(1, requested("securityProfileRetrieve"));
  }

  @Test
  void lockoutIsNotRetried() {
    Wire.signIn(wm);
    wm.stubFor(
        op("securityProfileRetrieve")
            .willReturn(faultResponse(fault("fault1", "ManagerLockoutException", "locked"))));
    try (SoapConnection c = connect()) {
      assertThatThrownBy(() -> c.policies().orElseThrow().get(1))
          .isInstanceOf(AuthenticationException.class);
    }
    wm.verify(1, requested("authenticate"));
    wm.verify(1, requested("securityProfileRetrieve"));
  }

  @Test
  void badCredentialsFailTheCallWithoutLeakingThePassword() {
    wm.stubFor(
        op("authenticate")
            .willReturn(
                faultResponse(
                    fault(
                        "fault2",
                        "ManagerAuthenticationException",
                        "Invalid password " + Wire.PASSWORD + " for api-user"))));
    try (SoapConnection c = connect()) {
      assertThatThrownBy(() -> c.policies().orElseThrow().get(1))
          .isInstanceOfSatisfying(
              AuthenticationException.class,
              e -> {
                assertThat(e.operation()).isEqualTo("authenticate");
                assertThat(e.getMessage()).doesNotContain(Wire.PASSWORD).contains("****");
              });
    }
    wm.verify(0, requested("securityProfileRetrieve"));
    wm.verify(0, requested("endSession"));
  }

  @Test
  void tenantSignsInWithAuthenticateTenant() {
    wm.stubFor(op("authenticateTenant").willReturn(ok(returning("authenticateTenant", S1))));
    wm.stubFor(
        op("securityProfileRetrieve").willReturn(ok(returning("securityProfileRetrieve", POLICY))));
    wm.stubFor(op("endSession").willReturn(ok(response("endSession", ""))));
    var config =
        Wire.config(Wire.builder(wm.baseUrl(), Duration.ofSeconds(5)).tenant("Tenant A"), gate);
    try (SoapConnection c = new SoapConnection(config)) {
      c.policies().orElseThrow().get(1);
    }
    wm.verify(
        1,
        requested("authenticateTenant")
            .withRequestBody(containing("<tenantName>Tenant A</tenantName>")));
    wm.verify(0, requested("authenticate"));
  }

  @Test
  void closeEndsTheSessionExactlyOnce() {
    Wire.signIn(wm);
    wm.stubFor(
        op("securityProfileRetrieve").willReturn(ok(returning("securityProfileRetrieve", POLICY))));
    SoapConnection c = connect();
    c.policies().orElseThrow().get(1);
    c.policies().orElseThrow().get(1);
    c.close();
    c.close();
    wm.verify(1, requested("authenticate"));
    wm.verify(1, requested("endSession").withRequestBody(containing(Wire.SID)));
    assertThatThrownBy(() -> c.policies().orElseThrow().get(1))
        .isInstanceOf(IllegalStateException.class);
    wm.verify(2, requested("securityProfileRetrieve"));
  }

  @Test
  void closeWithoutASessionSendsNothing() {
    Wire.signIn(wm);
    SoapConnection c = connect();
    c.close();
    assertThat(wm.getAllServeEvents()).isEmpty();
    assertThat(gate.get()).isZero();
  }

  @Test
  void closeNeverThrowsWhenEndSessionFails() {
    Wire.signIn(wm);
    wm.stubFor(op("endSession").willReturn(faultResponse("<html>oops</html>")));
    wm.stubFor(
        op("securityProfileRetrieve").willReturn(ok(returning("securityProfileRetrieve", POLICY))));
    SoapConnection c = connect();
    c.policies().orElseThrow().get(1);
    c.close();
    wm.verify(1, requested("endSession"));
  }

  @Test
  void secretsStayOutOfMessagesAndToString() {
    Wire.signIn(wm);
    wm.stubFor(
        op("securityProfileRetrieve")
            .willReturn(
                faultResponse(
                    fault(
                        "fault",
                        "ManagerException",
                        "internal error for session " + Wire.SID + " and " + Wire.PASSWORD))));
    try (SoapConnection c = connect()) {
      DsmException e = null;
      try {
        c.policies().orElseThrow().get(1);
      } catch (DsmException thrown) {
        e = thrown;
      }
      assertThat(e).isNotNull();
      assertThat(e.getMessage()).doesNotContain(Wire.SID).doesNotContain(Wire.PASSWORD);
      assertThat(e.detail()).doesNotContain(Wire.SID).contains("****");
      assertThat(c.toString()).doesNotContain(Wire.SID).doesNotContain(Wire.PASSWORD);
    }
  }
}
