package io.dsm4j.kafka.connect.internal;

import io.dsm4j.automation.EventExporter;
import io.dsm4j.model.EventKind;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.kafka.common.config.AbstractConfig;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Type;
import org.apache.kafka.common.config.ConfigDef.Width;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.common.config.types.Password;

/**
 * The connector's configuration: what it means and how it is checked. Secrets are {@link
 * Type#PASSWORD} (Connect hides them in logs and REST answers, and resolves {@code ${file:…}}
 * config providers before they get here); values are never logged ({@code doLog} false). The
 * constants are the settings' names, documented in {@link #DEF} and the README.
 */
public final class SourceConfig extends AbstractConfig {
  public static final String URL = "dsm.url";
  public static final String USERNAME = "dsm.username";
  public static final String PASSWORD = "dsm.password";
  public static final String ACCOUNT_TENANT = "dsm.tenant";
  public static final String API_KEY = "dsm.api.key";
  public static final String TENANTS = "dsm.tenants";
  public static final String TENANTS_REFRESH = "dsm.tenants.refresh.interval.ms";
  public static final String MANAGER_NAME = "dsm.manager.name";
  public static final String KINDS = "dsm.event.kinds";
  public static final String TOPIC_PATTERN = "topic.pattern";
  public static final String START_TIME = "start.time";
  public static final String POLL_INTERVAL = "poll.interval.ms";
  public static final String POLL_MAX_RECORDS = "poll.max.records";
  public static final String POLL_MAX_DURATION = "poll.max.duration.ms";
  public static final String RUN_MAX_EVENTS = "run.max.events";
  public static final String MAX_CONCURRENT = "dsm.max.concurrent.requests";
  public static final String REQUESTS_PER_MINUTE = "dsm.requests.per.minute";
  public static final String CALL_TIMEOUT = "dsm.call.timeout.ms";
  public static final String BACKOFF_MAX = "dsm.retry.backoff.max.ms";
  public static final String TLS_CERTIFICATE = "dsm.tls.trusted.certificate";
  public static final String TLS_TRUSTSTORE = "dsm.tls.truststore.path";
  public static final String TLS_TRUSTSTORE_PASSWORD = "dsm.tls.truststore.password";
  public static final String TLS_TRUSTSTORE_TYPE = "dsm.tls.truststore.type";
  public static final String TLS_PINNED = "dsm.tls.pinned.sha256";
  public static final String TLS_HOSTNAME = "dsm.tls.hostname.verification";

  /** Internal, set by the connector per task: its streams. */
  public static final String TASK_STREAMS = "task.streams";

  /** Internal, set by the connector per task: its share of {@link #REQUESTS_PER_MINUTE}. */
  public static final String TASK_REQUESTS_PER_MINUTE = "task.requests.per.minute";

  /** {@link #TENANTS} value for every active tenant of the primary account. */
  public static final String ALL_TENANTS = "*";

  /** The stream label of the signed-in account itself when no tenant is listed. */
  public static final String PRIMARY = "primary";

  public static final List<String> ALL_KINDS =
      List.of(
          "ips",
          "firewall",
          "anti-malware",
          "web-reputation",
          "integrity",
          "log-inspection",
          "system");

  private static final String MANAGER = "Manager";
  private static final String EVENTS = "Events";
  private static final String LIMITS = "Limits";
  private static final String TLS = "TLS";

  /** The definition (what {@code Connector.config()} returns). */
  public static final ConfigDef DEF = define(new ConfigDef());

