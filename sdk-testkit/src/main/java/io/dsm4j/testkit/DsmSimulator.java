package io.dsm4j.testkit;

import io.dsm4j.Backend;
import io.dsm4j.Manager;
import io.dsm4j.testkit.internal.Registry;
import io.dsm4j.testkit.internal.Server;
import io.dsm4j.testkit.internal.SimConfig;
import io.dsm4j.testkit.internal.Store;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Set;

/**
 * An embedded, stateful Deep Security Manager simulator that speaks both the REST {@code /api}
 * (JSON, API-key auth) and the SOAP {@code /webservice/Manager} (Axis 1.4 document/literal)
 * protocols on one loopback port, backed by one in-memory state: a policy created over SOAP is
 * visible over REST with the same ID.
 *
 * <p>The data (rule catalog, policy tree, computers, security updates, events) is generated
 * deterministically from the seed. Data timestamps come from the configured {@link Clock}; elapsed
 * time behaviour (session idle timeout, scan delay, rate-limit window) uses the real monotonic
 * timer so that a fixed clock does not freeze scans.
 *
 * <pre>{@code
 * try (DsmSimulator sim = DsmSimulator.builder().size(Size.SMALL).seed(7).start();
 *     Manager manager = sim.managerBuilder(Backend.REST).build()) {
 *   List<Policy> policies = manager.policies().list();
 *   assertThat(policies).extracting(Policy::name).contains("Base Policy");
 *   sim.injectFault(Fault.HTTP_500, 1); // the next request fails, then service resumes
 * }
 * }</pre>
 */
public final class DsmSimulator implements AutoCloseable {
  /** API key accepted by {@code /api} unless {@link Builder#apiKey(String)} changes it. */
  public static final String DEFAULT_API_KEY = "2:dsm4j-simulator-key";

  /** SOAP user name accepted unless {@link Builder#user(String, String)} changes it. */
  public static final String DEFAULT_USERNAME = "dsm4j";

  /** SOAP password accepted unless {@link Builder#user(String, String)} changes it. */
  public static final String DEFAULT_PASSWORD = "simulator";

  private final SimConfig config;
  private final Server server;
  private final SimulatorState state;
  private final URI url;
  private boolean closed;

  private DsmSimulator(SimConfig config, int port) {
    this.config = config;
    Store store = new Store(config);
    try {
      this.server = new Server(store, port);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start the DSM simulator on 127.0.0.1:" + port, e);
    }
    this.state = new SimulatorState(store);
    this.url = URI.create("http://127.0.0.1:" + server.port());
  }

  /**
   * Every SOAP operation the simulator serves (sorted), derived from its resource table; any other
   * operation answers a ManagerException "not implemented". For conformance tests that must cover
   * what the simulator serves.
   *
   * @return the operation names
   */
  public static Set<String> servedSoapOperations() {
    return Registry.servedSoapOperations();
  }

  /**
   * Every REST method and path the simulator serves (sorted), derived from its resource table, with
   * IDs as {@code {id}} like the keys of {@link SimulatorState#operationCounts()}, e.g. {@code "GET
   * /api/policies/{id}"}.
   *
   * @return the routes as {@code "METHOD /path"}
   */
  public static Set<String> servedRestRoutes() {
    return Registry.servedRestRoutes();
  }

  /**
   * A builder with the defaults: free port, seed 42, {@link Size#SMALL}.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The base URL, {@code http://127.0.0.1:PORT} without a trailing slash.
   *
   * @return the URL both protocols are served on
   */
  public URI url() {
    return url;
  }

  /**
   * The loopback port the simulator listens on.
   *
   * @return the port, the free one picked when the builder asked for 0
   */
  public int port() {
    return server.port();
  }

  /**
   * The API key {@code /api} accepts.
   *
   * @return the key, {@link #DEFAULT_API_KEY} unless the builder changed it
   */
  public String apiKey() {
    return config.apiKey();
  }

  /**
   * The user name SOAP sign-in accepts.
   *
   * @return the user name, {@link #DEFAULT_USERNAME} unless the builder changed it
   */
  public String username() {
    return config.username();
  }

  /**
   * The password SOAP sign-in accepts.
   *
   * @return the password, {@link #DEFAULT_PASSWORD} unless the builder changed it
   */
  public String password() {
    return config.password();
  }

  /**
   * The tenant SOAP sign-in requires.
   *
   * @return the tenant's name, or null when the simulator is single-tenant
   */
  public String tenant() {
    return config.tenant();
  }

  /**
   * Views of and fixtures for the simulator's state.
   *
   * @return the state, the same object on every call
   */
  public SimulatorState state() {
    return state;
  }

