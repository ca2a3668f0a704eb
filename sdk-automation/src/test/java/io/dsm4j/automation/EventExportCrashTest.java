package io.dsm4j.automation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dsm4j.Backend;
import io.dsm4j.Manager;
import io.dsm4j.automation.internal.Checkpoints;
import io.dsm4j.automation.internal.JournalFile;
import io.dsm4j.model.EventKind;
import io.dsm4j.testkit.DsmSimulator;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The export's output modes and what a crash at each point leaves (a crash is simulated by a
 * checkpoint handler that throws: the files on disk are then exactly as after {@code kill -9}).
 */
class EventExportCrashTest {
  private static final EventKind IPS = EventKind.INTRUSION_PREVENTION;

  @TempDir Path dir;

  @AfterEach
  void noHandler() {
    Checkpoints.testHandler(null);
  }

  static DsmSimulator sim() {
    return DsmSimulator.builder().seed(7).eventCap(100).start();
  }

  static EventExporter exporter(Manager m, List<String> progress) {
    return EventExporter.builder(m, IPS)
        .since(Instant.now().minus(Duration.ofDays(8)))
        .progress(progress::add)
        .build();
  }

  /** Crashes the next run at the first time {@code name} is reached. */
  static void crashAt(String name) {
    Checkpoints.testHandler(
        n -> {
          if (n.equals(name)) {
            Checkpoints.testHandler(null);
            throw new IllegalStateException("crash at " + n);
          }
        });
  }