  private static ConfigDef define(ConfigDef d) {
    int m = 0;
    d.define(
        URL,
        Type.STRING,
        ConfigDef.NO_DEFAULT_VALUE,
        (name, v) -> checkUrl(name, (String) v),
        Importance.HIGH,
        "The manager, e.g. https://dsm.example.com:4119.",
        MANAGER,
        ++m,
        Width.LONG,
        "Manager URL");
    d.define(
        USERNAME,
        Type.STRING,
        ConfigDef.NO_DEFAULT_VALUE,
        new ConfigDef.NonEmptyString(),
        Importance.HIGH,
        "The SOAP Web Service API user (events exist only in the SOAP API). With "
            + TENANTS
            + ", a primary-tenant user allowed to sign in as the tenants.",
        MANAGER,
        ++m,
        Width.MEDIUM,
        "User name");
    d.define(
        PASSWORD,
        Type.PASSWORD,
        ConfigDef.NO_DEFAULT_VALUE,
        Importance.HIGH,
        "Its password. Use a config provider, e.g. ${file:/etc/kafka/dsm.properties:password}.",
        MANAGER,
        ++m,
        Width.MEDIUM,
        "Password");
    d.define(
        ACCOUNT_TENANT,
        Type.STRING,
        null,
        Importance.MEDIUM,
        "For a tenant's own user on a multi-tenant manager: the tenant to sign in to"
            + " (authenticateTenant). Its events are labelled with this name.",
        MANAGER,
        ++m,
        Width.MEDIUM,
        "Account tenant");
    d.define(
        API_KEY,
        Type.PASSWORD,
        null,
        Importance.MEDIUM,
        "A REST API key of the primary tenant: needed to list the tenants when "
            + TENANTS
            + "="
            + ALL_TENANTS
            + ".",
        MANAGER,
        ++m,
        Width.LONG,
        "API key");
    d.define(
        TENANTS,
        Type.LIST,
        "",
        Importance.HIGH,
        "Whose events: empty for the signed-in account itself (labelled '"
            + PRIMARY
            + "', or "
            + ACCOUNT_TENANT
            + "); tenant names, each signed in to with the primary tenant's credentials"
            + " (signInAsTenant); or '"
            + ALL_TENANTS
            + "' for every active tenant, listed through REST (needs "
            + API_KEY
            + ") and listed again every "
            + TENANTS_REFRESH
            + ".",
        MANAGER,
        ++m,
        Width.LONG,
        "Tenants");
    d.define(
        TENANTS_REFRESH,
        Type.LONG,
        600_000L,
        ConfigDef.Range.atLeast(10_000L),
        Importance.LOW,
        "With " + TENANTS + "=" + ALL_TENANTS + ": how often the tenants are listed again (ms).",
        MANAGER,
        ++m,
        Width.SHORT,
        "Tenant refresh");
    d.define(
        MANAGER_NAME,
        Type.STRING,
        "",
        Importance.MEDIUM,
        "The manager's name in record keys, headers, topics and source offsets (default: the"
            + " URL's host:port). Changing it later starts the offsets over.",
        MANAGER,
        ++m,
        Width.MEDIUM,
        "Manager name");
    int e = 0;
    d.define(
        KINDS,
        Type.LIST,
        String.join(",", ALL_KINDS),
        (name, v) -> {
          for (Object k : (List<?>) v) {
            kind(name, k.toString());
          }
        },
        Importance.HIGH,
        "The event kinds: " + String.join(", ", ALL_KINDS) + ".",
        EVENTS,
        ++e,
        Width.LONG,
        "Event kinds");
    d.define(
        TOPIC_PATTERN,
        Type.STRING,
        "dsm.{tenant}.{kind}",
        (name, v) -> TopicNames.check(name, (String) v),
        Importance.HIGH,
        "The topic of each stream: {manager}, {tenant} and {kind} are replaced (characters a"
            + " topic cannot hold become '_').",
        EVENTS,
        ++e,
        Width.MEDIUM,
        "Topic pattern");
    d.define(
        START_TIME,
        Type.STRING,
        "24h",
        (name, v) -> StartTime.parse(name, (String) v, Clock.systemUTC()),
        Importance.MEDIUM,
        "Where the first run starts: an ISO-8601 instant (2026-01-01T00:00:00Z), a date"
            + " (2026-01-01, UTC) or a time back from the first run (30m, 24h, 7d). Only the"
            + " first run of each stream counts: later runs continue from the source offset.",
        EVENTS,
        ++e,
        Width.MEDIUM,
        "Start time");
    d.define(
        POLL_INTERVAL,
        Type.LONG,
        60_000L,
        ConfigDef.Range.atLeast(100L),
        Importance.MEDIUM,
        "How long a stream that is caught up waits before it asks the manager again (ms).",
        EVENTS,
        ++e,
        Width.SHORT,
        "Poll interval");
    int l = 0;
    d.define(
        POLL_MAX_RECORDS,
        Type.INT,
        1000,
        ConfigDef.Range.between(1, 100_000),
        Importance.LOW,
        "The most records one poll() returns.",
        LIMITS,
        ++l,
        Width.SHORT,
        "Records per poll");
    d.define(
        POLL_MAX_DURATION,
        Type.LONG,
        2_000L,
        ConfigDef.Range.between(100L, 60_000L),
        Importance.LOW,
        "How long one poll() works before it returns what it has (ms); a call to the manager"
            + " under way is finished first (at most "
            + CALL_TIMEOUT
            + ").",
        LIMITS,
        ++l,
        Width.SHORT,
        "Poll duration");
    d.define(
        RUN_MAX_EVENTS,
        Type.INT,
        50_000,
        ConfigDef.Range.between(1, 10_000_000),
        Importance.LOW,
        "The most events one run of a stream delivers before its offset moves (a backlog is"
            + " worked through in runs of this size; a task stopped mid-run repeats at most"
            + " this many events, with the same keys). Memory: 8 bytes per event.",
        LIMITS,
        ++l,
        Width.SHORT,
        "Events per run");
    d.define(
        MAX_CONCURRENT,
        Type.INT,
        2,
        ConfigDef.Range.between(1, 64),
        Importance.MEDIUM,
        "The most tasks of this worker that talk to one manager at once (the first"
            + " connector to reach a manager sets it for that manager URL).",
        LIMITS,
        ++l,
        Width.SHORT,
        "Concurrent requests");
    d.define(
        REQUESTS_PER_MINUTE,
        Type.INT,
        450,
        ConfigDef.Range.atLeast(0),
        Importance.MEDIUM,
        "The most requests a minute to the manager from this connector, shared out among its"
            + " tasks; 0 for no limit.",
        LIMITS,
        ++l,
        Width.SHORT,
        "Requests per minute");
    d.define(
        CALL_TIMEOUT,
        Type.LONG,
        60_000L,
        ConfigDef.Range.between(1_000L, 900_000L),
        Importance.LOW,
        "The deadline of one call to the manager, retries included (ms).",
        LIMITS,
        ++l,
        Width.SHORT,
        "Call timeout");
    d.define(
        BACKOFF_MAX,
        Type.LONG,
        300_000L,
        ConfigDef.Range.atLeast(1_000L),
        Importance.LOW,
        "The longest wait of a stream after a transient failure (too many sessions, the"
            + " manager unreachable or failing); the waits double from 1 s up to it (ms).",
        LIMITS,
        ++l,
        Width.SHORT,
        "Longest backoff");
    int t = 0;
    d.define(
        TLS_CERTIFICATE,
        Type.STRING,
        null,
        Importance.MEDIUM,
        "A PEM file with the manager's certificate (or its CA) to trust, e.g. a self-signed one.",
        TLS,
        ++t,
        Width.LONG,
        "Trusted certificate");
    d.define(
        TLS_TRUSTSTORE,
        Type.STRING,
        null,
        Importance.LOW,
        "A trust store to use instead of the JDK's.",
        TLS,
        ++t,
        Width.LONG,
        "Trust store");
    d.define(
        TLS_TRUSTSTORE_PASSWORD,
        Type.PASSWORD,
        null,
        Importance.LOW,
        "Its password.",
        TLS,
        ++t,
        Width.MEDIUM,
        "Trust store password");
    d.define(
        TLS_TRUSTSTORE_TYPE,
        Type.STRING,
        "PKCS12",
        Importance.LOW,
        "Its type.",
        TLS,
        ++t,
        Width.SHORT,
        "Trust store type");
    d.define(
        TLS_PINNED,
        Type.LIST,
        "",
        Importance.LOW,
        "SHA-256 fingerprints of the manager's certificate to accept (AB:CD:… or hex).",
        TLS,
        ++t,
        Width.LONG,
        "Pinned certificates");
    d.define(
        TLS_HOSTNAME,
        Type.BOOLEAN,
        true,
        Importance.LOW,
        "Whether the certificate must name the manager's host.",
        TLS,
        ++t,
        Width.SHORT,
        "Host name verification");
    d.defineInternal(TASK_STREAMS, Type.STRING, "", Importance.LOW);
    d.defineInternal(TASK_REQUESTS_PER_MINUTE, Type.INT, -1, Importance.LOW);
    return d;
  }

