package io.dsm4j.cli;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

/**
 * The one reader of the {@code --file X.json} inputs: the file ({@code -}: stdin), parsed strictly
 * (a key twice is refused), holding one JSON object, read through {@link JsonInput}. What {@code
 * --output json} prints about an object is accepted too; its read-only keys ({@code id}, …) are the
 * commands' {@code ignored} keys. Everything wrong here is the user's own input: a usage error
 * naming {@code --file PATH}.
 */
final class JsonFiles {
  static final ObjectMapper JSON =
      JsonMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

  private JsonFiles() {}

  /** The object in the file ({@code -}: stdin); the caller checks its keys. */
  static JsonInput readObject(Dsm4j root, Path file) {
    String where = "--file " + file;
    JsonNode n = parse(read(root, file), where);
    if (!n.isObject()) {
      throw new Dsm4j.UsageException(where + ": must hold one JSON object");
    }
    return new JsonInput(n, where);
  }

  /** The object in the file ({@code -}: stdin), checked against the keys taken and ignored. */
  static JsonInput readObject(Dsm4j root, Path file, Set<String> taken, Set<String> ignored) {
    JsonInput in = readObject(root, file);
    in.check(taken, ignored);
    return in;
  }

  /** The file's text ({@code -}: stdin). */
  static String read(Dsm4j root, Path file) {
    try {
      return file.toString().equals("-")
          ? new String(root.in.readAllBytes(), StandardCharsets.UTF_8)
          : Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new Dsm4j.UsageException(
          "--file " + file + ": cannot read: " + Failures.fileReason(e), e);
    }
  }

  /**
   * JSON text, parsed strictly; {@code what} names it in the usage error (with the line and column
   * of a syntax error); empty text is refused too. The parser's exception is not the cause: its
   * message would repeat the location on the error line.
   */
  static JsonNode parse(String text, String what) {
    try {
      JsonNode n = JSON.readTree(text);
      if (n == null || n.isMissingNode()) {
        throw new Dsm4j.UsageException(what + ": is empty");
      }
      return n;
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      throw new Dsm4j.UsageException(
          what
              + ": not valid JSON"
              + (at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr())
              + ": "
              + Terminal.oneLine(e.getOriginalMessage()));
    }
  }

  /** JSON text as plain data for {@link Output} (maps keep the manager's order). */
  static Object plain(JsonNode n) {
    return JSON.convertValue(n, Object.class);
  }

  /** The plain form of an object node. */
  @SuppressWarnings("unchecked")
  static Map<String, Object> map(JsonNode n) {
    return (Map<String, Object>) plain(n);
  }
}
