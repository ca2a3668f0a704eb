package io.dsm4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.dsm4j.cli.StubManager.Answer;
import io.dsm4j.testkit.DsmSimulator;
import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packaged CLI in its own process: signals, the standalone simulator, debug logs. */
class CliProcessIT {
  private static final String JAVA =
      Path.of(System.getProperty("java.home"), "bin", "java").toString();
  private static final String JAR = System.getProperty("dsm4j.jar", "target/dsm4j.jar");

  @TempDir Path dir;

  private static ProcessBuilder dsm4j(Map<String, String> env, String... args) {
    List<String> cmd = new java.util.ArrayList<>(List.of(JAVA, "-jar", JAR));
    cmd.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(cmd);
    pb.environment().keySet().removeIf(k -> k.startsWith("DSM_"));
    pb.environment().putAll(env);
    return pb;
  }

  @Test
  void sigtermInTheMiddleOfASlowSoapCall_endsTheSession() throws Exception {
    assertThat(new File(JAR)).exists();
    try (DsmSimulator sim = DsmSimulator.builder().start()) {
      sim.delaySoapOperation("DPIRuleRetrieveAll", Duration.ofMinutes(2));
      Path log = dir.resolve("cli.log");
      Process cli =
          dsm4j(
                  Map.of(
                      "DSM_URL", sim.url().toString(),
                      "DSM_USERNAME", sim.username(),
                      "DSM_PASSWORD", sim.password()),
                  "--backend",
                  "soap",
                  "rules",
                  "list",
                  "--kind",
                  "ips")
              .redirectErrorStream(true)
              .redirectOutput(log.toFile())
              .start();
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
      while (sim.state().operationCounts().getOrDefault("soap:DPIRuleRetrieveAll", 0) == 0) {
        assertThat(cli.isAlive()).as(Files.readString(log)).isTrue();
        assertThat(System.nanoTime()).as("the slow call was never made").isLessThan(deadline);
        Thread.sleep(50);
      }
      assertThat(sim.state().activeSessions()).isEqualTo(1);

      cli.destroy(); // SIGTERM

      assertThat(cli.waitFor(30, TimeUnit.SECONDS)).as("the CLI exited").isTrue();
      assertThat(sim.state().sessionsEnded()).as(Files.readString(log)).isEqualTo(1);
      assertThat(sim.state().activeSessions()).isZero();
    }
  }

  @Test
  void theStandaloneSimulator_printsReadyToPasteVariables() throws Exception {
    Process sim = dsm4j(Map.of(), "simulator", "--port", "0").start();
    try {
      BufferedReader out =
          new BufferedReader(new InputStreamReader(sim.getInputStream(), StandardCharsets.UTF_8));
      List<String> lines = List.of(out.readLine(), out.readLine(), out.readLine());
      assertThat(lines).allMatch(l -> l.startsWith("export DSM_"));
      assertThat(String.join("\n", lines)).doesNotContain("--password");
      Map<String, String> env = new HashMap<>();
      Pattern p = Pattern.compile("(DSM_[A-Z_]+)=(\\S+)");
      for (String l : lines) {
        Matcher m = p.matcher(l);
        while (m.find()) {
          env.put(m.group(1), m.group(2).replace("'", ""));
        }
      }
      assertThat(env).containsKeys("DSM_URL", "DSM_API_KEY", "DSM_USERNAME", "DSM_PASSWORD");

      Process info = dsm4j(env, "info").redirectErrorStream(true).start();
      String text = new String(info.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(info.waitFor(60, TimeUnit.SECONDS)).isTrue();
      assertThat(info.exitValue()).as(text).isZero();
      assertThat(text).contains("backend.rest").contains("backend.soap").contains("authenticated");
    } finally {
      sim.destroy();
      sim.waitFor(30, TimeUnit.SECONDS);
    }
  }

  @Test
  void debugLogsAndTraces_neverShowASecret() throws Exception {
    String key = "2:process-key-5e6f7a";
    String password = "process-Passw0rd-42";
    String session = "9A8B7C6D5E4F30211203F4E5D6C7B8A9";
    try (StubManager stub =
        new StubManager(
            r -> {
              if (r.path().startsWith("/api")) {
                return Answer.json(401, "{\"message\":\"bad key " + r.apiKey() + "\"}");
              }
              if (r.body().contains("authenticate") && r.body().contains(password)) {
                return Answer.xml(200, StubManager.soapReturn("authenticate", session));
              }
              return Answer.xml(500, StubManager.soapFault("ManagerException", "echo " + r.body()));
            })) {
      for (String backend : List.of("soap", "rest")) {
        Process p =
            dsm4j(
                    Map.of(
                        "DSM_URL",
                        stub.url(),
                        "DSM_API_KEY",
                        key,
                        "DSM_USERNAME",
                        "u",
                        "DSM_PASSWORD",
                        password),
                    "--debug",
                    "--backend",
                    backend,
                    "policies",
                    "list")
                .start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(err).isEqualTo(1);
        assertThat(err).contains("DEBUG").contains("\tat ");
        assertThat(out + err).doesNotContain(key).doesNotContain(password).doesNotContain(session);
      }
    }
  }
}