  /**
   * A {@link Manager.Builder} pointing at this simulator with the credentials the backend needs
   * ({@link Backend#AUTO}: both), default TLS options and client-side rate limiting off.
   *
   * @param backend the backend the manager will use
   * @return a new builder, to complete and {@code build()}
   */
  public Manager.Builder managerBuilder(Backend backend) {
    Objects.requireNonNull(backend, "backend");
    Manager.Builder b = Manager.builder().url(url).backend(backend).requestsPerMinute(0);
    if (backend != Backend.SOAP) {
      b.apiKey(config.apiKey());
    }
    if (backend != Backend.REST) {
      b.username(config.username()).password(config.password());
      if (config.tenant() != null) {
        b.tenant(config.tenant());
      }
    }
    return b;
  }

  /**
   * Makes the next {@code count} requests (either protocol) fail with {@code fault}; afterwards
   * normal service resumes. A faulted request has no effect on the state. {@code count} 0 clears a
   * pending fault.
   *
   * @param fault how the requests fail
   * @param count how many requests fail, at least 0
   * @throws IllegalArgumentException for a negative count
   */
  public void injectFault(Fault fault, int count) {
    Objects.requireNonNull(fault, "fault");
    if (count < 0) {
      throw new IllegalArgumentException("count must not be negative");
    }
    server.injectFault(fault, count);
  }

  /**
   * Makes every later SOAP request for {@code operation} (e.g. {@code "DPIRuleRetrieveAll"}) wait
   * {@code delay} before it is answered, while other requests are answered as usual: a slow call to
   * interrupt. {@link Duration#ZERO} removes the delay; closing the simulator ends a wait.
   *
   * @param operation the SOAP operation's name
   * @param delay how long each of its requests waits, not negative
   * @throws IllegalArgumentException for a negative delay
   */
  public void delaySoapOperation(String operation, Duration delay) {
    Objects.requireNonNull(operation, "operation");
    Objects.requireNonNull(delay, "delay");
    if (delay.isNegative()) {
      throw new IllegalArgumentException("delay must not be negative");
    }
    server.delaySoapOperation(operation, delay);
  }

  /** Stops the server; idempotent. Requests held by {@link Fault#TIMEOUT} are released. */
  @Override
  public synchronized void close() {
    if (!closed) {
      closed = true;
      server.close();
    }
  }

  @Override
  public String toString() {
    return "DsmSimulator["
        + url
        + ", seed="
        + config.seed()
        + ", "
        + (config.full() ? "FULL" : "SMALL")
        + "]";
  }

  /** Configures and starts a {@link DsmSimulator}. */
  public static final class Builder {
    private int port;
    private long seed = 42;
    private Size size = Size.SMALL;
    private String apiKey = DEFAULT_API_KEY;
    private String username = DEFAULT_USERNAME;
    private String password = DEFAULT_PASSWORD;
    private String tenant;
    private boolean legacyEventOperations;
    private Duration sessionIdleTimeout = Duration.ofMinutes(30);
    private int maxSessions = 10;
    private Duration scanDelay = Duration.ofSeconds(2);
    private int eventCap = 1000;
    private EventOrder eventOrder = EventOrder.OLDEST_FIRST;
    private int rateLimitPerMinute;
    private Duration latency = Duration.ZERO;
    private Clock clock = Clock.systemUTC();
    private Integer eventsPerKind;
    private Integer ipsRuleCount;

    private Builder() {}

    /**
     * TCP port on 127.0.0.1; 0 (the default) picks a free port.
     *
     * @param port the port, 0 to 65535
     * @return this builder
     * @throws IllegalArgumentException for a port outside 0 to 65535
     */
    public Builder port(int port) {
      if (port < 0 || port > 65535) {
        throw new IllegalArgumentException("port must be 0-65535");
      }
      this.port = port;
      return this;
    }

    /**
     * Seed of the generated data (default 42); equal seeds give equal data.
     *
     * @param seed the seed
     * @return this builder
     */
    public Builder seed(long seed) {
      this.seed = seed;
      return this;
    }

    /**
     * How much data to generate (default {@link Size#SMALL}).
     *
     * @param size the size
     * @return this builder
     */
    public Builder size(Size size) {
      this.size = Objects.requireNonNull(size, "size");
      return this;
    }

    /**
     * The API key {@code /api} accepts (default {@link #DEFAULT_API_KEY}).
     *
     * @param apiKey the key, not blank
     * @return this builder
     */
    public Builder apiKey(String apiKey) {
      this.apiKey = text(apiKey, "apiKey");
      return this;
    }

    /**
     * The credentials SOAP sign-in accepts (default {@link #DEFAULT_USERNAME} and {@link
     * #DEFAULT_PASSWORD}).
     *
     * @param username the user name, not blank
     * @param password the password, not blank
     * @return this builder
     */
    public Builder user(String username, String password) {
      this.username = text(username, "username");
      this.password = text(password, "password");
      return this;
    }

    /**
     * Makes SOAP sign-in multi-tenant: only {@code authenticateTenant} with this name works.
     *
     * @param tenant the tenant's name, not blank
     * @return this builder
     */
    public Builder tenant(String tenant) {
      this.tenant = text(tenant, "tenant");
      return this;
    }

