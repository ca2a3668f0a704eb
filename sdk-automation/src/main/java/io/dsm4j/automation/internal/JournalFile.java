package io.dsm4j.automation.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.dsm4j.ManagerInfo;
import io.dsm4j.automation.RefusedException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads, binds and atomically rewrites a {@link Journal}. */
public final class JournalFile {
  /** The JSON mapper journals and state files use (ISO-8601 times, stable order). */
  public static final ObjectMapper JSON =
      JsonMapper.builder()
          .addModule(new JavaTimeModule())
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .enable(SerializationFeature.INDENT_OUTPUT)
          .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
          .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
          .build();

  private final Path path;

  public JournalFile(Path path) {
    this.path = path;
  }

  public Path path() {
    return path;
  }

  public boolean exists() {
    return Files.exists(path);
  }

  /** Reads the journal. */
  public Journal read() {
    Journal j;
    try {
      j = JSON.readValue(path.toFile(), Journal.class);
    } catch (IOException e) {
      throw new RefusedException(
          "cannot read the journal " + path + ": " + e.getMessage() + " (is it a dsm4j journal?)");
    }
    if (!Journal.FORMAT.equals(j.format)) {
      throw new RefusedException(
          path + " is not a dsm4j rule-update journal (format '" + j.format + "')");
    }
    return j;
  }

  /** The reference a journal written for this manager carries. */
  public static Journal.ManagerRef refOf(ManagerInfo info) {
    return new Journal.ManagerRef(info.url().toString(), info.tenant(), info.managerVersion());
  }

  /** Refuses a journal written for another manager (URL, tenant, version). */
  public void checkBinding(Journal j, ManagerInfo info) {
    Journal.ManagerRef here = refOf(info);
    if (j.manager == null || !j.manager.sameAs(here)) {
      throw new RefusedException(
          "the journal "
              + path
              + " belongs to the manager "
              + j.manager
              + ", not to "
              + here
              + "; use the journal with the manager it was written for");
    }
  }

  /** Rewrites the journal atomically (temp file, fsync, rename). */
  public synchronized void write(Journal j) {
    try {
      AtomicFiles.write(path, JSON.writeValueAsBytes(j));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialize the journal", e);
    }
  }

  /** Creates the directory of the journal if needed. */
  public void ensureDirectory() {
    Path parent = path.toAbsolutePath().getParent();
    try {
      if (parent != null) {
        Files.createDirectories(parent);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create " + parent, e);
    }
  }
}
