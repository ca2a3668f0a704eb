package io.dsm4j.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import io.dsm4j.Manager;
import io.dsm4j.RetryOptions;
import io.dsm4j.exception.AuthenticationException;
import io.dsm4j.exception.AuthorizationException;
import io.dsm4j.exception.ConflictException;
import io.dsm4j.exception.ConnectionException;
import io.dsm4j.exception.DsmException;
import io.dsm4j.exception.DsmTimeoutException;
import io.dsm4j.exception.InvalidRequestException;
import io.dsm4j.exception.NotFoundException;
import io.dsm4j.exception.ServerException;
import io.dsm4j.exception.ThrottledException;
import io.dsm4j.model.PolicyDraft;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The error contract, stated once: every backend maps the same wire failure to the same exception
 * type, with the operation, backend and status or fault, the cause kept, secrets nowhere, and the
 * retry rules of the core. A backend extends this with its {@link WireFixture}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class WireContractTest {
  private static final int ATTEMPTS = 3;

  /** The deadline of the TIMEOUT scenario, whose server waits 3 s before answering. */
  private static final Duration SHORT_DEADLINE = Duration.ofMillis(1500);

  private static final Map<Failure, Class<? extends DsmException>> EXPECTED =
      Map.of(
          Failure.UNAUTHENTICATED, AuthenticationException.class,
          Failure.FORBIDDEN, AuthorizationException.class,
          Failure.NOT_FOUND, NotFoundException.class,
          Failure.CONFLICT, ConflictException.class,
          Failure.INVALID, InvalidRequestException.class,
          Failure.THROTTLED, ThrottledException.class,
          Failure.SERVER_ERROR, ServerException.class,
          Failure.HTML_PAGE, ConnectionException.class,
          Failure.MALFORMED_BODY, ConnectionException.class,
          Failure.TIMEOUT, DsmTimeoutException.class);

  private static final String STORE_PASSWORD = "changeit";
  private final Path tlsDir = tempDir();
  private final Path keyStore = tlsDir.resolve("manager.p12");
  private final Path pem = tlsDir.resolve("manager.pem");
  private WireMockServer wm;
  private Manager manager;

  private static Path tempDir() {
    try {
      return Files.createTempDirectory("dsm4j-tls");
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /**
   * @return the backend's fixture
   */
  protected abstract WireFixture fixture();

  @BeforeAll
  void startServer() throws Exception {
    selfSignedCertificate();
    wm =
        new WireMockServer(
            WireMockConfiguration.options()
                .dynamicPort()
                .dynamicHttpsPort()
                .bindAddress("127.0.0.1")
                .keystorePath(keyStore.toString())
                .keystorePassword(STORE_PASSWORD)
                .keyManagerPassword(STORE_PASSWORD)
                .keystoreType("PKCS12"));
    wm.start();
  }

  /** A self-signed certificate for 127.0.0.1, like a manager's default one. */
  private void selfSignedCertificate() throws Exception {
    Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
    Process p =
        new ProcessBuilder(
                keytool.toString(),
                "-genkeypair",
                "-alias",
                "manager",
                "-keyalg",
                "RSA",
                "-keysize",
                "2048",
                "-dname",
                "CN=127.0.0.1",
                "-ext",
                "SAN=ip:127.0.0.1,dns:localhost",
                "-validity",
                "2",
                "-storetype",
                "PKCS12",
                "-keystore",
                keyStore.toString(),
                "-storepass",
                STORE_PASSWORD,
                "-keypass",
                STORE_PASSWORD)
            .redirectErrorStream(true)
            .start();
    String out =
        new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    assertThat(p.waitFor()).as(out).isZero();
    java.security.KeyStore ks = java.security.KeyStore.getInstance("PKCS12");
    try (var in = Files.newInputStream(keyStore)) {
      ks.load(in, STORE_PASSWORD.toCharArray());
    }
    byte[] der = ks.getCertificate("manager").getEncoded();
    Files.writeString(
        pem,
        "-----BEGIN CERTIFICATE-----\n"
            + java.util.Base64.getMimeEncoder(
                    64, "\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII))
                .encodeToString(der)
            + "\n-----END CERTIFICATE-----\n");
  }

  private Manager https(io.dsm4j.TlsOptions tls) {
    return fixture()
        .credentials(Manager.builder().url("https://127.0.0.1:" + wm.httpsPort()))
        .tls(tls)
        .retry(RetryOptions.none())
        .requestsPerMinute(0)
        .build();
  }

  @Test
  void tls_selfSignedManager_isRejectedByDefault() {
    fixture().stubFailure(wm, Failure.NOT_FOUND);
    try (Manager m = https(io.dsm4j.TlsOptions.defaults())) {
      assertThatThrownBy(() -> m.policies().get(7))
          .isInstanceOf(ConnectionException.class)
          .hasRootCauseInstanceOf(java.security.GeneralSecurityException.class);
    }
  }

  @Test
  void tls_trustingTheManagersPem_connects() {
    fixture().stubFailure(wm, Failure.NOT_FOUND);
    try (Manager m = https(io.dsm4j.TlsOptions.builder().trustedCertificatePem(pem).build())) {
      assertThatThrownBy(() -> m.policies().get(7)).isInstanceOf(NotFoundException.class);
    }
  }

  @Test
  void tls_trustingATrustStore_connects() {
    fixture().stubFailure(wm, Failure.NOT_FOUND);
    io.dsm4j.TlsOptions tls =
        io.dsm4j.TlsOptions.builder()
            .trustStore(keyStore, STORE_PASSWORD.toCharArray(), "PKCS12")
            .build();
    try (Manager m = https(tls)) {
      assertThatThrownBy(() -> m.policies().get(7)).isInstanceOf(NotFoundException.class);
    }
  }

  @Test
  void tls_insecureTrustAll_connects() {
    fixture().stubFailure(wm, Failure.NOT_FOUND);
    try (Manager m = https(io.dsm4j.TlsOptions.builder().insecureTrustAll().build())) {
      assertThatThrownBy(() -> m.policies().get(7)).isInstanceOf(NotFoundException.class);
    }
  }

  @AfterAll
  void stopServer() {
    wm.stop();
  }

  @BeforeEach
  void newManager() {
    wm.resetAll();
    manager = manager(Duration.ofSeconds(60));
  }

  /**
   * A manager whose calls may take {@code deadline}. Timeouts are far above what an answer takes on
   * any machine; only the TIMEOUT scenario uses a short deadline, against a server that delays its
   * answer for twice as long (the server's delay is the variable, not the machine's speed).
   */
  private Manager manager(Duration deadline) {
    return fixture()
        .credentials(Manager.builder().url("http://127.0.0.1:" + wm.port()))
        .readTimeout(Duration.ofSeconds(30))
        .callTimeout(deadline)
        .retry(new RetryOptions(ATTEMPTS, Duration.ofMillis(1), Duration.ofMillis(5)))
        .requestsPerMinute(0)
        .build();
  }

  @AfterEach
  void closeManager() {
    manager.close();
  }

  @ParameterizedTest
  @EnumSource(Failure.class)
  void policiesGet_whenManagerFails_raisesTypedErrorWithContext(Failure failure) {
    assumeTrue(
        fixture().stubFailure(wm, failure),
        fixture().backend() + " has no wire form of " + failure);

    DsmException e;
    try (Manager m = failure == Failure.TIMEOUT ? manager(SHORT_DEADLINE) : null) {
      Manager target = m != null ? m : manager;
      e = catchThrowableOfType(DsmException.class, () -> target.policies().get(7));
    }

    assertThat(e).isInstanceOf(EXPECTED.get(failure));
    assertThat(e.operation()).startsWith("policies.get");
    assertThat(e.backend()).isEqualTo(fixture().backend());
    assertThat(e.detail()).isNotBlank();
    if (e instanceof ConnectionException) {
      assertThat(e.getCause()).as("the cause is kept").isNotNull();
    } else {
      assertThat(e.httpStatus() > 0 || e.fault() != null).as("status or fault of %s", e).isTrue();
    }
    assertNoSecret(e);
  }

  @Test
  void read_failingWithServerErrorOrConnection_isRetried() {
    fixture().stubFailure(wm, Failure.HTML_PAGE);

    assertThatThrownBy(() -> manager.policies().get(7)).isInstanceOf(ConnectionException.class);

    assertThat(fixture().failingCalls(wm)).isEqualTo(ATTEMPTS);
  }

  @Test
  void write_failingWithConnectionError_isNotRetried() {
    fixture().stubFailure(wm, Failure.HTML_PAGE);

    assertThatThrownBy(() -> manager.policies().create(PolicyDraft.builder("x").build()))
        .isInstanceOf(ConnectionException.class);

    assertThat(fixture().failingCalls(wm)).isEqualTo(1);
  }

  @Test
  void write_throttled_isRetriedBecauseTheManagerDidNotProcessIt() {
    assumeTrue(fixture().stubFailure(wm, Failure.THROTTLED), "no rate limit in this protocol");

    assertThatThrownBy(() -> manager.policies().create(PolicyDraft.builder("x").build()))
        .isInstanceOf(ThrottledException.class);

    assertThat(fixture().failingCalls(wm)).isEqualTo(ATTEMPTS);
  }

  @Test
  void notFound_isNotRetried() {
    fixture().stubFailure(wm, Failure.NOT_FOUND);

    assertThatThrownBy(() -> manager.policies().get(7)).isInstanceOf(NotFoundException.class);

    assertThat(fixture().failingCalls(wm)).isEqualTo(1);
  }

  @Test
  void logsAndToString_neverContainTheSecret() throws Exception {
    for (Failure f : Failure.values()) {
      wm.resetAll();
      if (fixture().stubFailure(wm, f)) {
        try (Manager m = f == Failure.TIMEOUT ? manager(SHORT_DEADLINE) : null) {
          (m != null ? m : manager).policies().get(7);
        } catch (DsmException e) {
          assertNoSecret(e);
        }
      }
    }
    assertThat(manager.toString()).doesNotContain(fixture().secrets());
    String logFile = System.getProperty("org.slf4j.simpleLogger.logFile");
    assumeTrue(
        logFile != null && !logFile.startsWith("System."), "logs are not captured to a file");
    assertThat(Files.readString(Path.of(logFile))).doesNotContain(fixture().secrets());
  }

  private void assertNoSecret(Throwable e) {
    StringWriter trace = new StringWriter();
    e.printStackTrace(new PrintWriter(trace));
    assertThat(trace.toString()).doesNotContain(fixture().secrets());
  }
}
