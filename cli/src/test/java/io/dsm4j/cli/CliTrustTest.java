package io.dsm4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.dsm4j.TlsOptions;
import io.dsm4j.cli.CliRunner.Run;
import io.dsm4j.cli.StubManager.Answer;
import io.dsm4j.model.Policy;
import io.dsm4j.testkit.Fault;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Issue 9 on the command line: no secret in any output, a server's text never reaches the terminal
 * raw, warnings for secrets on the command line or in shared files, retries said aloud.
 */
class CliTrustTest extends CliSimulatorFixture {
  private static final String KEY = "2:stub-key-7f3a9c";
  private static final String PASSWORD = "stub-Passw0rd-91x";
  private static final String SESSION = "4F1D2C3B4A5968778695A4B3C2D1E0F0";

  /** A manager that quotes every secret it receives back in its errors. */
  private static StubManager echoingManager() throws Exception {
    return new StubManager(
        r -> {
          if (r.path().startsWith("/api")) {
            return Answer.json(
                401, "{\"message\":\"Invalid API key " + r.apiKey() + " for " + r.path() + "\"}");
          }
          if (r.body().contains("authenticate") && r.body().contains(PASSWORD)) {
            return Answer.xml(200, StubManager.soapReturn("authenticate", SESSION));
          }
          // Anything else: a fault quoting the whole request (session ID, password).
          return Answer.xml(
              500, StubManager.soapFault("ManagerException", "rejected: " + r.body()));
        });
  }

  @Test
  void secretsNeverReachTheOutput_evenWithDebugStackTraces() throws Exception {
    try (StubManager stub = echoingManager()) {
      Map<String, String> env =
          Map.of(
              "DSM_URL",
              stub.url(),
              "DSM_API_KEY",
              KEY,
              "DSM_USERNAME",
              "u",
              "DSM_PASSWORD",
              PASSWORD);
      List<Run> runs =
          List.of(
              CliRunner.run(env, "--debug", "--backend", "soap", "updates", "list"),
              CliRunner.run(
                  env, "--debug", "--backend", "soap", "--output", "json", "policies", "list"),
              CliRunner.run(env, "--debug", "--backend", "rest", "policies", "list"),
              CliRunner.run(env, "--debug", "info"),
              CliRunner.run(
                  Map.of("DSM_URL", stub.url()),
                  "--debug",
                  "--username",
                  "u",
                  "--password",
                  "wrong-" + PASSWORD,
                  "updates",
                  "list"));
      for (Run r : runs) {
        assertThat(r.code()).as(r.err()).isEqualTo(1);
        assertThat(r.err()).contains("\tat ").as("--debug prints the stack trace");
        assertThat(r.all()).doesNotContain(KEY).doesNotContain(PASSWORD).doesNotContain(SESSION);
      }
    }
  }

  @Test
  void parseErrors_neverEchoASecret() {
    Run misspelt = CliRunner.run(env(), "--apikey", "s3cret-typed-key", "policies", "list");
    assertThat(misspelt.code()).isEqualTo(2);
    assertThat(misspelt.err()).contains("--apikey").doesNotContain("s3cret-typed-key");

    Run extra =
        CliRunner.run(env(), "policies", "list", "--password", "s3cret-typed-pw", "unexpected");
    assertThat(extra.code()).isEqualTo(2);
    assertThat(extra.err()).doesNotContain("s3cret-typed-pw");
  }

  @Test
  void aServersTextNeverReachesTheTerminalRaw() throws Exception {
    String evil = "Evil\u001b[2J\r\ndsm4j: forged line \u009b31m\u202e";
    Policy p = sim.state().addPolicy(evil, null);

    Run table = CliRunner.run(env(), "policies", "list");
    assertThat(table.code()).isZero();
    assertThat(table.out()).doesNotContain("\u001b").doesNotContain("\u009b").doesNotContain("\r");
    assertThat(table.out()).doesNotContain("\u202e");
    assertThat(table.out().lines()).noneMatch(l -> l.startsWith("dsm4j:"));
    assertThat(table.out().lines().count()).isEqualTo(sim.state().policies().size() + 1);
    assertThat(table.out()).contains("Evil\\u001b[2J");

    Run json = CliRunner.run(env(), "--output", "json", "policies", "get", String.valueOf(p.id()));
    assertThat(json.out())
        .doesNotContain("\u001b")
        .doesNotContain("\u009b")
        .doesNotContain("\u202e");
    assertThat(json.json().get(0).get("name").asText()).isEqualTo(evil);

    Run error = CliRunner.run(env(), "policies", "get", "Evil");
    assertThat(error.code()).isEqualTo(1);
    assertThat(error.errLines()).hasSize(1);
    assertThat(error.err()).doesNotContain("\u001b").doesNotContain("\r").doesNotContain("\u009b");
  }

  @Test
  void aManagersErrorMessage_isOneEscapedLine() throws Exception {
    try (StubManager stub =
        new StubManager(
            r ->
                Answer.json(
                    404, "{\"message\":\"gone\\n\\u001b[31mdsm4j: everything is fine\\r\"}"))) {
      Run r =
          CliRunner.run(Map.of("DSM_URL", stub.url(), "DSM_API_KEY", KEY), "policies", "get", "7");
      assertThat(r.code()).isEqualTo(1);
      assertThat(r.errLines()).hasSize(1);
      assertThat(r.err()).startsWith("dsm4j: ").doesNotContain("\u001b").doesNotContain("\r");
    }
  }

