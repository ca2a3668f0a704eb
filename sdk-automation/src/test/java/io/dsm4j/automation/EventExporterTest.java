package io.dsm4j.automation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dsm4j.Backend;
import io.dsm4j.Manager;
import io.dsm4j.automation.internal.JournalFile;
import io.dsm4j.exception.UnsupportedCapabilityException;
import io.dsm4j.model.Event;
import io.dsm4j.model.EventKind;
import io.dsm4j.model.EventQuery;
import io.dsm4j.testkit.DsmSimulator;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EventExporterTest {
  private static final EventKind IPS = EventKind.INTRUSION_PREVENTION;
  private static final List<String> FIELDS =
      List.of(
          "eventKey",
          "kind",
          "id",
          "time",
          "computerId",
          "computerName",
          "ruleId",
          "action",
          "reason",
          "details");

  @TempDir Path dir;

  static DsmSimulator sim() {
    return DsmSimulator.builder().seed(7).eventCap(100).start();
  }

  static List<JsonNode> lines(Path file) throws Exception {
    List<JsonNode> out = new ArrayList<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      assertThat(line).startsWith("{\"eventKey\":").endsWith("}");
      out.add(JournalFile.JSON.readTree(line));
    }
    return out;
  }

  static List<Long> ids(Manager m, EventKind kind, Instant from, Instant to) {
    try (Stream<Event> s = m.events().stream(EventQuery.builder(kind, from, to).build())) {
      return s.map(Event::id).toList();
    }
  }

  @Test
  void writesOneFlatObjectPerEventWithEveryFieldAlwaysPresent() throws Exception {
    try (DsmSimulator sim = sim();
        Manager m = sim.managerBuilder(Backend.SOAP).build()) {
      Instant from = Instant.now().minus(Duration.ofDays(8));
      Instant to = Instant.now().plusSeconds(1);
      for (EventKind kind : List.of(IPS, EventKind.SYSTEM)) {
        Path out = dir.resolve(EventExporter.kindName(kind) + ".ndjson");
        ExportResult r =
            EventExporter.builder(m, kind).since(from).until(to).build().export(out, null);

        List<JsonNode> lines = lines(out);
        assertThat(lines).hasSize((int) r.count());
        assertThat(lines.stream().map(n -> n.get("id").asLong()).toList())
            .containsExactlyInAnyOrderElementsOf(ids(m, kind, from, to));
        for (JsonNode n : lines) {
          List<String> names = new ArrayList<>();
          n.fieldNames().forEachRemaining(names::add);
          assertThat(names).containsExactlyElementsOf(FIELDS);
          assertThat(n.get("kind").asText()).isEqualTo(EventExporter.kindName(kind));
          assertThat(n.get("eventKey").asText())
              .isEqualTo(EventExporter.kindName(kind) + "-" + n.get("id").asLong());
          assertThat(n.get("time").asText())
              .matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z");
          assertThat(n.get("details").isObject()).isTrue();
        }
      }
      try (Stream<Path> files = Files.list(dir)) {
        assertThat(files.map(p -> p.getFileName().toString()))
            .containsExactlyInAnyOrder("ips.ndjson", "system.ndjson");
      }
      // Manager events (system) have no computer: null, not missing.
      assertThat(lines(dir.resolve("system.ndjson"))).anyMatch(n -> n.get("computerId").isNull());
    }
  }

  @Test
  void resumableRunsExportEveryEventOnceIncludingLateArrivals() throws Exception {
    try (DsmSimulator sim = sim();
        Manager m = sim.managerBuilder(Backend.SOAP).build()) {
      Path state = dir.resolve("state.json");
      Instant since = Instant.now().minus(Duration.ofDays(8));
      EventExporter exporter = EventExporter.builder(m, IPS).since(since).build();

      ExportResult first = exporter.export(dir.resolve("1.ndjson"), state);
      assertThat(first.count()).isEqualTo(sim.state().eventCount(IPS));

      ExportResult nothing = exporter.export(dir.resolve("2.ndjson"), state);
      assertThat(nothing.count()).isZero();
      assertThat(dir.resolve("2.ndjson")).as("nothing new writes nothing").doesNotExist();

      // Late arrivals: old timestamps (inside the exported range) but new, higher IDs.
      sim.state()
          .addEvents(
              IPS, 250, since.plus(Duration.ofDays(1)), since.plus(Duration.ofDays(2)), null);
      sim.state().addEvents(IPS, 50, Instant.now().minusSeconds(60), Instant.now(), null);
      ExportResult third = exporter.export(dir.resolve("3.ndjson"), state);
      assertThat(third.count()).isEqualTo(300);
      assertThat(third.previousCursor()).isEqualTo(first.cursor());

      Set<Long> seen = new HashSet<>();
      long total = 0;
      for (String f : List.of("1.ndjson", "3.ndjson")) {
        for (JsonNode n : lines(dir.resolve(f))) {
          assertThat(seen.add(n.get("id").asLong()))
              .as("event %s exported once", n.get("id"))
              .isTrue();
          total++;
        }
      }
      assertThat(total).isEqualTo(sim.state().eventCount(IPS));
      JsonNode st = JournalFile.JSON.readTree(state.toFile());
      assertThat(st.get("kinds").get("ips").get("cursor").asLong()).isEqualTo(third.cursor());
      assertThat(st.get("kinds").get("ips").get("rangeStart").asText()).isEqualTo(since.toString());
    }
  }

  @Test
  void aFormat1CrashBetweenRenameAndCommitIsCompletedNotRepeated() throws Exception {
    try (DsmSimulator sim = sim();
        Manager m = sim.managerBuilder(Backend.SOAP).build()) {
      Path state = dir.resolve("state.json");
      Path out = dir.resolve("ips.ndjson");
      Path oldTemp = dir.resolve("ips.ndjson.tmp");
      Instant since = Instant.now().minus(Duration.ofDays(8));
      EventExporter exporter = EventExporter.builder(m, IPS).since(since).build();
      ExportResult done = exporter.export(out, state);
      byte[] exported = Files.readAllBytes(out);

      // A state written by the first format (it replaced the output): after the output was
      // written and fsynced, before the rename: a pending export, the temp file present, the
      // cursor not yet moved.
      ObjectNode st = (ObjectNode) JournalFile.JSON.readTree(state.toFile());
      st.put("format", "dsm4j-event-export-state/1");
      ObjectNode ips = (ObjectNode) st.get("kinds").get("ips");
      ips.remove("appended");
      ObjectNode pending = ips.putObject("pending");
      pending.put("cursor", done.cursor());
      pending.put("count", done.count());
      pending.put("temp", oldTemp.toString());
      pending.put("out", out.toAbsolutePath().toString());
      ips.putNull("cursor");
      ips.put("exportedTotal", 0);
      Files.write(state, JournalFile.JSON.writeValueAsBytes(st));
      Files.move(out, oldTemp);

      ExportResult r = exporter.export(out, state);

      assertThat(r.recovered()).isTrue();
      assertThat(r.count()).as("nothing new after the recovered run").isZero();
      assertThat(Files.readAllBytes(out)).isEqualTo(exported);
      assertThat(oldTemp).doesNotExist();
      JsonNode after = JournalFile.JSON.readTree(state.toFile()).get("kinds").get("ips");
      assertThat(after.get("cursor").asLong()).isEqualTo(done.cursor());
      assertThat(after.get("exportedTotal").asLong()).isEqualTo(done.count());
      assertThat(after.get("pending").isNull()).isTrue();
      // The next run finds nothing new: none twice.
      assertThat(exporter.export(dir.resolve("next.ndjson"), state).count()).isZero();
    }
  }

  @Test
  void aStateFromAnotherManagerIsRefusedAndAnEndTimeDoesNotMixWithState() throws Exception {
    Path state = dir.resolve("state.json");
    Instant since = Instant.now().minus(Duration.ofDays(8));
    try (DsmSimulator a = sim();
        Manager m = a.managerBuilder(Backend.SOAP).build()) {
      EventExporter.builder(m, IPS).since(since).build().export(dir.resolve("a.ndjson"), state);
    }
    try (DsmSimulator b = sim();
        Manager m = b.managerBuilder(Backend.SOAP).build()) {
      assertThatThrownBy(
              () ->
                  EventExporter.builder(m, IPS)
                      .since(since)
                      .build()
                      .export(dir.resolve("b.ndjson"), state))
          .isInstanceOf(RefusedException.class)
          .hasMessageContaining("belongs to the manager");
      assertThat(dir.resolve("b.ndjson")).doesNotExist();
      assertThatThrownBy(
              () ->
                  EventExporter.builder(m, IPS)
                      .since(since)
                      .until(Instant.now())
                      .build()
                      .export(new ByteArrayOutputStream(), dir.resolve("s2.json")))
          .isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Test
  void restOnlyHasNoEvents() {
    try (DsmSimulator sim = sim();
        Manager m = sim.managerBuilder(Backend.REST).build()) {
      assertThatThrownBy(
              () -> EventExporter.builder(m, IPS).build().export(new ByteArrayOutputStream(), null))
          .isInstanceOf(UnsupportedCapabilityException.class)
          .hasMessageContaining("SOAP");
    }
  }

  @Test
  void streamsToAnOutputStreamFilteredByComputer() throws Exception {
    try (DsmSimulator sim = sim();
        Manager m = sim.managerBuilder(Backend.SOAP).build()) {
      int computer = sim.state().computers().get(1).id();
      ByteArrayOutputStream buf = new ByteArrayOutputStream();
      ExportResult r =
          EventExporter.builder(m, EventKind.FIREWALL)
              .since(Instant.now().minus(Duration.ofDays(8)))
              .computerIds(List.of(computer))
              .build()
              .export(buf, null);
      Iterator<String> it = buf.toString(StandardCharsets.UTF_8).lines().iterator();
      long n = 0;
      while (it.hasNext()) {
        assertThat(JournalFile.JSON.readTree(it.next()).get("computerId").asInt())
            .isEqualTo(computer);
        n++;
      }
      assertThat(n).isEqualTo(r.count()).isPositive();
    }
  }

  @Test
  void kindNamesRoundTrip() {
    for (EventKind k : EventKind.values()) {
      assertThat(EventExporter.parseKind(EventExporter.kindName(k))).isEqualTo(k);
    }
    assertThatThrownBy(() -> EventExporter.parseKind("dpi"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
