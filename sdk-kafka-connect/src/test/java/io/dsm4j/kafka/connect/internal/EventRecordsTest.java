package io.dsm4j.kafka.connect.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dsm4j.automation.EventRecord;
import io.dsm4j.model.EventKind;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.TreeMap;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.data.Timestamp;
import org.apache.kafka.connect.json.JsonConverter;
import org.apache.kafka.connect.source.SourceRecord;
import org.junit.jupiter.api.Test;

class EventRecordsTest {
  private static final Instant TIME = Instant.parse("2026-11-30T10:15:30.250Z");

  private static EventRecord event() {
    return new EventRecord(
        "ips-1042",
        "ips",
        1042,
        TIME,
        7,
        "web-01",
        1_000_552,
        "Drop",
        null,
        new TreeMap<>(Map.of("sourceIP", "10.0.0.9", "destinationPort", "443")));
  }

  @Test
  void record_keyTopicHeadersTimestampAndOffset() {
    StreamId s = new StreamId("acme/eu", false, EventKind.INTRUSION_PREVENTION);
    EventRecords records = new EventRecords("dsm-1:4119", s, "dsm.{manager}.{tenant}.{kind}");

    SourceRecord r = records.record(event(), Map.of(Offsets.LAST_ID, 1042L));

    assertThat(r.key()).isEqualTo("dsm-1:4119/acme%2Feu/ips-1042");
    assertThat(r.topic()).isEqualTo("dsm.dsm-1_4119.acme_eu.ips");
    assertThat(r.timestamp()).isEqualTo(TIME.toEpochMilli());
    assertThat(r.headers().lastWithName(EventRecords.MANAGER_HEADER).value())
        .isEqualTo("dsm-1:4119");
    assertThat(r.headers().lastWithName(EventRecords.TENANT_HEADER).value()).isEqualTo("acme/eu");
    assertThat(r.sourcePartition())
        .isEqualTo(Map.of("manager", "dsm-1:4119", "tenant", "acme/eu", "kind", "ips"));
    assertThat(r.sourceOffset()).isEqualTo(Map.of(Offsets.LAST_ID, 1042L));
  }

  @Test
  void keys_ofDifferentManagersOrTenants_neverCollide() {
    assertThat(Keys.key("a/b", "c", "ips-1")).isNotEqualTo(Keys.key("a", "b/c", "ips-1"));
    assertThat(Keys.unescape(Keys.escape("x%2F/y,|z"))).isEqualTo("x%2F/y,|z");
  }

  @Test
  void value_hasTheDocumentedSchema_detailsAMapAndTimeATimestamp() {
    Struct v = EventRecords.value(event());
    v.validate();

    assertThat(EventRecords.VALUE.field("details").schema().type()).isEqualTo(Schema.Type.MAP);
    assertThat(EventRecords.VALUE.field("time").schema().name()).isEqualTo(Timestamp.LOGICAL_NAME);
    assertThat(v.get("time")).isEqualTo(Date.from(TIME));
    assertThat(v.getMap("details")).containsEntry("sourceIP", "10.0.0.9");
    assertThat(EventRecords.VALUE.fields().stream().map(f -> f.name()))
        .containsExactly(
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
  }

  @Test
  void jsonConverter_writesTheNdjsonExportsFields() throws Exception {
    JsonConverter json = new JsonConverter();
    json.configure(Map.of("schemas.enable", "false"), false);
    byte[] bytes = json.fromConnectData("t", EventRecords.VALUE, EventRecords.value(event()));
    JsonNode n = new ObjectMapper().readTree(new String(bytes, StandardCharsets.UTF_8));

    assertThat(n.get("eventKey").asText()).isEqualTo("ips-1042");
    assertThat(n.get("id").asLong()).isEqualTo(1042);
    assertThat(n.get("time").asLong()).isEqualTo(TIME.toEpochMilli());
    assertThat(n.get("reason").isNull()).isTrue();
    assertThat(n.get("details").get("destinationPort").asText()).isEqualTo("443");
  }
}