  @Test
  void secretsOnTheCommandLine_areWarnedAbout() {
    Run key =
        CliRunner.run(
            Map.of("DSM_URL", sim.url().toString()), "--api-key", sim.apiKey(), "policies", "list");
    assertThat(key.code()).isZero();
    assertThat(key.errLines())
        .singleElement()
        .asString()
        .contains("warning: --api-key")
        .contains("--api-key-file")
        .contains("DSM_API_KEY");

    Run password =
        CliRunner.run(
            Map.of("DSM_URL", sim.url().toString()),
            "--username",
            sim.username(),
            "--password",
            sim.password(),
            "updates",
            "list");
    assertThat(password.code()).isZero();
    assertThat(password.err()).contains("warning: --password").contains("--password-file");
  }

  @Test
  void aSecretFileOthersCanRead_isWarnedAbout() throws Exception {
    Path shared = Files.writeString(dir.resolve("shared-key"), sim.apiKey() + "\n");
    Files.setPosixFilePermissions(shared, PosixFilePermissions.fromString("rw-r--r--"));
    Path own = Files.writeString(dir.resolve("own-key"), sim.apiKey() + "\n");
    Files.setPosixFilePermissions(own, PosixFilePermissions.fromString("rw-------"));
    Map<String, String> env = Map.of("DSM_URL", sim.url().toString());

    Run warned = CliRunner.run(env, "--api-key-file", shared.toString(), "policies", "list");
    assertThat(warned.code()).isZero();
    assertThat(warned.errLines())
        .singleElement()
        .asString()
        .contains(shared.toString())
        .contains("can be read by other users")
        .contains("chmod 600");

    Run quiet = CliRunner.run(env, "--api-key-file", own.toString(), "policies", "list");
    assertThat(quiet.code()).isZero();
    assertThat(quiet.err()).isEmpty();

    Path pw = Files.writeString(dir.resolve("pw"), sim.password() + "\n");
    Files.setPosixFilePermissions(pw, PosixFilePermissions.fromString("rw-rw----"));
    Run group =
        CliRunner.run(
            env, "--username", sim.username(), "--password-file", pw.toString(), "updates", "list");
    assertThat(group.code()).isZero();
    assertThat(group.err()).contains("can be read by other users");
  }

  @Test
  void aRetriedCall_isSaidOnStderr() {
    sim.injectFault(Fault.HTTP_500, 1);
    Run r = CliRunner.run(env(), "--backend", "rest", "policies", "list");

    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.errLines())
        .singleElement()
        .asString()
        .matches("dsm4j: retrying in [0-9.]+s \\(2/5\\): policies\\.list.*HTTP 500.*");
  }

  @Test
  void pinsAreParsedAndGivenToTheTransport() {
    String fp = "ab".repeat(32);
    Dsm4j root = new Dsm4j();
    root.env = Map.of();
    root.pins = List.of(fp.toUpperCase().replaceAll("(..)(?!$)", "$1:"));
    TlsOptions tls = new Connector(root).tlsOptions();
    assertThat(tls.pinnedSha256()).containsExactly(fp);

    Run bad = CliRunner.run(env(), "--pin-sha256", "not-a-fingerprint", "policies", "list");
    assertThat(bad.code()).isEqualTo(2);
    assertThat(bad.err()).contains("--pin-sha256").contains("64 hex digits");
  }

  @Test
  void jsonErrors_areOneJsonObjectOnStderr() throws Exception {
    Run r =
        CliRunner.run(env(), "--output", "json", "--backend", "rest", "policies", "get", "999999");
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.errLines()).hasSize(1);
    JsonNode e = CliRunner.JSON.readTree(r.err());
    assertThat(e.get("error").asText()).contains("999999");
    assertThat(e.get("operation").asText()).startsWith("policies.get");
    assertThat(e.get("status").asInt()).isEqualTo(404);
    assertThat(e.get("exitCode").asInt()).isEqualTo(1);
    assertThat(e.get("type").asText()).isEqualTo("NotFoundException");

    Run usage = CliRunner.run(env(), "--output", "json", "rules", "list", "--kind", "nope");
    assertThat(usage.code()).isEqualTo(2);
    JsonNode u = CliRunner.JSON.readTree(usage.err());
    assertThat(u.get("type").asText()).isEqualTo("usage");
    assertThat(u.get("status").isNull()).isTrue();
  }

  @Test
  void stderrMasksAndEscapes_evenBytesWrittenAroundPrint() {
    io.dsm4j.spi.Secrets secrets = new io.dsm4j.spi.Secrets();
    secrets.add("top-secret-123");
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    Terminal.SafeStream err = new Terminal.SafeStream(bytes, secrets);
    // As a java.util.logging handler writes: through a Writer, as bytes.
    java.io.PrintWriter log =
        new java.io.PrintWriter(
            new java.io.OutputStreamWriter(err, java.nio.charset.StandardCharsets.UTF_8), true);
    log.println("log: top-secret-123 \u001b[2J <sID>ABCDEF0123</sID> sID=FEDCBA9876");
    err.println("line one\ndsm4j: forged");

    String text = bytes.toString(java.nio.charset.StandardCharsets.UTF_8);
    assertThat(text).doesNotContain("top-secret-123").doesNotContain("\u001b");
    assertThat(text).contains("log: **** \\u001b[2J <sID>****</sID> sID=****");
    assertThat(text.lines()).noneMatch(l -> l.startsWith("dsm4j: forged"));
    assertThat(err.lines()).isEqualTo(2);
  }
}
