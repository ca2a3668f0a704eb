package io.dsm4j.kafka.connect.internal;

import io.dsm4j.automation.EventRecord;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.SchemaBuilder;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.data.Timestamp;
import org.apache.kafka.connect.header.ConnectHeaders;
import org.apache.kafka.connect.source.SourceRecord;

/**
 * Source records of one stream: key {@code MANAGER/TENANT/EVENTKEY} (a string), value the exported
 * event object ({@link EventRecord}: the fields of the NDJSON export, in its order) as a {@link
 * Struct}, timestamp the event's time, headers naming the manager and tenant.
 */
public final class EventRecords {
  /** The record value's schema: {@link EventRecord}'s components, in order. */
  public static final Schema VALUE =
      SchemaBuilder.struct()
          .name("io.dsm4j.Event")
          .version(1)
          .doc("A Deep Security event as dsm4j exports it (the NDJSON export's fields)")
          .field("eventKey", Schema.STRING_SCHEMA)
          .field("kind", Schema.STRING_SCHEMA)
          .field("id", Schema.INT64_SCHEMA)
          .field("time", Timestamp.SCHEMA)
          .field("computerId", Schema.OPTIONAL_INT32_SCHEMA)
          .field("computerName", Schema.OPTIONAL_STRING_SCHEMA)
          .field("ruleId", Schema.OPTIONAL_INT32_SCHEMA)
          .field("action", Schema.OPTIONAL_STRING_SCHEMA)
          .field("reason", Schema.OPTIONAL_STRING_SCHEMA)
          .field("details", SchemaBuilder.map(Schema.STRING_SCHEMA, Schema.STRING_SCHEMA).build())
          .build();

  /** The header naming the manager. */
  public static final String MANAGER_HEADER = "dsm.manager";

  /** The header naming the tenant. */
  public static final String TENANT_HEADER = "dsm.tenant";

  private final String manager;
  private final StreamId stream;
  private final String topic;
  private final Map<String, String> partition;

  /**
   * @param manager the manager's name
   * @param stream the stream
   * @param topicPattern the topic pattern
   */
  public EventRecords(String manager, StreamId stream, String topicPattern) {
    this.manager = manager;
    this.stream = stream;
    this.topic = TopicNames.topic(topicPattern, manager, stream.tenant(), stream.kindName());
    this.partition = stream.partition(manager);
  }

  /**
   * @return the stream's topic
   */
  public String topic() {
    return topic;
  }

  /**
   * @return the stream's source partition
   */
  public Map<String, String> partition() {
    return partition;
  }

  /**
   * @param e the event
   * @param offset the source offset the record carries
   * @return the record
   */
  public SourceRecord record(EventRecord e, Map<String, Object> offset) {
    ConnectHeaders headers = new ConnectHeaders();
    headers.addString(MANAGER_HEADER, manager);
    headers.addString(TENANT_HEADER, stream.tenant());
    return new SourceRecord(
        partition,
        offset,
        topic,
        null,
        Schema.STRING_SCHEMA,
        Keys.key(manager, stream.tenant(), e.eventKey()),
        VALUE,
        value(e),
        e.time().toEpochMilli(),
        headers);
  }

  /**
   * @param e an exported event
   * @return it as a {@link #VALUE} struct
   */
  public static Struct value(EventRecord e) {
    return new Struct(VALUE)
        .put("eventKey", e.eventKey())
        .put("kind", e.kind())
        .put("id", e.id())
        .put("time", Date.from(e.time()))
        .put("computerId", e.computerId())
        .put("computerName", e.computerName())
        .put("ruleId", e.ruleId())
        .put("action", e.action())
        .put("reason", e.reason())
        .put("details", new LinkedHashMap<>(e.details()));
  }
}
