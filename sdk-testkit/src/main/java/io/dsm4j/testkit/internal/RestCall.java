package io.dsm4j.testkit.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** One {@code /api} request as a handler sees it, with the JSON helpers handlers share. */
final class RestCall {
  static final ObjectMapper JSON = new ObjectMapper();

  /** An error answered as {@code {"message": ...}} with the given status. */
  static final class Fail extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final int status;

    Fail(int status, String message) {
      super(message);
      this.status = status;
    }
  }

  final Store s;
  final String method;

  /** Decoded path segments after {@code /api}. */
  final List<String> path;

  final Map<String, List<String>> query;

  /** The API key's row when the caller used a key made through the API, else null. */
  JsonRec key;

  private final byte[] body;
  private final Map<RestRoutes.Param<?>, String> segments = new HashMap<>();
  private final Map<RestRoutes.Param<?>, Object> values = new HashMap<>();

  RestCall(
      Store s, String method, List<String> path, Map<String, List<String>> query, byte[] body) {
    this.s = s;
    this.method = method;
    this.path = path;
    this.query = query;
    this.body = body;
  }

  /** Binds a path parameter; an eager one is resolved now (and may answer 404). */
  void bind(RestRoutes.Param<?> p, String segment) {
    segments.put(p, segment);
    if (p.eager()) {
      values.put(p, p.resolve().apply(s, segment));
    }
  }

  /** The value of a path parameter of the matched route (a lazy one is resolved now). */
  <T> T get(RestRoutes.Param<T> p) {
    if (!values.containsKey(p)) {
      String seg = segments.get(p);
      if (seg == null) {
        throw new IllegalStateException("the route has no parameter " + p.name());
      }
      values.put(p, p.resolve().apply(s, seg));
    }
    @SuppressWarnings("unchecked")
    T v = (T) values.get(p);
    return v;
  }

  boolean flag(String name) {
    List<String> v = query.get(name);
    return v != null && !v.isEmpty() && v.get(0).equalsIgnoreCase("true");
  }

  JsonNode body() {
    if (body.length == 0) {
      return JSON.createObjectNode();
    }
    try {
      JsonNode n = JSON.readTree(body);
      return n == null ? JSON.createObjectNode() : n;
    } catch (java.io.IOException e) {
      throw new Fail(400, "The request body is not valid JSON.");
    }
  }

  ObjectNode objectBody() {
    JsonNode n = body();
    if (!n.isObject()) {
      throw new Fail(400, "The request body must be a JSON object.");
    }
    return (ObjectNode) n;
  }

  Fail methodNotAllowed() {
    return new Fail(
        405, "Method " + method + " is not allowed on /api/" + String.join("/", path) + ".");
  }

  // ------------------------------------------------------------------ JSON helpers

  static int id(String seg, String what) {
    try {
      return Integer.parseInt(seg);
    } catch (NumberFormatException e) {
      throw new Fail(404, "The " + what + " does not exist.");
    }
  }

  static Integer optInt(JsonNode o, String field) {
    JsonNode n = o.get(field);
    if (n == null || n.isNull()) {
      return null;
    }
    if (!n.isIntegralNumber() || !n.canConvertToInt()) {
      throw new Fail(400, field + " must be an integer.");
    }
    return n.intValue();
  }

  static String optString(JsonNode o, String field) {
    JsonNode n = o.get(field);
    if (n == null || n.isNull()) {
      return null;
    }
    if (!n.isTextual()) {
      throw new Fail(400, field + " must be a string.");
    }
    return n.textValue();
  }

  static Boolean optBool(JsonNode o, String field) {
    JsonNode n = o.get(field);
    if (n == null || n.isNull()) {
      return null;
    }
    if (!n.isBoolean()) {
      throw new Fail(400, field + " must be true or false.");
    }
    return n.booleanValue();
  }

  static List<Integer> intList(JsonNode o, String field) {
    JsonNode n = o.get(field);
    if (n == null || n.isNull()) {
      return null;
    }
    if (!n.isArray()) {
      throw new Fail(400, field + " must be an array of integers.");
    }
    List<Integer> out = new ArrayList<>();
    for (JsonNode e : n) {
      if (!e.isIntegralNumber() || !e.canConvertToInt()) {
        throw new Fail(400, field + " must be an array of integers.");
      }
      out.add(e.intValue());
    }
    return out;
  }

  static ObjectNode wrap(String key, List<ObjectNode> items) {
    ObjectNode o = JSON.createObjectNode();
    ArrayNode a = o.putArray(key);
    a.addAll(items);
    return o;
  }

  static void ints(ArrayNode a, Collection<Integer> ids) {
    for (Integer i : ids) {
      a.add(i);
    }
  }
}
