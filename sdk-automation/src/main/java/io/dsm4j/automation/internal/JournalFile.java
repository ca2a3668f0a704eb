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
import java.util.function.Consumer;

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

  /**
   * @param path the journal file
   */
  public JournalFile(Path path) {
    this.path = path;
  }

  /**
   * @return the journal file
   */
  public Path path() {
    return path;
  }

  /**
   * @return whether the journal exists
   * @throws IllegalArgumentException when the path is a directory
   */
  public boolean exists() {
    if (Files.isDirectory(path)) {
      throw new IllegalArgumentException("the journal " + path + " is a directory; give a file");
    }
    return Files.exists(path);
  }

  /**
   * @return the journal
   * @throws RefusedException when it is not a dsm4j journal
   */
  public Journal read() {
    Journal j;
    try {
      j = JSON.readValue(path.toFile(), Journal.class);
    } catch (IOException e) {
      throw new RefusedException(
          "cannot read the journal "
              + path
              + ": "
              + io.dsm4j.exception.DsmException.oneLine(e.getMessage())
              + " (is it a dsm4j journal?)");
    }
    if (Journal.FORMAT_1.equals(j.format)) {
      j.detectOnlyScope = Journal.GLOBAL; // format 1 always set the global flag
    } else if (!Journal.FORMAT.equals(j.format)) {
      throw new RefusedException(
          path + " is not a dsm4j rule-update journal (format '" + j.format + "')");
    }
    if (j.update == null || j.scope == null) {
      throw new RefusedException(path + " is an incomplete journal (no update or scope)");
    }
    return j;
  }

  /**
   * Refuses a journal written for another manager (URL, tenant, an older version); accepts an
   * upgraded manager with a note.
   *
   * @param j the journal
   * @param info the manager in use
   * @param note receives remarks for the operator
   */
  public void checkBinding(Journal j, ManagerInfo info, Consumer<String> note) {
    ManagerBinding.check(j.manager, info, path.toString(), "journal", note);
  }

  /**
   * Rewrites the journal atomically (temp file, fsync, rename), in the current format.
   *
   * @param j the journal
   */
  public synchronized void write(Journal j) {
    j.format = Journal.FORMAT;
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
