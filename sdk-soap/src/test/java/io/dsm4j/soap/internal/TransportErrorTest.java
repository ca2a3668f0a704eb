package io.dsm4j.soap.internal;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.dsm4j.soap.internal.Wire.ok;
import static io.dsm4j.soap.internal.Wire.op;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.dsm4j.Backend;
import io.dsm4j.exception.ConnectionException;
import io.dsm4j.exception.DsmException;
import io.dsm4j.exception.DsmTimeoutException;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Answers that are not SOAP, broken connections and timeouts. */
class TransportErrorTest {
  @RegisterExtension
  static WireMockExtension wm =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private final AtomicInteger gate = new AtomicInteger();
  private SoapConnection conn;

  @BeforeEach
  void setUp() {
    Wire.signIn(wm);
    // Far above what any answer takes, on any machine (only slowAnswerIsATimeout waits).
    conn = new SoapConnection(Wire.config(wm.baseUrl(), gate, Duration.ofSeconds(30)));
  }

  @AfterEach
  void tearDown() {
    conn.close();
  }

  /** A clean error of the data call (not of signing in), without a stack trace or secret. */
  private static void assertClean(DsmException e) {
    assertThat(e.operation()).isEqualTo("securityProfileRetrieve");
    assertCleanAnyOp(e);
  }

  private static void assertCleanAnyOp(DsmException e) {
    assertThat(e.backend()).isEqualTo(Backend.SOAP);
    assertThat(e.getCause()).isNotNull();
    assertThat(e.getMessage()).doesNotContain("\tat ").doesNotContain(Wire.SID);
    assertThat(e.getMessage()).hasSizeLessThan(400);
  }

  @Test
  void htmlErrorPageIsAConnectionError() {
    wm.stubFor(
        op("securityProfileRetrieve")
            .willReturn(
                aResponse()
                    .withStatus(503)
                    .withHeader("Content-Type", "text/html")
                    .withBody("<html><body><h1>503 Service Unavailable</h1></body></html>")));
    assertThatThrownBy(() -> conn.policies().orElseThrow().get(1))
        .isInstanceOfSatisfying(
            ConnectionException.class,
            e -> {
              assertClean(e);
              assertThat(e.httpStatus()).isEqualTo(503);
              assertThat(e.fault()).isNull();
            });
  }

  @Test
  void htmlPageWithStatus200IsAConnectionError() {
    wm.stubFor(
        op("securityProfileRetrieve")
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withHeader("Content-Type", "text/html; charset=utf-8")
                    .withBody("<html><body>Please sign in</body></html>")));
    assertThatThrownBy(() -> conn.policies().orElseThrow().get(1))
        .isInstanceOfSatisfying(ConnectionException.class, TransportErrorTest::assertClean);
  }

  @Test
  void htmlPageWithStatus500IsAConnectionError() {
    wm.stubFor(
        op("securityProfileRetrieve")
            .willReturn(
                aResponse()
                    .withStatus(500)
                    .withHeader("Content-Type", "text/html")
                    .withBody("<html><body>Internal Server Error</body></html>")));
    assertThatThrownBy(() -> conn.policies().orElseThrow().get(1))
        .isInstanceOfSatisfying(ConnectionException.class, TransportErrorTest::assertClean);
  }

  @Test
  void truncatedEnvelopeIsAConnectionError() {
    String whole = Wire.returning("securityProfileRetrieve", "<ID>1</ID><name>Base</name>");
    wm.stubFor(
        op("securityProfileRetrieve").willReturn(ok(whole.substring(0, whole.length() / 2))));
    assertThatThrownBy(() -> conn.policies().orElseThrow().get(1))
        .isInstanceOfSatisfying(
            ConnectionException.class,
            e -> {
              assertClean(e);
              assertThat(e.getMessage()).contains("not a readable SOAP message");
            });
  }

  @Test
  void notXmlIsAConnectionError() {
    wm.stubFor(op("securityProfileRetrieve").willReturn(ok("this is not xml at all")));
    assertThatThrownBy(() -> conn.policies().orElseThrow().get(1))
        .isInstanceOfSatisfying(ConnectionException.class, TransportErrorTest::assertClean);
  }

  @Test
  void resetConnectionIsAConnectionError() {
    wm.stubFor(
        op("securityProfileRetrieve")
            .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
    assertThatThrownBy(() -> conn.policies().orElseThrow().get(1))
        .isInstanceOfSatisfying(ConnectionException.class, TransportErrorTest::assertClean);
  }

  @Test
  void refusedConnectionIsAConnectionError() throws IOException {
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort(); // closed again: nothing listens there
    }
    try (SoapConnection c =
        new SoapConnection(Wire.config("http://127.0.0.1:" + port, new AtomicInteger()))) {
      assertThatThrownBy(() -> c.policies().orElseThrow().get(1))
          .isInstanceOfSatisfying(
              ConnectionException.class,
              e -> {
                assertCleanAnyOp(e);
                assertThat(e).isNotInstanceOf(DsmTimeoutException.class);
                assertThat(e.operation()).isEqualTo("authenticate");
              });
    }
  }

  @Test
  void slowAnswerIsATimeout() {
    wm.stubFor(
        op("securityProfileRetrieve")
            .willReturn(
                ok(Wire.returning("securityProfileRetrieve", "<ID>1</ID>")).withFixedDelay(3000)));
    // The server's delay (3 s) is the variable: three times the read timeout.
    try (SoapConnection slow =
        new SoapConnection(Wire.config(wm.baseUrl(), gate, Duration.ofSeconds(1)))) {
      assertThatThrownBy(() -> slow.policies().orElseThrow().get(1))
          .isInstanceOfSatisfying(DsmTimeoutException.class, TransportErrorTest::assertClean);
    }
  }

  @Test
  void externalEntitiesAreNeverResolved(@TempDir Path dir) throws IOException {
    Path secret = dir.resolve("secret.txt");
    Files.writeString(secret, "TOP-SECRET-FILE-CONTENT");
    wm.stubFor(get(urlEqualTo("/xxe")).willReturn(aResponse().withBody("FETCHED-BY-PARSER")));
    String body =
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>"
            + "<!DOCTYPE soapenv:Envelope ["
            + "<!ENTITY file SYSTEM \""
            + secret.toUri()
            + "\">"
            + "<!ENTITY remote SYSTEM \""
            + wm.baseUrl()
            + "/xxe\">]>"
            + "<soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\">"
            + "<soapenv:Body><securityProfileRetrieveResponse xmlns=\"urn:Manager\">"
            + "<securityProfileRetrieveReturn><ID>1</ID><description>&file;&remote;</description>"
            + "<name>x</name></securityProfileRetrieveReturn>"
            + "</securityProfileRetrieveResponse></soapenv:Body></soapenv:Envelope>";
    wm.stubFor(op("securityProfileRetrieve").willReturn(ok(body)));
    assertThatThrownBy(() -> conn.policies().orElseThrow().get(1))
        .isInstanceOfSatisfying(
            ConnectionException.class,
            e -> {
              assertClean(e);
              assertThat(e.getMessage())
                  .doesNotContain("TOP-SECRET-FILE-CONTENT")
                  .doesNotContain("FETCHED-BY-PARSER");
            });
    wm.verify(0, getRequestedFor(urlEqualTo("/xxe")));
    assertThat(wm.findAll(anyRequestedFor(urlEqualTo("/xxe")))).isEmpty();
  }
}
