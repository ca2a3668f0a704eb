package io.dsm4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import io.dsm4j.ServerCertificates;
import io.dsm4j.cli.CliRunner.Run;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** {@code dsm4j trust-cert} against a self-signed TLS server on loopback. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TrustCertTest {
  @TempDir static Path dir;
  private HttpsServer server;
  private X509Certificate cert;

  @BeforeAll
  void start() throws Exception {
    Path store = dir.resolve("server.p12");
    String keytool = Path.of(System.getProperty("java.home"), "bin", "keytool").toString();
    Process p =
        new ProcessBuilder(
                keytool,
                "-genkeypair",
                "-alias",
                "dsm",
                "-keyalg",
                "EC",
                "-groupname",
                "secp256r1",
                "-dname",
                "CN=dsm.test.local,O=dsm4j test",
                "-ext",
                "SAN=dns:dsm.test.local,ip:127.0.0.1",
                "-validity",
                "30",
                "-storetype",
                "PKCS12",
                "-keystore",
                store.toString(),
                "-storepass",
                "changeit")
            .redirectErrorStream(true)
            .start();
    String output = new String(p.getInputStream().readAllBytes());
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(output).isZero();
    KeyStore ks = KeyStore.getInstance("PKCS12");
    try (InputStream in = Files.newInputStream(store)) {
      ks.load(in, "changeit".toCharArray());
    }
    cert = (X509Certificate) ks.getCertificate("dsm");
    KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
    kmf.init(ks, "changeit".toCharArray());
    SSLContext ctx = SSLContext.getInstance("TLS");
    ctx.init(kmf.getKeyManagers(), null, null);
    server = HttpsServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 4);
    server.setHttpsConfigurator(new HttpsConfigurator(ctx));
    server.createContext(
        "/",
        ex -> {
          ex.sendResponseHeaders(404, -1);
          ex.close();
        });
    server.start();
  }

  @AfterAll
  void stop() {
    server.stop(0);
  }

  private String url() {
    return "https://127.0.0.1:" + server.getAddress().getPort();
  }

  @Test
  void savesThePemAndShowsTheFingerprintToCompare() throws Exception {
    Path pem = dir.resolve("dsm.pem");
    Run r =
        CliRunner.run(
            Map.of(), "--output", "json", "trust-cert", "--url", url(), "--out", pem.toString());

    assertThat(r.code()).as(r.err()).isZero();
    JsonNode v = r.json().get(0);
    String expected = ServerCertificates.display(ServerCertificates.sha256(cert));
    assertThat(v.get("sha256").asText())
        .isEqualTo(expected)
        .matches("([0-9A-F]{2}:){31}[0-9A-F]{2}");
    assertThat(v.get("subject").asText()).contains("CN=dsm.test.local");
    assertThat(v.get("issuer").asText()).contains("CN=dsm.test.local");
    assertThat(v.get("selfSigned").asBoolean()).isTrue();
    assertThat(v.get("notAfter").asText()).endsWith("Z");
    assertThat(r.err())
        .contains("compare the SHA-256 fingerprint")
        .contains("--pin-sha256 " + expected);
    X509Certificate saved =
        (X509Certificate)
            CertificateFactory.getInstance("X.509")
                .generateCertificate(new ByteArrayInputStream(Files.readAllBytes(pem)));
    assertThat(saved).isEqualTo(cert);
    assertThat(Files.readString(pem)).startsWith("-----BEGIN CERTIFICATE-----");

    Run again = CliRunner.run(Map.of(), "trust-cert", "--url", url(), "--out", pem.toString());
    assertThat(again.code()).isEqualTo(1);
    assertThat(again.errLines()).singleElement().asString().contains("exists").contains("--force");

    Files.writeString(pem, "old");
    Run forced =
        CliRunner.run(Map.of(), "trust-cert", "--url", url(), "--out", pem.toString(), "--force");
    assertThat(forced.code()).as(forced.err()).isZero();
    assertThat(forced.out()).contains("sha256").contains(expected);
    assertThat(Files.readString(pem)).startsWith("-----BEGIN CERTIFICATE-----");
  }

  @Test
  void needsAnHttpsUrl() {
    Run r =
        CliRunner.run(
            Map.of(),
            "trust-cert",
            "--url",
            "http://127.0.0.1:1",
            "--out",
            dir.resolve("x.pem").toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("https://");
  }

  /**
   * The whole path of a self-signed manager: trust its saved certificate and pin its fingerprint; a
   * wrong pin is refused on the wire, once, with words that say what to do.
   */
  @Test
  void aSavedCertificateAndItsPin_areEnforcedOnTheWire() throws Exception {
    Path pem = dir.resolve("pinned.pem");
    assertThat(
            CliRunner.run(Map.of(), "trust-cert", "--url", url(), "--out", pem.toString()).code())
        .isZero();
    Map<String, String> env = Map.of("DSM_URL", url(), "DSM_API_KEY", "2:pin-test-key");
    String right = ServerCertificates.display(ServerCertificates.sha256(cert));
    String wrong = "AA" + right.substring(2);

    // The server answers every path with 404: reaching it proves the TLS checks passed.
    Run trusted =
        CliRunner.run(
            env, "--trust-cert", pem.toString(), "--pin-sha256", right, "policies", "get", "1");
    assertThat(trusted.code()).as(trusted.err()).isEqualTo(1);
    assertThat(trusted.err()).contains("404").doesNotContain("certificate");

    Run pinned =
        CliRunner.run(
            env, "--trust-cert", pem.toString(), "--pin-sha256", wrong, "policies", "get", "1");
    assertThat(pinned.code()).isEqualTo(1);
    // "404" as a status, not as digits of the random port in the message.
    assertThat(pinned.errLines())
        .singleElement()
        .asString()
        .contains("pin")
        .doesNotContainPattern("(?<![0-9])404(?![0-9])");

    Run untrusted = CliRunner.run(env, "policies", "get", "1");
    assertThat(untrusted.code()).isEqualTo(1);
    assertThat(untrusted.errLines())
        .singleElement()
        .asString()
        .contains("--trust-cert")
        .contains("trust-cert --url");
  }
}
