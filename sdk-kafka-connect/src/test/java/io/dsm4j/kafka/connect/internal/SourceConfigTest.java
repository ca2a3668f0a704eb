package io.dsm4j.kafka.connect.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dsm4j.model.EventKind;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.common.config.types.Password;
import org.junit.jupiter.api.Test;

class SourceConfigTest {
  private static Map<String, String> minimal() {
    Map<String, String> p = new HashMap<>();
    p.put(SourceConfig.URL, "https://DSM.example.com:4119");
    p.put(SourceConfig.USERNAME, "events-reader");
    p.put(SourceConfig.PASSWORD, "s3cret-Pa55");
    return p;
  }

  @Test
  void secrets_arePasswords_hiddenWhenPrinted() {
    SourceConfig c = new SourceConfig(minimal());

    assertThat(SourceConfig.DEF.configKeys().get(SourceConfig.PASSWORD).type)
        .isEqualTo(ConfigDef.Type.PASSWORD);
    assertThat(SourceConfig.DEF.configKeys().get(SourceConfig.API_KEY).type)
        .isEqualTo(ConfigDef.Type.PASSWORD);
    assertThat(SourceConfig.DEF.configKeys().get(SourceConfig.TLS_TRUSTSTORE_PASSWORD).type)
        .isEqualTo(ConfigDef.Type.PASSWORD);
    assertThat(c.values().get(SourceConfig.PASSWORD)).isInstanceOf(Password.class);
    assertThat(c.values().toString()).doesNotContain("s3cret-Pa55");
    assertThat(new String(c.password())).isEqualTo("s3cret-Pa55");
  }

  @Test
  void defaults_managerNameFromTheUrl_everyKind_topicByTenantAndKind() {
    SourceConfig c = new SourceConfig(minimal());

    assertThat(c.managerName()).isEqualTo("dsm.example.com:4119");
    assertThat(c.kinds()).containsExactly(EventKind.values());
    assertThat(c.topicPattern()).isEqualTo("dsm.{tenant}.{kind}");
    assertThat(c.tenants()).isEmpty();
    assertThat(c.accountLabel()).isEqualTo("primary");
  }

  @Test
  void startTime_instantDateOrBack() {
    Clock clock = Clock.fixed(Instant.parse("2026-12-01T12:00:00Z"), ZoneOffset.UTC);
    assertThat(StartTime.parse("s", "24h", clock)).isEqualTo(Instant.parse("2026-11-30T12:00:00Z"));
    assertThat(StartTime.parse("s", "2026-01-01", clock))
        .isEqualTo(Instant.parse("2026-01-01T00:00:00Z"));
    assertThat(StartTime.parse("s", "2026-01-01T05:00:00Z", clock))
        .isEqualTo(Instant.parse("2026-01-01T05:00:00Z"));
    assertThatThrownBy(() -> StartTime.parse("s", "yesterday", clock))
        .isInstanceOf(ConfigException.class);
  }

  @Test
  void wrongValues_areRefusedWithTheirName() {
    Map<String, String> kind = minimal();
    kind.put(SourceConfig.KINDS, "ips,fw");
    assertThatThrownBy(() -> new SourceConfig(kind))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining(SourceConfig.KINDS);

    Map<String, String> topic = minimal();
    topic.put(SourceConfig.TOPIC_PATTERN, "dsm.{customer}");
    assertThatThrownBy(() -> new SourceConfig(topic)).hasMessageContaining("{customer}");

    Map<String, String> url = minimal();
    url.put(SourceConfig.URL, "ftp://dsm");
    assertThatThrownBy(() -> new SourceConfig(url)).hasMessageContaining(SourceConfig.URL);
  }

  @Test
  void topicNames_replacePlaceholders_andIllegalCharacters() {
    assertThat(TopicNames.topic("dsm.{manager}.{tenant}.{kind}", "h:1", "Acme Corp", "ips"))
        .isEqualTo("dsm.h_1.Acme_Corp.ips");
  }

  @Test
  void streams_roundTripThroughTheTaskConfig() {
    List<StreamId> streams =
        List.of(
            new StreamId("primary", true, EventKind.SYSTEM),
            new StreamId("a,b|c%", false, EventKind.INTRUSION_PREVENTION));
    Map<String, String> p = minimal();
    p.put(SourceConfig.TASK_STREAMS, StreamId.encodeAll(streams));

    assertThat(new SourceConfig(p).taskStreams()).isEqualTo(streams);
  }
}
