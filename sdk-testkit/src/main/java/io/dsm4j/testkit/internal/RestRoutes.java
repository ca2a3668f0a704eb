package io.dsm4j.testkit.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.BiFunction;

/**
 * The {@code /api} route table: each route is a path pattern (literal segments and {@link Param}s)
 * with a handler per HTTP method. Resources declare their routes here; {@link RestRouter} matches
 * requests against them, and {@link #served()} lists them.
 *
 * <p>Matching: the route whose pattern has the request's length and matches it with the most
 * literal segments wins ({@code /policies/search} before {@code /policies/{id}}); when none does, a
 * {@link #notFoundBelow} route whose prefix matches resolves its parameters (so a missing parent
 * answers its own 404) and answers "Not found.". Eager parameters are resolved before the method
 * check, so a missing object answers 404 before a wrong method answers 405, as a DSM does.
 */
final class RestRoutes {
  /** Handles one request of a matched route. */
  @FunctionalInterface
  interface Handler {
    /** The JSON answer (HTTP 200), or null for an empty 200. */
    JsonNode handle(RestCall call);
  }

  /**
   * A path parameter. An eager one is resolved as soon as the route matches (looking the object up,
   * 404 when missing); a lazy one only when the handler asks for it.
   */
  record Param<T>(String name, BiFunction<Store, String, T> resolve, boolean eager) {
    static <T> Param<T> resolved(String name, BiFunction<Store, String, T> resolve) {
      return new Param<>(name, resolve, true);
    }

    static <T> Param<T> lazy(String name, BiFunction<Store, String, T> resolve) {
      return new Param<>(name, resolve, false);
    }
  }

  /** Answers 404 "Not found." (for routes where DSM answers that to other methods). */
  static final Handler NOT_FOUND =
      c -> {
        throw new RestCall.Fail(404, "Not found.");
      };

  /** One path pattern and its handlers. */
  static final class Route {
    final Object[] pattern;
    final boolean below;
    final Map<String, Handler> methods = new LinkedHashMap<>();
    Handler otherwise =
        c -> {
          throw c.methodNotAllowed();
        };

    Route(Object[] pattern, boolean below) {
      this.pattern = pattern;
      this.below = below;
    }

    Route get(Handler h) {
      return on("GET", h);
    }

    Route post(Handler h) {
      return on("POST", h);
    }

    Route put(Handler h) {
      return on("PUT", h);
    }

    Route delete(Handler h) {
      return on("DELETE", h);
    }

    /** What the methods without a handler get (default: 405). */
    Route otherwise(Handler h) {
      this.otherwise = h;
      return this;
    }

    private Route on(String method, Handler h) {
      if (methods.put(method, h) != null) {
        throw new IllegalStateException("two " + method + " handlers for " + text());
      }
      return this;
    }

    String text() {
      StringBuilder sb = new StringBuilder("/api");
      for (Object seg : pattern) {
        sb.append('/').append(seg instanceof Param<?> ? "{id}" : seg);
      }
      return sb.toString();
    }

    /** Literal segments matched, or -1 when the pattern does not match the path. */
    int score(List<String> path) {
      if (below ? path.size() <= pattern.length : path.size() != pattern.length) {
        return -1;
      }
      int literal = 0;
      for (int i = 0; i < pattern.length; i++) {
        if (pattern[i] instanceof String lit) {
          if (!lit.equals(path.get(i))) {
            return -1;
          }
          literal++;
        }
      }
      return literal;
    }
  }

  private final List<Route> routes = new ArrayList<>();

  /** Declares a route: segments are literal strings or {@link Param}s. */
  Route on(Object... pattern) {
    for (Route r : routes) {
      if (!r.below && java.util.Arrays.equals(r.pattern, pattern)) {
        return r;
      }
    }
    Route r = new Route(pattern.clone(), false);
    routes.add(r);
    return r;
  }

  /** Any longer path under {@code prefix} resolves the prefix's parameters, then 404. */
  void notFoundBelow(Object... prefix) {
    routes.add(new Route(prefix.clone(), true));
  }

  /** The route for a path: the best exact match, else the best notFoundBelow, else null. */
  Route match(List<String> path) {
    Route best = null;
    int bestScore = -1;
    for (boolean below : new boolean[] {false, true}) {
      for (Route r : routes) {
        if (r.below == below) {
          int score = r.score(path);
          if (score > bestScore) {
            best = r;
            bestScore = score;
          }
        }
      }
      if (best != null) {
        return best;
      }
    }
    return null;
  }

  /** Every served method and path, e.g. {@code GET /api/policies/{id}}, sorted. */
  TreeSet<String> served() {
    TreeSet<String> out = new TreeSet<>();
    for (Route r : routes) {
      for (String m : r.methods.keySet()) {
        out.add(m + " " + r.text());
      }
    }
    return out;
  }
}
