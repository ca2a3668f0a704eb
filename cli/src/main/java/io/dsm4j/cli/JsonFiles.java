package io.dsm4j.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The {@code --file X.json} inputs: one JSON object, read strictly (a key twice is refused), whose
 * keys are the ones a command takes; what {@code --output json} prints about the object is accepted
 * too and its read-only keys ({@code id}, …) are ignored. Everything wrong here is the user's own
 * input: a usage error.
 */
final class JsonFiles {
  static final ObjectMapper JSON =
      JsonMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

  private JsonFiles() {}

  /** The object in the file ({@code -}: stdin), checked against the keys taken and ignored. */
  static JsonNode object(Dsm4j root, Path file, Set<String> taken, Set<String> ignored) {
    JsonNode n = parse(read(root, file), "--file " + file);
    if (!n.isObject()) {
      throw new Dsm4j.UsageException("--file " + file + " must hold one JSON object");
    }
    Set<String> unknown = new TreeSet<>();
    for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
      String k = it.next();
      if (!taken.contains(k) && !ignored.contains(k)) {
        unknown.add(k);
      }
    }
    if (!unknown.isEmpty()) {
      throw new Dsm4j.UsageException(
          "--file " + file + ": unknown keys " + unknown + "; it takes " + new TreeSet<>(taken));
    }
    return n;
  }

  /** The file's text ({@code -}: stdin). */
  static String read(Dsm4j root, Path file) {
    try {
      return file.toString().equals("-")
          ? new String(root.in.readAllBytes(), StandardCharsets.UTF_8)
          : Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new Dsm4j.UsageException(
          "cannot read --file " + file + ": " + Failures.fileReason(e), e);
    }
  }

  static JsonNode parse(String text, String what) {
    try {
      JsonNode n = JSON.readTree(text);
      if (n == null || n.isMissingNode()) {
        throw new Dsm4j.UsageException(what + " is empty");
      }
      return n;
    } catch (JsonProcessingException e) {
      throw new Dsm4j.UsageException(what + " is not JSON: " + e.getOriginalMessage(), e);
    }
  }

  /** A text value, or null when absent or null; another type is a usage error. */
  static String text(JsonNode o, String key) {
    JsonNode v = o.get(key);
    if (v == null || v.isNull()) {
      return null;
    }
    if (!v.isTextual()) {
      throw new Dsm4j.UsageException("'" + key + "' must be a string");
    }
    return v.textValue();
  }

  static Integer integer(JsonNode o, String key) {
    JsonNode v = o.get(key);
    if (v == null || v.isNull()) {
      return null;
    }
    if (!v.isIntegralNumber() || !v.canConvertToInt()) {
      throw new Dsm4j.UsageException("'" + key + "' must be an integer");
    }
    return v.intValue();
  }

  static Boolean bool(JsonNode o, String key) {
    JsonNode v = o.get(key);
    if (v == null || v.isNull()) {
      return null;
    }
    if (!v.isBoolean()) {
      throw new Dsm4j.UsageException("'" + key + "' must be true or false");
    }
    return v.booleanValue();
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
