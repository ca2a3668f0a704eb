package io.dsm4j;

import io.dsm4j.internal.DefaultManager;
import io.dsm4j.spi.ManagerSettings;
import io.dsm4j.spi.Secret;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A connection to one Deep Security Manager: the entry point of dsm4j.
 *
 * <p>Built once and shared: a {@code Manager} is thread-safe. Close it when done; closing ends the
 * SOAP session (DSM limits sessions per user) and releases connections. Nothing touches the network
 * until the first call.
 *
 * <pre>{@code
 * try (Manager manager = Manager.builder()
 *     .url("https://dsm.example.com:4119")
 *     .apiKey(System.getenv("DSM_API_KEY"))
 *     .build()) {
 *   for (Policy p : manager.policies().list()) {
 *     System.out.println(p.id() + " " + p.name());
 *   }
 * }
 * }</pre>
 *
 * <p>Credentials choose the backend in {@link Backend#AUTO} mode (the default): an API key uses
 * REST, a username and password SOAP, and both use each for what it can do, REST preferred.
 */
public interface Manager extends AutoCloseable {

  /**
   * @return a builder with the defaults documented on its methods
   */
  static Builder builder() {
    return new Builder();
  }

  /**
   * A builder pre-filled from the process environment: {@code DSM_URL}, {@code DSM_API_KEY}, {@code
   * DSM_CLOUD_ONE_API_KEY}, {@code DSM_USERNAME}, {@code DSM_PASSWORD}, {@code DSM_TENANT}, {@code
   * DSM_BACKEND} ({@code rest}, {@code soap} or {@code auto}). Calls made on the builder afterwards
   * win.
   *
   * @return the builder
   */
  static Builder fromEnvironment() {
    return fromEnvironment(System.getenv());
  }

  /**
   * Like {@link #fromEnvironment()}, from a given map of variables.
   *
   * @param env the variables
   * @return the builder
   */
  static Builder fromEnvironment(Map<String, String> env) {
    Builder b = new Builder();
    String v;
    if ((v = env.get("DSM_URL")) != null && !v.isBlank()) {
      b.url(v.trim());
    }
    if ((v = env.get("DSM_API_KEY")) != null && !v.isBlank()) {
      b.apiKey(v.trim());
    }
    if ((v = env.get("DSM_CLOUD_ONE_API_KEY")) != null && !v.isBlank()) {
      b.cloudOneApiKey(v.trim());
    }
    if ((v = env.get("DSM_USERNAME")) != null && !v.isBlank()) {
      b.username(v.trim());
    }
    if ((v = env.get("DSM_PASSWORD")) != null && !v.isEmpty()) {
      b.password(v.toCharArray());
    }
    if ((v = env.get("DSM_TENANT")) != null && !v.isBlank()) {
      b.tenant(v.trim());
    }
    if ((v = env.get("DSM_BACKEND")) != null && !v.isBlank()) {
      b.backend(Backend.parse(v, "DSM_BACKEND"));
    }
    return b;
  }

  /**
   * Calls the manager to report its version, time, the API version and the capabilities in use.
   *
   * @return the information
   */
  ManagerInfo info();

  /**
   * Signs in with <em>every</em> configured credential and reports, per backend in use (REST
   * first), whether the manager answered, whether it accepted the credentials, and its version, or
   * the exact failure. {@link #info()} asks one backend only, so a wrong password next to a right
   * API key goes unnoticed there until a SOAP-only call fails; this finds it at once. A refused
   * credential is reported, not thrown.
   *
   * @return one check per backend in use
   * @throws IllegalStateException when this manager is closed
   */
  java.util.List<CredentialCheck> verify();

  /**
   * @return the capabilities of all backends in use together (no network call)
   */
  Capabilities capabilities();

  /**
   * @return the backends in use (no network call)
   */
  Set<Backend> backends();

  /**
   * Which backend an operation needing a capability goes to (no network call).
   *
   * @param capability the capability
   * @param kind the rule kind, for per-kind capabilities (else null)
   * @return the backend, or empty when none in use has it
   */
  java.util.Optional<Backend> backendFor(
      Capability capability, io.dsm4j.model.@Nullable RuleKind kind);

  /**
   * @return policies
   */
  Policies policies();

  /**
   * @return rule catalogs
   */
  Rules rules();

  /**
   * @return computers
   */
  Computers computers();

  /**
   * @return security updates (SOAP)
   */
  SecurityUpdates securityUpdates();

  /**
   * @return events (SOAP)
   */
  Events events();

  /**
   * @return IP lists (the same as {@code lists(ListKind.IP)})
   */
  ItemLists ipLists();

  /**
   * @param kind a kind of list (IP, MAC, port; anti-malware directory, file, file extension)
   * @return the lists of that kind
   */
  ItemLists lists(io.dsm4j.model.ListKind kind);

  /**
   * @return computer groups
   */
  ComputerGroups computerGroups();

  /**
   * @return the manager-wide (system) settings
   */
  Settings systemSettings();

  /**
   * @return the manager's current alerts (SOAP)
   */
  Alerts alerts();

  /**
   * @return schedules
   */
  Schedules schedules();

  /**
   * @return scheduled tasks (REST)
   */
  ScheduledTasks scheduledTasks();

  /**
   * @return event-based tasks (REST)
   */
  EventBasedTasks eventBasedTasks();

  /**
   * @return anti-malware configurations
   */
  AntiMalwareConfigurations antiMalwareConfigurations();

  /**
   * @return the tenants of a multi-tenant manager (REST)
   */
  Tenants tenants();

  /**
   * @return API keys (REST)
   */
  ApiKeys apiKeys();

  /**
   * @return administrators
   */
  Administrators administrators();

  /**
   * @return administrator roles (REST)
   */
  Roles roles();

  /**
   * @return cloud connectors (REST)
   */
  CloudConnectors cloudConnectors();

  /**
   * A manager for one tenant, signed in with this (primary tenant's) manager's credentials and
   * sharing its settings, rate limit and secrets ({@link Capability#TENANT_SIGN_IN}). REST: a
   * tenant API key with a one-hour expiry, named {@code dsm4j-HOST-PID-MILLIS}, deleted when the
   * tenant manager is closed; keys of that name left by a run that crashed are deleted when they
   * have expired or their process on this host is gone. SOAP: a {@code signInAsTenant} session,
   * ended on close. Close it when done; closing this manager closes it too.
   *
   * @param name the tenant's exact name
   * @return the tenant's manager
   * @throws io.dsm4j.exception.NotFoundException when there is no such tenant
   * @throws io.dsm4j.exception.InvalidRequestException when the tenant is not active
   */
  Manager asTenant(String name);

  /**
   * Like {@link #asTenant(String)}, by the tenant's ID (needs REST: SOAP knows tenants by name).
   *
   * @param tenantId the tenant's ID
   * @return the tenant's manager
   */
  Manager asTenant(int tenantId);

  /**
   * The way to reach what dsm4j does not model, in JDBC's {@code unwrap} idiom: {@link RestAccess}
   * sends any {@code /api} request, {@link SoapAccess} calls any Web Service API operation, both
   * through this manager's connection, deadlines, retries, rate limit and masking.
   *
   * @param type {@code RestAccess.class} or {@code SoapAccess.class}
   * @param <T> the type
   * @return the access
   * @throws IllegalArgumentException for another type
   * @throws io.dsm4j.exception.UnsupportedCapabilityException when the backend it needs is not in
   *     use
   */
  <T> T unwrap(Class<T> type);

  /** Ends the sessions and releases connections. Idempotent; never throws. */
  @Override
  void close();

  /**
   * Builds a {@link Manager}. Not thread-safe; {@link #build()} validates everything and never
   * returns an unusable manager.
   */
  final class Builder {
    private URI url;
    private String apiKey;
    private boolean cloudOneKey;
    private String username;
    private char[] password;
    private String tenant;
    private Backend backend = Backend.AUTO;
    private TlsOptions tls = TlsOptions.defaults();
    private ProxyOptions proxy;
    private Duration connectTimeout = Duration.ofSeconds(10);
    private Duration readTimeout = Duration.ofSeconds(60);
    private Duration bulkReadTimeout = Duration.ofMinutes(10);
    private Duration callTimeout = Duration.ofMinutes(2);
    private Duration bulkCallTimeout = Duration.ofMinutes(15);
    private long maxResponseBytes = 32L << 20;
    private long maxBulkResponseBytes = 256L << 20;
    private RetryListener retryListener = RetryListener.none();
    private boolean endSessionOnShutdown;
    private RetryOptions retry = RetryOptions.defaults();
    private int requestsPerMinute = 450;
    private String userAgent = "dsm4j";
    private int pageSize = 5000;

    private Builder() {}

    /**
     * @param url the manager's base URL, e.g. {@code https://dsm.example.com:4119} or {@code
     *     https://workload.us-1.cloudone.trendmicro.com} (no {@code /api} or {@code /webservice})
     * @return this builder
     */
    public Builder url(String url) {
      Objects.requireNonNull(url, "url");
      URI uri;
      try {
        uri = URI.create(url.trim());
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("malformed manager URL '" + url + "'", e);
      }
      return url(uri);
    }

    /**
     * @param url the manager's base URL
     * @return this builder
     */
    public Builder url(URI url) {
      Objects.requireNonNull(url, "url");
      String scheme = url.getScheme();
      if (scheme == null
          || !(scheme.equalsIgnoreCase("https") || scheme.equalsIgnoreCase("http"))
          || url.getHost() == null) {
        throw new IllegalArgumentException(
            "manager URL must be http(s)://host[:port], got '" + url + "'");
      }
      String s = url.toString();
      while (s.endsWith("/")) {
        s = s.substring(0, s.length() - 1);
      }
      if (s.endsWith("/api") || s.endsWith("/webservice/Manager")) {
        throw new IllegalArgumentException(
            "give the manager's base URL without /api or /webservice/Manager: " + url);
      }
      this.url = URI.create(s);
      return this;
    }

    /**
     * An API key for the REST backend, sent in the {@code api-secret-key} header (DSM keys).
     *
     * @param apiKey the secret
     * @return this builder
     */
    public Builder apiKey(String apiKey) {
      this.apiKey = requireText(apiKey, "apiKey");
      this.cloudOneKey = false;
      return this;
    }

    /**
     * A Cloud One API key for the REST backend, sent as {@code Authorization: ApiKey …}.
     *
     * @param apiKey the secret
     * @return this builder
     */
    public Builder cloudOneApiKey(String apiKey) {
      this.apiKey = requireText(apiKey, "apiKey");
      this.cloudOneKey = true;
      return this;
    }

    /**
     * @param username the SOAP user (a role with web service API access)
     * @return this builder
     */
    public Builder username(String username) {
      this.username = requireText(username, "username");
      return this;
    }

    /**
     * @param password the SOAP user's password (copied)
     * @return this builder
     */
    public Builder password(char[] password) {
      Objects.requireNonNull(password, "password");
      if (password.length == 0) {
        throw new IllegalArgumentException("password must not be empty");
      }
      this.password = password.clone();
      return this;
    }

    /**
     * @param password the SOAP user's password
     * @return this builder
     */
    public Builder password(String password) {
      return password(Objects.requireNonNull(password, "password").toCharArray());
    }

    /**
     * @param tenant the tenant name on a multi-tenant manager (SOAP {@code authenticateTenant})
     * @return this builder
     */
    public Builder tenant(String tenant) {
      this.tenant = requireText(tenant, "tenant");
      return this;
    }

    /**
     * @param backend the backend (default {@link Backend#AUTO})
     * @return this builder
     */
    public Builder backend(Backend backend) {
      this.backend = Objects.requireNonNull(backend, "backend");
      return this;
    }

    /**
     * @param tls how to verify the manager's certificate (default: JDK trust store, host names
     *     checked)
     * @return this builder
     */
    public Builder tls(TlsOptions tls) {
      this.tls = Objects.requireNonNull(tls, "tls");
      return this;
    }

    /**
     * @param proxy an HTTP proxy (default none)
     * @return this builder
     */
    public Builder proxy(ProxyOptions proxy) {
      this.proxy = Objects.requireNonNull(proxy, "proxy");
      return this;
    }

    /**
     * @param timeout the connect timeout (default 10 s)
     * @return this builder
     */
    public Builder connectTimeout(Duration timeout) {
      this.connectTimeout = positive(timeout, "connectTimeout");
      return this;
    }

    /**
     * @param timeout the read timeout of ordinary calls (default 60 s)
     * @return this builder
     */
    public Builder readTimeout(Duration timeout) {
      this.readTimeout = positive(timeout, "readTimeout");
      return this;
    }

    /**
     * @param timeout the read timeout of calls that return whole catalogs (SOAP {@code
     *     …RetrieveAll}, many megabytes; default 10 min)
     * @return this builder
     */
    public Builder bulkReadTimeout(Duration timeout) {
      this.bulkReadTimeout = positive(timeout, "bulkReadTimeout");
      return this;
    }

    /**
     * The deadline of one SDK call, retries and their backoff included, enforced on the whole
     * exchange (a server that answers one byte at a time is cut off too). For a listing it applies
     * to each page.
     *
     * @param timeout the most one call may take (default 2 min)
     * @return this builder
     */
    public Builder callTimeout(Duration timeout) {
      this.callTimeout = positive(timeout, "callTimeout");
      return this;
    }

    /**
     * The deadline of one call that may return a whole catalog (listings, each page of them, event
     * batches, SOAP {@code …RetrieveAll}), retries included.
     *
     * @param timeout the most one such call may take (default 15 min)
     * @return this builder
     */
    public Builder bulkCallTimeout(Duration timeout) {
      this.bulkCallTimeout = positive(timeout, "bulkCallTimeout");
      return this;
    }

    /**
     * The largest answer accepted; a larger one fails with a {@link
     * io.dsm4j.exception.ConnectionException} instead of filling the heap.
     *
     * @param single bytes for an ordinary call (default 32 MiB)
     * @param bulk bytes for a call that may return a whole catalog (default 256 MiB)
     * @return this builder
     */
    public Builder maxResponseBytes(long single, long bulk) {
      if (single < 1024 || bulk < 1024) {
        throw new IllegalArgumentException("response size limits must be at least 1024 bytes");
      }
      this.maxResponseBytes = single;
      this.maxBulkResponseBytes = bulk;
      return this;
    }

    /**
     * @param listener told before every retry (default: nobody)
     * @return this builder
     */
    public Builder retryListener(RetryListener listener) {
      this.retryListener = Objects.requireNonNull(listener, "listener");
      return this;
    }

    /**
     * Ends the SOAP session when the JVM shuts down (Ctrl-C, SIGTERM) while the manager is open, so
     * that an interrupted program does not leave a session behind (DSM limits sessions per user).
     * Off by default: a library must not add a JVM shutdown hook per {@code Manager} unasked. The
     * hook waits at most two seconds for the manager to answer, and is removed by {@link
     * Manager#close()}.
     *
     * @param enabled whether to end the session on JVM shutdown
     * @return this builder
     */
    public Builder endSessionOnShutdown(boolean enabled) {
      this.endSessionOnShutdown = enabled;
      return this;
    }

    /**
     * @param retry the retry policy (default {@link RetryOptions#defaults()})
     * @return this builder
     */
    public Builder retry(RetryOptions retry) {
      this.retry = Objects.requireNonNull(retry, "retry");
      return this;
    }

    /**
     * A client-side limit so bulk jobs stay under the manager's own (500 calls a minute per API key
     * by default). 0 turns it off.
     *
     * @param requestsPerMinute the most requests a minute (default 450)
     * @return this builder
     */
    public Builder requestsPerMinute(int requestsPerMinute) {
      if (requestsPerMinute < 0) {
        throw new IllegalArgumentException("requestsPerMinute must not be negative");
      }
      this.requestsPerMinute = requestsPerMinute;
      return this;
    }

    /**
     * @param userAgent the User-Agent prefix (default "dsm4j")
     * @return this builder
     */
    public Builder userAgent(String userAgent) {
      this.userAgent = requireText(userAgent, "userAgent");
      return this;
    }

    /**
     * @param pageSize items per REST search page ({@code maxItems}, default 5000)
     * @return this builder
     */
    public Builder pageSize(int pageSize) {
      if (pageSize < 1 || pageSize > 5000) {
        throw new IllegalArgumentException("pageSize must be 1-5000, got " + pageSize);
      }
      this.pageSize = pageSize;
      return this;
    }

    /**
     * Validates the configuration and creates the manager. No network call is made.
     *
     * @return the manager
     * @throws IllegalStateException when the URL or the credentials for the chosen backend are
     *     missing, or the backend's module is not on the class path
     */
    public Manager build() {
      return DefaultManager.create(toSettings());
    }

    /**
     * Validates the configuration and returns it as one value, without creating a manager: what a
     * backend implementation's own tests need ({@code BackendConfig.of(settings)}). The other
     * backend's credentials are left out when one backend is chosen.
     *
     * @return the settings
     * @throws IllegalStateException when the URL or the credentials for the chosen backend are
     *     missing
     */
    @SuppressWarnings("exports") // for backend modules, the only readers of io.dsm4j.spi
    public ManagerSettings toSettings() {
      if (url == null) {
        throw new IllegalStateException("the manager URL is required (url(...) or DSM_URL)");
      }
      boolean hasKey = apiKey != null;
      boolean hasUser = username != null || password != null;
      if (hasUser && (username == null || password == null)) {
        throw new IllegalStateException("SOAP credentials need both a username and a password");
      }
      if (tenant != null && !hasUser) {
        throw new IllegalStateException("a tenant is given but no username and password");
      }
      switch (backend) {
        case REST -> {
          if (!hasKey) {
            throw new IllegalStateException("the REST backend needs an API key");
          }
        }
        case SOAP -> {
          if (!hasUser) {
            throw new IllegalStateException("the SOAP backend needs a username and password");
          }
        }
        case AUTO -> {
          if (!hasKey && !hasUser) {
            throw new IllegalStateException(
                "credentials are required: an API key (REST) and/or a username and password"
                    + " (SOAP)");
          }
        }
      }
      boolean rest = backend != Backend.SOAP;
      boolean soap = backend != Backend.REST;
      return new ManagerSettings(
          url,
          backend,
          rest ? Secret.of(apiKey) : null,
          cloudOneKey,
          soap ? username : null,
          soap ? Secret.of(password) : null,
          soap ? tenant : null,
          tls,
          proxy,
          connectTimeout,
          readTimeout,
          bulkReadTimeout,
          callTimeout,
          bulkCallTimeout,
          maxResponseBytes,
          maxBulkResponseBytes,
          retry,
          retryListener,
          requestsPerMinute,
          userAgent,
          pageSize,
          endSessionOnShutdown);
    }

    private static String requireText(String value, String what) {
      Objects.requireNonNull(value, what);
      if (value.isBlank()) {
        throw new IllegalArgumentException(what + " must not be blank");
      }
      return value;
    }

    private static Duration positive(Duration d, String what) {
      Objects.requireNonNull(d, what);
      if (d.isNegative() || d.isZero()) {
        throw new IllegalArgumentException(what + " must be positive");
      }
      return d;
    }

    @Override
    public String toString() {
      return "Manager.Builder[url="
          + url
          + ", backend="
          + backend
          + ", apiKey="
          + (apiKey == null ? "none" : "****")
          + ", username="
          + username
          + ", password="
          + (password == null ? "none" : "****")
          + ", tenant="
          + tenant
          + "]";
    }
  }
}
