package io.dsm4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Exports 100,000 events with the packaged CLI limited to a 64 MB heap, from a simulator running in
 * another process: the export must stream, not collect.
 */
class EventExportIT {
  private static final int EVENTS = 100_000;

  @TempDir Path dir;

  @Test
  void exports100kEventsUnder64MbFromAnotherProcess() throws Exception {
    String jar = System.getProperty("dsm4j.jar", "target/dsm4j.jar");
    assertThat(new File(jar)).exists();
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process sim =
        new ProcessBuilder(
                java,
                "-jar",
                jar,
                "simulator",
                "--port",
                "0",
                "--accept-user",
                "dsm4j:sim-pass",
                "--events-per-kind",
                String.valueOf(EVENTS))
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .start();
    try {
      String url = waitForUrl(sim);
      Path out = dir.resolve("ips.ndjson");
      Path state = dir.resolve("state.json");
      Path log = dir.resolve("export.log");
      Process export =
          new ProcessBuilder(
                  java,
                  "-Xmx64m",
                  "-jar",
                  jar,
                  "--url",
                  url,
                  "--username",
                  "dsm4j",
                  "--password",
                  "sim-pass",
                  "events",
                  "export",
                  "--kind",
                  "ips",
                  "--since",
                  "8d",
                  "--out",
                  out.toString(),
                  "--state",
                  state.toString())
              .redirectErrorStream(true)
              .redirectOutput(log.toFile())
              .start();
      assertThat(export.waitFor(10, TimeUnit.MINUTES)).as("export finished").isTrue();
      assertThat(export.exitValue()).as(Files.readString(log)).isZero();

      ObjectMapper json = new ObjectMapper();
      Set<Long> ids = new HashSet<>();
      long lines = 0;
      try (Stream<String> s = Files.lines(out)) {
        for (String line : (Iterable<String>) s::iterator) {
          JsonNode n = json.readTree(line);
          ids.add(n.get("id").asLong());
          lines++;
        }
      }
      assertThat(lines).isEqualTo(EVENTS);
      assertThat(ids).hasSize(EVENTS);
      assertThat(Files.readString(log)).doesNotContain("OutOfMemoryError");
    } finally {
      sim.destroy();
      if (!sim.waitFor(30, TimeUnit.SECONDS)) {
        sim.destroyForcibly();
      }
    }
  }

  private static String waitForUrl(Process sim) throws Exception {
    Pattern p = Pattern.compile("listening on (http://\\S+)");
    BufferedReader err =
        new BufferedReader(new InputStreamReader(sim.getErrorStream(), StandardCharsets.UTF_8));
    String line;
    while ((line = err.readLine()) != null) {
      Matcher m = p.matcher(line);
      if (m.find()) {
        // Keep draining stderr so the simulator never blocks on a full pipe.
        Thread drain =
            new Thread(
                () -> {
                  try {
                    while (err.readLine() != null) {
                      // discard
                    }
                  } catch (java.io.IOException e) {
                    // the simulator exited
                  }
                });
        drain.setDaemon(true);
        drain.start();
        return m.group(1);
      }
    }
    throw new IllegalStateException(
        "the simulator exited before listening (exit " + sim.waitFor() + ")");
  }
}
