package io.dsm4j.automation.internal.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.dsm4j.automation.RefusedException;
import io.dsm4j.automation.internal.AtomicFiles;
import io.dsm4j.automation.internal.ExportState;
import io.dsm4j.automation.internal.JournalFile;
import io.dsm4j.exception.DsmException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads and atomically rewrites the export state. */
final class StateFile {
  private final Path path;

  StateFile(Path path) {
    this.path = path;
  }

  Path path() {
    return path;
  }

  boolean exists() {
    return Files.exists(path);
  }

  ExportState read() {
    ExportState s;
    try {
      s = JournalFile.JSON.readValue(path.toFile(), ExportState.class);
    } catch (IOException e) {
      throw new RefusedException(
          "cannot read the export state " + path + ": " + DsmException.oneLine(e.getMessage()));
    }
    if (!ExportState.FORMAT.equals(s.format) && !ExportState.FORMAT_1.equals(s.format)) {
      throw new RefusedException(path + " is not a dsm4j export state (format " + s.format + ")");
    }
    return s;
  }

  void write(ExportState s) {
    s.format = ExportState.FORMAT;
    try {
      AtomicFiles.write(path, JournalFile.JSON.writeValueAsBytes(s));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialize the export state", e);
    }
  }
}