  /**
   * @param props the connector's or a task's properties
   * @throws ConfigException when a value is missing or wrong
   */
  public SourceConfig(Map<String, String> props) {
    super(DEF, props, false);
  }

  /**
   * @return the manager's URL
   */
  public URI url() {
    return URI.create(getString(URL).trim());
  }

  String username() {
    return getString(USERNAME);
  }

  char[] password() {
    return getPassword(PASSWORD).value().toCharArray();
  }

  String accountTenant() {
    String t = getString(ACCOUNT_TENANT);
    return t == null || t.isBlank() ? null : t;
  }

  /**
   * @return the REST API key, or null
   */
  public String apiKey() {
    Password p = getPassword(API_KEY);
    return p == null || p.value().isBlank() ? null : p.value();
  }

  /**
   * @return the tenant names configured, or empty for the account itself
   */
  public List<String> tenants() {
    List<String> out = new ArrayList<>();
    for (String t : getList(TENANTS)) {
      if (!t.isBlank()) {
        out.add(t.trim());
      }
    }
    return out;
  }

  /**
   * @return whether every active tenant is read ({@code dsm.tenants=*})
   */
  public boolean allTenants() {
    return tenants().equals(List.of(ALL_TENANTS));
  }

  /**
   * @return how often the tenants are listed again
   */
  public Duration tenantsRefresh() {
    return Duration.ofMillis(getLong(TENANTS_REFRESH));
  }

