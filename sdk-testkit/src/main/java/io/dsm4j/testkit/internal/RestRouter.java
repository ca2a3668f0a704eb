package io.dsm4j.testkit.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code /api} (Deep Security API, v1) front end: API-key and version checks, the per-key rate
 * limit, then the route of {@link Registry#routes()} that matches, run while holding the store
 * lock.
 */
public final class RestRouter {
  static final String JSON = "application/json";

  private final Store s;
  private final RestRoutes routes;
  private final Map<String, ArrayDeque<Long>> calls = new HashMap<>();

  public RestRouter(Store s) {
    this.s = s;
    this.routes = Registry.routes();
  }

  public Reply handle(
      String method, String rawPath, String rawQuery, Map<String, String> headers, byte[] body) {
    try {
      String key = apiKey(headers);
      Scope scope = key == null ? null : scope(key);
      if (scope == null) {
        throw new RestCall.Fail(401, "Authentication failed: missing or invalid API key.");
      }
      Store target = scope.store();
      String version = headers.get("api-version");
      if (version == null || version.isBlank()) {
        throw new RestCall.Fail(400, "The api-version header is required (use v1).");
      }
      if (!version.trim().equals("v1")) {
        throw new RestCall.Fail(
            400, "Unsupported api-version '" + version.trim() + "'; this manager supports v1.");
      }
      if (!admit(key)) {
        return error(429, "Too many API requests");
      }
      List<String> path = new ArrayList<>();
      for (String seg : rawPath.substring("/api".length()).split("/")) {
        if (!seg.isEmpty()) {
          path.add(URLDecoder.decode(seg, StandardCharsets.UTF_8));
        }
      }
      RestCall call = new RestCall(target, method, path, query(rawQuery), body);
      call.key = scope.key();
      target.countOperation(
          method
              + " /api/"
              + String.join("/", path.stream().map(p -> p.matches("\\d+") ? "{id}" : p).toList()));
      JsonNode out;
      synchronized (target) {
        out = dispatch(call);
      }
      return new Reply(200, JSON, out == null ? new byte[0] : RestCall.JSON.writeValueAsBytes(out));
    } catch (RestCall.Fail f) {
      return error(f.status, f.getMessage());
    } catch (Search.BadSearch b) {
      return error(400, b.getMessage());
    } catch (JsonProcessingException e) {
      return error(500, "Could not write the response: " + e.getOriginalMessage());
    }
  }

  private JsonNode dispatch(RestCall call) {
    RestRoutes.Route r = routes.match(call.path);
    if (r == null) {
      throw new RestCall.Fail(404, "Not found.");
    }
    for (int i = 0; i < r.pattern.length; i++) {
      if (r.pattern[i] instanceof RestRoutes.Param<?> p) {
        call.bind(p, call.path.get(i));
      }
    }
    if (r.below) {
      throw new RestCall.Fail(404, "Not found.");
    }
    return r.methods.getOrDefault(call.method, r.otherwise).handle(call);
  }

  /** The state a key reaches and the key's row (null for the simulator's configured key). */
  private record Scope(Store store, JsonRec key) {}

  /**
   * Whose key it is: the configured key and the keys made with {@code /apikeys} reach the primary
   * tenant; keys made in an active tenant reach that tenant's own state. Expired or disabled keys
   * reach nothing. Expiry is judged by the real clock, as the client that set it does.
   */
  private Scope scope(String key) {
    synchronized (s) {
      if (key.equals(s.cfg.apiKey())) {
        return new Scope(s, null);
      }
      long now = System.currentTimeMillis();
      JsonRec k = s.admin.key(key, now);
      if (k != null) {
        return new Scope(s, k);
      }
      for (AdminState.TenantRec t : s.admin.tenants.values()) {
        if (t.active()) {
          JsonRec tk = t.store.admin.key(key, now);
          if (tk != null) {
            return new Scope(t.store, tk);
          }
        }
      }
      return null;
    }
  }

  static Reply error(int status, String message) {
    ObjectNode n = RestCall.JSON.createObjectNode().put("message", message);
    return Reply.of(status, JSON, n.toString());
  }

  private static String apiKey(Map<String, String> h) {
    String k = h.get("api-secret-key");
    if (k != null) {
      return k.trim();
    }
    String auth = h.get("authorization");
    if (auth != null && auth.regionMatches(true, 0, "ApiKey ", 0, 7)) {
      return auth.substring(7).trim();
    }
    return null;
  }

  /** Sliding 60 s window per API key; rejected calls are not counted (as on a real DSM). */
  private boolean admit(String key) {
    int limit = s.cfg.rateLimitPerMinute();
    if (limit <= 0) {
      return true;
    }
    synchronized (calls) {
      long now = System.nanoTime();
      ArrayDeque<Long> q = calls.computeIfAbsent(key, k -> new ArrayDeque<>());
      while (!q.isEmpty() && now - q.peekFirst() >= 60_000_000_000L) {
        q.pollFirst();
      }
      if (q.size() >= limit) {
        return false;
      }
      q.addLast(now);
      return true;
    }
  }

  private static Map<String, List<String>> query(String raw) {
    Map<String, List<String>> q = new HashMap<>();
    if (raw == null || raw.isEmpty()) {
      return q;
    }
    for (String part : raw.split("&")) {
      if (part.isEmpty()) {
        continue;
      }
      int eq = part.indexOf('=');
      String k = URLDecoder.decode(eq < 0 ? part : part.substring(0, eq), StandardCharsets.UTF_8);
      String v = eq < 0 ? "" : URLDecoder.decode(part.substring(eq + 1), StandardCharsets.UTF_8);
      q.computeIfAbsent(k, x -> new ArrayList<>()).add(v);
    }
    return q;
  }
}
