package io.dsm4j.cli;

import io.dsm4j.cli.CliRunner.Run;
import io.dsm4j.testkit.DsmSimulator;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the in-process CLI tests against a simulator share: one simulator for the test class, a
 * temporary directory, the environment that points the command line at the simulator, and a run.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class CliSimulatorFixture {
  DsmSimulator sim;
  @TempDir Path dir;

  @BeforeAll
  void startSimulator() {
    sim = DsmSimulator.builder().start();
  }

  @AfterAll
  void stopSimulator() {
    sim.close();
  }

  /** The simulator's URL with the credentials of both APIs (an API key, a user and password). */
  Map<String, String> env() {
    return Map.of(
        "DSM_URL", sim.url().toString(),
        "DSM_API_KEY", sim.apiKey(),
        "DSM_USERNAME", sim.username(),
        "DSM_PASSWORD", sim.password());
  }

  /** The simulator's URL with the API key only (REST). */
  Map<String, String> restEnv() {
    return Map.of("DSM_URL", sim.url().toString(), "DSM_API_KEY", sim.apiKey());
  }

  /** Runs the command line with {@link #env()}. */
  Run run(String... args) {
    return CliRunner.run(env(), args);
  }

  /** A name no other test uses. */
  static String unique(String prefix) {
    return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
  }
}