    /**
     * How long a SOAP session may stay unused before it expires (default 30 minutes).
     *
     * @param timeout the idle timeout, positive
     * @return this builder
     */
    public Builder sessionIdleTimeout(Duration timeout) {
      this.sessionIdleTimeout = positive(timeout, "sessionIdleTimeout");
      return this;
    }

    /**
     * How many SOAP sessions may be active at once (default 10); a sign-in beyond it faults.
     *
     * @param maxSessions the limit, at least 1
     * @return this builder
     */
    public Builder maxSessions(int maxSessions) {
      if (maxSessions < 1) {
        throw new IllegalArgumentException("maxSessions must be at least 1");
      }
      this.maxSessions = maxSessions;
      return this;
    }

    /**
     * How long a recommendation scan takes to complete (default 2 s; zero = at once).
     *
     * @param delay the scan's duration, not negative
     * @return this builder
     */
    public Builder scanDelay(Duration delay) {
      Objects.requireNonNull(delay, "scanDelay");
      if (delay.isNegative()) {
        throw new IllegalArgumentException("scanDelay must not be negative");
      }
      this.scanDelay = delay;
      return this;
    }

    /**
     * Maximum events per SOAP event answer (default 1000); more set {@code truncated}.
     *
     * @param cap the maximum, at least 1
     * @return this builder
     */
    public Builder eventCap(int cap) {
      if (cap < 1) {
        throw new IllegalArgumentException("eventCap must be at least 1");
      }
      this.eventCap = cap;
      return this;
    }

    /**
     * Behaves like a DSM 9.x manager for events: the {@code …EventRetrieve2} operations (64-bit
     * IDs, DSM 10+) answer "No such operation" and only the {@code …EventRetrieve} ones work. Off
     * by default (both work, as on DSM 10–20).
     *
     * @param on whether to behave like DSM 9.x
     * @return this builder
     */
    public Builder legacyEventOperations(boolean on) {
      this.legacyEventOperations = on;
      return this;
    }

    /**
     * The order events are returned in before an answer is capped (default {@link
     * EventOrder#OLDEST_FIRST}).
     *
     * @param order the order
     * @return this builder
     */
    public Builder eventOrder(EventOrder order) {
      this.eventOrder = Objects.requireNonNull(order, "eventOrder");
      return this;
    }

    /**
     * Per-API-key REST limit, answered with HTTP 429; 0 (the default) disables it.
     *
     * @param limit the requests allowed per minute, at least 0
     * @return this builder
     */
    public Builder rateLimitPerMinute(int limit) {
      if (limit < 0) {
        throw new IllegalArgumentException("rateLimitPerMinute must not be negative");
      }
      this.rateLimitPerMinute = limit;
      return this;
    }

    /**
     * Delay added to every request (default none).
     *
     * @param latency the delay, not negative
     * @return this builder
     */
    public Builder latency(Duration latency) {
      Objects.requireNonNull(latency, "latency");
      if (latency.isNegative()) {
        throw new IllegalArgumentException("latency must not be negative");
      }
      this.latency = latency;
      return this;
    }

    /**
     * Clock for generated timestamps and "now" (default the UTC system clock).
     *
     * @param clock the clock
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * Events generated per event kind (default 500 for SMALL, 5000 for FULL).
     *
     * @param count the number of events, at least 0
     * @return this builder
     */
    public Builder eventsPerKind(int count) {
      if (count < 0) {
        throw new IllegalArgumentException("eventsPerKind must not be negative");
      }
      this.eventsPerKind = count;
      return this;
    }

    /**
     * Overrides the number of generated IPS rules (default 300 SMALL, 10,000 FULL).
     *
     * @param count the number of rules, 0 to 150,000
     * @return this builder
     */
    public Builder ipsRuleCount(int count) {
      if (count < 0 || count > 150_000) {
        throw new IllegalArgumentException("ipsRuleCount must be 0-150000");
      }
      this.ipsRuleCount = count;
      return this;
    }

    /**
     * Generates the data and starts the server.
     *
     * @return the running simulator, to close when done
     * @throws java.io.UncheckedIOException when the port cannot be bound
     */
    public DsmSimulator start() {
      boolean full = size == Size.FULL;
      SimConfig cfg =
          new SimConfig(
              seed,
              full,
              apiKey,
              username,
              password,
              tenant,
              sessionIdleTimeout,
              maxSessions,
              scanDelay,
              eventCap,
              eventOrder,
              rateLimitPerMinute,
              latency,
              clock,
              eventsPerKind != null ? eventsPerKind : full ? 5000 : 500,
              ipsRuleCount != null ? ipsRuleCount : full ? 10_000 : 300,
              legacyEventOperations);
      return new DsmSimulator(cfg, port);
    }

    private static String text(String v, String what) {
      Objects.requireNonNull(v, what);
      if (v.isBlank()) {
        throw new IllegalArgumentException(what + " must not be blank");
      }
      return v;
    }

    private static Duration positive(Duration d, String what) {
      Objects.requireNonNull(d, what);
      if (d.isNegative() || d.isZero()) {
        throw new IllegalArgumentException(what + " must be positive");
      }
      return d;
    }
  }
}