  static List<Long> ids(Path... files) throws Exception {
    List<Long> ids = new ArrayList<>();
    for (Path f : files) {
      for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
        ids.add(JournalFile.JSON.readTree(line).get("id").asLong());
      }
    }
    return ids;
  }

  static void assertEachOnce(List<Long> ids, long total) {
    Set<Long> seen = new HashSet<>(ids);
    assertThat(seen).as("no event twice").hasSize(ids.size());
    assertThat(ids).as("every event").hasSize((int) total);
  }

  static void addEvents(DsmSimulator sim, int n) {
    sim.state().addEvents(IPS, n, Instant.now().minus(Duration.ofDays(2)), Instant.now(), null);
  }

  // ---------------------------------------------------------------- append (item 12)

  @Test
  void withAStateTheFileIsAppendedToAndANewRunWithNothingNewLeavesItAsItIs() throws Exception {
    try (DsmSimulator sim = sim();
        Manager m = sim.managerBuilder(Backend.SOAP).build()) {
      Path out = dir.resolve("ips.ndjson");
      Path state = dir.resolve("state.json");
      List<String> progress = new ArrayList<>();
      ExportResult first = exporter(m, progress).export(out, state);
      byte[] afterFirst = Files.readAllBytes(out);

      ExportResult nothing = exporter(m, progress).export(out, state);
      assertThat(nothing.count()).isZero();
      assertThat(Files.readAllBytes(out)).as("the previous batch stays").isEqualTo(afterFirst);

      addEvents(sim, 30);
      ExportResult second = exporter(m, progress).export(out, state);
      assertThat(second.count()).isEqualTo(30);
      assertThat(Files.readAllBytes(out)).startsWith(afterFirst);
      assertEachOnce(ids(out), first.count() + 30);
      assertThat(dir.resolve("ips.ndjson.lock")).doesNotExist();
    }
  }

  @Test
  void aCrashMidAppendIsCutBackAndRedoneNoEventLostOrTwice() throws Exception {
    for (String point : List.of("export.pending", "export.partial", "export.written")) {
      Path sub = Files.createDirectory(dir.resolve(point));
      try (DsmSimulator sim = sim();
          Manager m = sim.managerBuilder(Backend.SOAP).build()) {
        Path out = sub.resolve("ips.ndjson");
        Path state = sub.resolve("state.json");
        List<String> progress = new ArrayList<>();
        exporter(m, progress).export(out, state);
        long before = Files.size(out);
        addEvents(sim, 40);

        crashAt(point);
        assertThatThrownBy(() -> exporter(m, progress).export(out, state))
            .hasMessage("crash at " + point);
        if (!point.equals("export.pending")) {
          assertThat(Files.size(out)).as(point).isGreaterThan(before);
        }

        ExportResult r = exporter(m, progress).export(out, state);

        assertThat(r.recovered()).as(point).isTrue();
        assertThat(r.count()).as(point).isEqualTo(40);
        assertEachOnce(ids(out), sim.state().eventCount(IPS));
        if (!point.equals("export.pending")) {
          assertThat(progress).anyMatch(l -> l.contains("byte(s) the interrupted export had"));
        }
      }
    }
  }

  @Test
  void recoveryRefusesAFileThatSomethingElseChanged() throws Exception {
    try (DsmSimulator sim = sim();
        Manager m = sim.managerBuilder(Backend.SOAP).build()) {
      Path out = dir.resolve("ips.ndjson");
      Path state = dir.resolve("state.json");
      List<String> progress = new ArrayList<>();
      exporter(m, progress).export(out, state);
      addEvents(sim, 10);
      crashAt("export.written");
      assertThatThrownBy(() -> exporter(m, progress).export(out, state));
      // Something rewrites the file: the line before the recorded offset is another one now.
      List<String> lines = new ArrayList<>(Files.readAllLines(out));
      lines.add(0, lines.remove(lines.size() - 1));
      Files.write(out, lines);

      assertThatThrownBy(() -> exporter(m, progress).export(out, state))
          .isInstanceOf(RefusedException.class)
          .hasMessageContaining("something else changed it");
    }
  }

  // ---------------------------------------------------------------- one file per run (12, 13)

  @Test
  void outDirWritesOneNewFilePerRunNeverOverwritingAndNoneWhenNothingIsNew() throws Exception {
    try (DsmSimulator sim = sim();
        Manager m = sim.managerBuilder(Backend.SOAP).build()) {
      Path state = dir.resolve("state.json");
      Path out = Files.createDirectory(dir.resolve("out"));
      List<String> progress = new ArrayList<>();
      ExportResult first = exporter(m, progress).exportToDirectory(out, state);
      assertThat(first.out().getFileName().toString())
          .matches("ips-\\d{8}T\\d{6}\\.\\d{3}Z-\\d+-\\d+\\.ndjson");
      assertThat(exporter(m, progress).exportToDirectory(out, state).out()).isNull();
      addEvents(sim, 20);
      ExportResult second = exporter(m, progress).exportToDirectory(out, state);
      assertThat(second.out()).isNotEqualTo(first.out());
      try (Stream<Path> files = Files.list(out)) {
        assertThat(files.map(p -> p.getFileName().toString()))
            .as("two files, no temp or lock file")
            .containsExactlyInAnyOrder(
                first.out().getFileName().toString(), second.out().getFileName().toString());
      }
      assertEachOnce(ids(first.out(), second.out()), sim.state().eventCount(IPS));
    }
  }

  @Test
  void aCrashAfterTheRenameIsCommittedEvenWhenALoaderTookTheFile() throws Exception {
    try (DsmSimulator sim = sim();
        Manager m = sim.managerBuilder(Backend.SOAP).build()) {
      Path state = dir.resolve("state.json");
      Path out = Files.createDirectory(dir.resolve("out"));
      Path loaded = Files.createDirectory(dir.resolve("loaded"));
      List<String> progress = new ArrayList<>();
      crashAt("export.renamed");
      assertThatThrownBy(() -> exporter(m, progress).exportToDirectory(out, state));
      // The loader picks the renamed file up (and removes it) before the next run.
      try (Stream<Path> files = Files.list(out)) {
        for (Path f : files.filter(p -> p.toString().endsWith(".ndjson")).toList()) {
          Files.move(f, loaded.resolve(f.getFileName()));
        }
      }
      addEvents(sim, 15);

      ExportResult r = exporter(m, progress).exportToDirectory(out, state);

      assertThat(r.recovered()).isTrue();
      assertThat(r.count()).as("only the new events").isEqualTo(15);
      assertThat(progress).anyMatch(l -> l.contains("a loader has taken since; committed"));
      List<Path> all = new ArrayList<>();
      try (Stream<Path> a = Files.list(loaded);
          Stream<Path> b = Files.list(out)) {
        a.forEach(all::add);
        b.filter(p -> p.toString().endsWith(".ndjson")).forEach(all::add);
      }
      assertEachOnce(ids(all.toArray(Path[]::new)), sim.state().eventCount(IPS));
    }
  }

  @Test
  void aCrashBeforeTheRenameCompletesTheVerifiedTempFile() throws Exception {
    try (DsmSimulator sim = sim();
        Manager m = sim.managerBuilder(Backend.SOAP).build()) {
      Path state = dir.resolve("state.json");
      Path out = Files.createDirectory(dir.resolve("out"));
      List<String> progress = new ArrayList<>();
      crashAt("export.pending");
      assertThatThrownBy(() -> exporter(m, progress).exportToDirectory(out, state));

      ExportResult r = exporter(m, progress).exportToDirectory(out, state);

      assertThat(r.recovered()).isTrue();
      assertThat(progress).anyMatch(l -> l.startsWith("completed the interrupted export"));
      try (Stream<Path> files = Files.list(out)) {
        List<Path> ndjson = files.toList();
        assertThat(ndjson).singleElement().asString().endsWith(".ndjson");
        assertEachOnce(ids(ndjson.get(0)), sim.state().eventCount(IPS));
      }
    }
  }

  // ---------------------------------------------------------------- checks and locks (10, 11)

  @Test
  void anOutputThatIsADirectoryIsRefusedBeforeAnythingIsFetched() throws Exception {
    try (DsmSimulator sim = sim();
        Manager m = sim.managerBuilder(Backend.SOAP).build()) {
      Path d = Files.createDirectory(dir.resolve("a-directory"));
      int requests = sim.state().requestCount();
      assertThatThrownBy(() -> exporter(m, new ArrayList<>()).export(d, dir.resolve("s.json")))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("is a directory");
      assertThatThrownBy(
              () ->
                  exporter(m, new ArrayList<>())
                      .exportToDirectory(dir.resolve("missing"), dir.resolve("s.json")))
          .isInstanceOf(IllegalArgumentException.class);
      assertThat(sim.state().requestCount()).isEqualTo(requests);
      assertThat(dir.resolve("s.json")).doesNotExist();
    }
  }

  @Test
  void aFormat1PendingExportIntoADirectoryIsNotAdopted() throws Exception {
    try (DsmSimulator sim = sim();
        Manager m = sim.managerBuilder(Backend.SOAP).build()) {
      // What the first format left when --out named a directory: a pending export whose output
      // "exists" (the directory) while its events exist nowhere.
      Path d = Files.createDirectory(dir.resolve("a-directory"));
      Path state = dir.resolve("state.json");
      Path out = dir.resolve("ips.ndjson");
      long total = sim.state().eventCount(IPS);
      ObjectNode st = JournalFile.JSON.createObjectNode();
      st.put("format", "dsm4j-event-export-state/1");
      ObjectNode mgr = st.putObject("manager");
      mgr.put("url", sim.url().toString());
      mgr.putNull("tenant");
      mgr.put("managerVersion", m.info().managerVersion());
      ObjectNode ips = st.putObject("kinds").putObject("ips");
      ips.put("rangeStart", Instant.now().minus(Duration.ofDays(8)).toString());
      ips.putNull("cursor");
      ips.put("exportedTotal", 0);
      ObjectNode pending = ips.putObject("pending");
      pending.put("cursor", Long.MAX_VALUE / 2);
      pending.put("count", total);
      pending.put("temp", dir.resolve("a-directory.tmp").toString());
      pending.put("out", d.toString());
      Files.write(state, JournalFile.JSON.writeValueAsBytes(st));
      List<String> progress = new ArrayList<>();

      ExportResult r = exporter(m, progress).export(out, state);

      assertThat(progress).anyMatch(l -> l.contains("is a directory, so nothing was delivered"));
      assertThat(r.count()).as("exported now, not marked as exported").isEqualTo(total);
      assertEachOnce(ids(out), total);
      JsonNode after = JournalFile.JSON.readTree(state.toFile()).get("kinds").get("ips");
      assertThat(after.get("exportedTotal").asLong()).isEqualTo(total);
    }
  }

  @Test
  void aSecondExportToTheSameFileIsRefusedWhileTheFirstRunsAndNothingIsCorrupted()
      throws Exception {
    try (DsmSimulator sim = sim();
        Manager m = sim.managerBuilder(Backend.SOAP).build()) {
      Path out = dir.resolve("ips.ndjson");
      CountDownLatch paused = new CountDownLatch(1);
      CountDownLatch resume = new CountDownLatch(1);
      Checkpoints.testHandler(
          n -> {
            if (n.equals("export.partial") && paused.getCount() > 0) {
              paused.countDown();
              try {
                resume.await(60, TimeUnit.SECONDS);
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            }
          });
      ExecutorService pool = Executors.newSingleThreadExecutor();
      try {
        // Two one-off exports (no state) to the same file: only the output lock keeps them apart.
        Future<ExportResult> first =
            pool.submit(() -> exporter(m, new ArrayList<>()).export(out, null));
        assertThat(paused.await(60, TimeUnit.SECONDS)).isTrue();
        assertThatThrownBy(() -> exporter(m, new ArrayList<>()).export(out, null))
            .isInstanceOf(RefusedException.class)
            .hasMessageContaining("in use by another run (lock " + dir.resolve("ips.ndjson.lock"));
        resume.countDown();
        ExportResult r = first.get(60, TimeUnit.SECONDS);
        assertEachOnce(ids(out), r.count());
        assertThat(r.count()).isEqualTo(sim.state().eventCount(IPS));
      } finally {
        resume.countDown();
        pool.shutdownNow();
      }
      try (Stream<Path> files = Files.list(dir)) {
        assertThat(files.map(p -> p.getFileName().toString())).containsExactly("ips.ndjson");
      }
    }
  }
}
