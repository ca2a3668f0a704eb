package io.dsm4j;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Any request of the Deep Security API ({@code /api}), for what dsm4j does not model, through the
 * same connection as every modelled call: TLS and pins, proxy, the API key, one deadline per call,
 * the retry policy, the rate limit and secret masking. Get it with {@code
 * manager.unwrap(RestAccess.class)} ({@link Capability#REST_ACCESS}).
 *
 * <pre>{@code
 * RestAccess api = manager.unwrap(RestAccess.class);
 * String json = api.send(RestAccess.Request.get("/computers/42")
 *     .query("expand", "computerSettings").build()).body();
 * }</pre>
 *
 * <p>A {@code GET}, and a {@code POST} to a path ending in {@code /search}, is a read: retried on
 * connection failures and 5xx answers like every read. Anything else is a write, retried only when
 * the manager refused it unprocessed (429). An answer other than 2xx is thrown as the same typed
 * exception a modelled call throws ({@link io.dsm4j.exception.NotFoundException} for 404, …).
 * Values of JSON fields whose name contains {@code password} or {@code secret}, in requests and
 * answers, are masked in every message and log from then on.
 */
public interface RestAccess {

  /**
   * Sends one request.
   *
   * @param request the request
   * @return the manager's 2xx answer
   * @throws io.dsm4j.exception.DsmException for any other answer or failure
   * @throws IllegalArgumentException for a body that is not JSON
   */
  Response send(Request request);

  /**
   * The manager's answer.
   *
   * @param status the HTTP status (2xx)
   * @param body the JSON body as text, empty when the answer had none
   */
  record Response(int status, String body) {
    /**
     * Checks the components.
     *
     * @param status the HTTP status
     * @param body the body, empty when none
     */
    public Response {
      body = body == null ? "" : body;
    }
  }

  /**
   * One {@code /api} request: a method, a path relative to {@code /api}, query parameters, a JSON
   * body. Absolute URLs, {@code //host} paths, {@code ..} segments and paths that already start
   * with {@code /api} are refused, so a request can only reach this manager's API.
   */
  final class Request {
    private static final Set<String> METHODS = Set.of("GET", "POST", "PUT", "DELETE");

    private final String method;
    private final String path;
    private final Map<String, List<String>> query;
    private final @Nullable String body;
    private final boolean bulk;

    private Request(Builder b) {
      this.method = b.method;
      this.path = b.path;
      Map<String, List<String>> q = new LinkedHashMap<>();
      b.query.forEach((k, v) -> q.put(k, List.copyOf(v)));
      this.query = Collections.unmodifiableMap(q);
      this.body = b.body;
      this.bulk = b.bulk;
    }

    /**
     * @param method {@code GET}, {@code POST}, {@code PUT} or {@code DELETE} (any case)
     * @param path the path below {@code /api}, e.g. {@code /policies/1} or {@code policies/1}
     * @return a builder
     * @throws IllegalArgumentException for another method or a path outside {@code /api}
     */
    public static Builder builder(String method, String path) {
      return new Builder(method, path);
    }

    /**
     * @param path the path below {@code /api}
     * @return a builder of a {@code GET}
     */
    public static Builder get(String path) {
      return builder("GET", path);
    }

    /**
     * @param path the path below {@code /api}
     * @param json the body
     * @return a builder of a {@code POST}
     */
    public static Builder post(String path, String json) {
      return builder("POST", path).body(json);
    }

    /**
     * @return the method, upper case
     */
    public String method() {
      return method;
    }

    /**
     * @return the path below {@code /api}, starting with {@code /}
     */
    public String path() {
      return path;
    }

    /**
     * @return the query parameters, in the order given
     */
    public Map<String, List<String>> query() {
      return query;
    }

    /**
     * @return the JSON body, or null for none
     */
    public @Nullable String body() {
      return body;
    }

    /**
     * @return whether the answer may be a whole catalog (the bulk deadline and size limit apply)
     */
    public boolean bulk() {
      return bulk;
    }

    /**
     * @return whether this request only reads: a {@code GET}, or a {@code POST} to {@code …/search}
     */
    public boolean isRead() {
      return method.equals("GET") || (method.equals("POST") && path.endsWith("/search"));
    }

    @Override
    public String toString() {
      return "RestAccess.Request[" + method + " /api" + path + "]";
    }

    /** Builds a {@link Request}. */
    public static final class Builder {
      private final String method;
      private final String path;
      private final Map<String, List<String>> query = new LinkedHashMap<>();
      private String body;
      private boolean bulk;

      private Builder(String method, String path) {
        Objects.requireNonNull(method, "method");
        String m = method.trim().toUpperCase(Locale.ROOT);
        if (!METHODS.contains(m)) {
          throw new IllegalArgumentException(
              "method must be GET, POST, PUT or DELETE, not '" + method + "'");
        }
        this.method = m;
        this.path = path(path);
      }

      private static String path(String path) {
        Objects.requireNonNull(path, "path");
        String p = path.trim();
        if (p.startsWith("//") || p.contains("://") || p.matches("(?i)^[a-z][a-z0-9+.-]*:.*")) {
          throw new IllegalArgumentException(
              "give a path below /api (e.g. /policies/1), not a URL: '" + path + "'");
        }
        if (!p.startsWith("/")) {
          p = "/" + p;
        }
        if (p.equals("/api") || p.startsWith("/api/")) {
          throw new IllegalArgumentException(
              "give the path below /api: '" + p.substring(4) + "', not '" + p + "'");
        }
        if (p.contains("?") || p.contains("#")) {
          throw new IllegalArgumentException(
              "give query parameters with query(name, value), not in the path: '" + path + "'");
        }
        for (int i = 0; i < p.length(); i++) {
          char c = p.charAt(i);
          if (c <= ' ' || c == 0x7f || c == '\\') {
            throw new IllegalArgumentException(
                "the path has a space, control character or backslash: '" + path + "'");
          }
        }
        List<String> segments = new ArrayList<>(List.of(p.substring(1).split("/", -1)));
        if (segments.isEmpty() || segments.get(0).isEmpty()) {
          throw new IllegalArgumentException("the path names no resource: '" + path + "'");
        }
        for (String s : segments) {
          if (s.equals("..") || s.equals(".")) {
            throw new IllegalArgumentException(
                "the path must not contain '.' or '..' segments: '" + path + "'");
          }
        }
        return p;
      }

      /**
       * Adds a query parameter (repeatable: {@code expand=a&expand=b}).
       *
       * @param name the name
       * @param value the value
       * @return this builder
       */
      public Builder query(String name, String value) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(value, "value");
        if (name.isBlank()) {
          throw new IllegalArgumentException("a query parameter needs a name");
        }
        query.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
        return this;
      }

      /**
       * @param json the JSON body (checked before it is sent)
       * @return this builder
       */
      public Builder body(String json) {
        this.body = Objects.requireNonNull(json, "json");
        return this;
      }

      /**
       * Marks a request whose answer may be a whole catalog (e.g. a large search): the bulk
       * deadline and size limit apply ({@code Manager.Builder.bulkCallTimeout}).
       *
       * @return this builder
       */
      public Builder bulk() {
        this.bulk = true;
        return this;
      }

      /**
       * @return the request
       */
      public Request build() {
        if (method.equals("GET") && body != null) {
          throw new IllegalArgumentException("a GET request has no body");
        }
        return new Request(this);
      }
    }
  }
}
