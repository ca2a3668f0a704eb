package io.dsm4j.automation.internal;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.dsm4j.automation.EventRecord;
import io.dsm4j.model.Event;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;

/**
 * Writes events as NDJSON, one object per line, with the fields documented on {@link
 * io.dsm4j.automation.EventExporter}: always all of them, in a fixed order, null when unknown. What
 * each field holds is {@link EventRecord}'s; this class only spells it as JSON.
 */
public final class EventJson implements AutoCloseable {
  /** ISO-8601 UTC with milliseconds always present, so the text sorts like the time. */
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

  private final JsonGenerator gen;
  private final OutputStream out;

  public EventJson(OutputStream out) {
    this.out = out;
    try {
      this.gen =
          JsonFactory.builder()
              .disable(com.fasterxml.jackson.core.StreamWriteFeature.AUTO_CLOSE_TARGET)
              .build()
              .createGenerator(out, JsonEncoding.UTF8);
      // Jackson separates root values with a space; each line must start with '{'.
      this.gen.setRootValueSeparator(null);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes one event as one line. */
  public void write(Event e) {
    write(EventRecord.of(e));
  }

  /** Writes one exported event as one line. */
  public void write(EventRecord e) {
    try {
      gen.writeStartObject();
      gen.writeStringField("eventKey", e.eventKey());
      gen.writeStringField("kind", e.kind());
      gen.writeNumberField("id", e.id());
      gen.writeStringField("time", TIME.format(e.time()));
      if (e.computerId() == null) {
        gen.writeNullField("computerId");
      } else {
        gen.writeNumberField("computerId", e.computerId());
      }
      text("computerName", e.computerName());
      if (e.ruleId() == null) {
        gen.writeNullField("ruleId");
      } else {
        gen.writeNumberField("ruleId", e.ruleId());
      }
      text("action", e.action());
      text("reason", e.reason());
      gen.writeObjectFieldStart("details");
      for (Map.Entry<String, String> d : e.details().entrySet()) {
        gen.writeStringField(d.getKey(), d.getValue());
      }
      gen.writeEndObject();
      gen.writeEndObject();
      gen.writeRaw('\n');
    } catch (IOException ex) {
      throw new UncheckedIOException("cannot write the event export", ex);
    }
  }

  private void text(String field, String value) throws IOException {
    if (value == null || value.isEmpty()) {
      gen.writeNullField(field);
    } else {
      gen.writeStringField(field, value);
    }
  }

  /** Flushes everything written to the underlying stream. */
  public void flush() {
    try {
      gen.flush();
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the event export", e);
    }
  }

  @Override
  public void close() {
    try {
      gen.close();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the event export", e);
    }
  }
}
