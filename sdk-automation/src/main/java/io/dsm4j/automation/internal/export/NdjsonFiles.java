package io.dsm4j.automation.internal.export;

import com.fasterxml.jackson.databind.JsonNode;
import io.dsm4j.automation.internal.JournalFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** Reads the end of an NDJSON file, to verify it before anything is trusted or appended. */
final class NdjsonFiles {
  private static final int MAX_LINE = 1 << 20;

  private NdjsonFiles() {}

  /** The file's size, or -1 when it does not exist. */
  static long size(Path f) {
    try {
      return Files.exists(f) ? Files.size(f) : -1;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + f, e);
    }
  }

  /**
   * @param f a file
   * @param end where the content of interest ends (at most the file's size)
   * @return whether the content up to {@code end} is empty or ends with a complete line
   */
  static boolean endsWithNewline(Path f, long end) {
    if (end == 0) {
      return true;
    }
    try (FileChannel ch = FileChannel.open(f, StandardOpenOption.READ)) {
      ByteBuffer b = ByteBuffer.allocate(1);
      ch.read(b, end - 1);
      return b.position() == 1 && b.get(0) == '\n';
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + f, e);
    }
  }

  /**
   * @param f a file
   * @param end where the content of interest ends; it ends with a newline
   * @return the {@code eventKey} of the last line before {@code end}, or null when there is none or
   *     it is not an exported event
   */
  static String lastEventKey(Path f, long end) {
    if (end <= 1) {
      return null;
    }
    try (FileChannel ch = FileChannel.open(f, StandardOpenOption.READ)) {
      long start = Math.max(0, end - 1 - MAX_LINE);
      ByteBuffer b = ByteBuffer.allocate((int) (end - 1 - start));
      while (b.hasRemaining() && ch.read(b, start + b.position()) > 0) {
        // read the tail
      }
      byte[] bytes = b.array();
      int from = bytes.length;
      while (from > 0 && bytes[from - 1] != '\n') {
        from--;
      }
      String line = new String(bytes, from, bytes.length - from, StandardCharsets.UTF_8);
      JsonNode n = JournalFile.JSON.readTree(line);
      JsonNode key = n == null ? null : n.get("eventKey");
      return key == null || !key.isTextual() ? null : key.asText();
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      return null;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + f, e);
    }
  }

  /** Cuts a file to {@code length} bytes and forces it to disk. */
  static void truncate(Path f, long length) {
    try (FileChannel ch = FileChannel.open(f, StandardOpenOption.WRITE)) {
      ch.truncate(length);
      ch.force(true);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot truncate " + f, e);
    }
  }
}