  /**
   * @return the label of the signed-in account when no tenant is listed
   */
  public String accountLabel() {
    return accountTenant() != null ? accountTenant() : PRIMARY;
  }

  /**
   * @return the manager's name in keys, headers, topics and offsets
   */
  public String managerName() {
    String n = getString(MANAGER_NAME);
    if (n != null && !n.isBlank()) {
      return n.trim();
    }
    URI u = url();
    return u.getHost().toLowerCase(Locale.ROOT) + (u.getPort() > 0 ? ":" + u.getPort() : "");
  }

  List<EventKind> kinds() {
    List<EventKind> out = new ArrayList<>();
    for (String k : getList(KINDS)) {
      EventKind kind = kind(KINDS, k);
      if (!out.contains(kind)) {
        out.add(kind);
      }
    }
    return out;
  }

  String topicPattern() {
    return getString(TOPIC_PATTERN);
  }

  /**
   * @param clock the clock a relative start is counted back from
   * @return where the first run of a stream starts
   */
  public Instant startTime(Clock clock) {
    return StartTime.parse(START_TIME, getString(START_TIME), clock);
  }

  Duration pollInterval() {
    return Duration.ofMillis(getLong(POLL_INTERVAL));
  }

  int pollMaxRecords() {
    return getInt(POLL_MAX_RECORDS);
  }

  Duration pollMaxDuration() {
    return Duration.ofMillis(getLong(POLL_MAX_DURATION));
  }

  int runMaxEvents() {
    return getInt(RUN_MAX_EVENTS);
  }

  int maxConcurrent() {
    return getInt(MAX_CONCURRENT);
  }

  /**
   * @return the connector's request rate (0: no limit)
   */
  public int requestsPerMinute() {
    return getInt(REQUESTS_PER_MINUTE);
  }

  /** This task's share of the requests a minute (the whole when not set by the connector). */
  int taskRequestsPerMinute() {
    int share = getInt(TASK_REQUESTS_PER_MINUTE);
    return share >= 0 ? share : requestsPerMinute();
  }

  Duration callTimeout() {
    return Duration.ofMillis(getLong(CALL_TIMEOUT));
  }

  Duration backoffMax() {
    return Duration.ofMillis(getLong(BACKOFF_MAX));
  }

  Path tlsCertificate() {
    String p = getString(TLS_CERTIFICATE);
    return p == null || p.isBlank() ? null : Path.of(p);
  }

  Path tlsTrustStore() {
    String p = getString(TLS_TRUSTSTORE);
    return p == null || p.isBlank() ? null : Path.of(p);
  }

  char[] tlsTrustStorePassword() {
    Password p = getPassword(TLS_TRUSTSTORE_PASSWORD);
    return p == null ? null : p.value().toCharArray();
  }

  String tlsTrustStoreType() {
    return getString(TLS_TRUSTSTORE_TYPE);
  }

  List<String> tlsPinned() {
    return getList(TLS_PINNED).stream().filter(s -> !s.isBlank()).map(String::trim).toList();
  }

  boolean tlsHostnameVerification() {
    return getBoolean(TLS_HOSTNAME);
  }

  /**
   * @return this task's streams (empty for the connector's own configuration)
   */
  public List<StreamId> taskStreams() {
    return StreamId.decodeAll(getString(TASK_STREAMS));
  }

  static EventKind kind(String name, String value) {
    try {
      return EventExporter.parseKind(value.trim());
    } catch (IllegalArgumentException e) {
      throw new ConfigException(name, value, e.getMessage());
    }
  }

  private static void checkUrl(String name, String value) {
    if (value == null || value.isBlank()) {
      throw new ConfigException(name, value, "the manager's URL is required");
    }
    try {
      URI u = URI.create(value.trim());
      String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
      if (!(scheme.equals("https") || scheme.equals("http")) || u.getHost() == null) {
        throw new ConfigException(name, value, "expected https://HOST[:PORT]");
      }
    } catch (IllegalArgumentException e) {
      throw new ConfigException(name, value, "not a URL: " + e.getMessage());
    }
  }
}
