package io.dsm4j.rest.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dsm4j.Backend;
import io.dsm4j.exception.DsmException;
import io.dsm4j.exception.NotFoundException;
import io.dsm4j.exception.UnsupportedCapabilityException;
import io.dsm4j.model.NewApiKey;
import io.dsm4j.rest.internal.dto.Dtos.SearchCriteria;
import io.dsm4j.spi.BackendConfig;
import io.dsm4j.spi.BackendConnection;
import io.dsm4j.spi.CallContext;
import io.dsm4j.spi.Secret;
import io.dsm4j.spi.TenantSignInOperations.Target;
import java.net.InetAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A REST connection to a tenant: the primary tenant creates a tenant API key ({@code POST
 * /api/tenants/{id}/apikeys}, role 1 "Full Access", expiring after {@link #LIFETIME}), named {@code
 * dsm4j-HOST-PID-MILLIS} so that it says who made it; the connection authenticates with it and
 * deletes it when closed.
 *
 * <p>A run that crashed leaves its key behind until it expires. When a session opens it deletes,
 * among the tenant's keys with that name shape, those that have expired, and those made on this
 * host by a process that is gone (no process with that ID, or one started after the key was made):
 * nobody can be using those. Keys of live processes and of other hosts that have not expired are
 * left alone.
 */
final class RestTenantSession {
  private static final Logger LOG = LoggerFactory.getLogger(RestTenantSession.class);

  /** How long a tenant key works: short, so a key a crash leaves behind soon stops working. */
  static final Duration LIFETIME = Duration.ofHours(1);

  /** The longest closing waits for the key's deletion. */
  static final Duration CLOSE_BUDGET = Duration.ofSeconds(5);

  static final String PREFIX = "dsm4j-";
  private static final Pattern NAME = Pattern.compile("dsm4j-(.+)-(\\d{1,10})-(\\d{10,15})");

  private RestTenantSession() {}

  static BackendConnection open(RestClient primary, JsonApi json, Target target) {
    if (target.id() <= 0) {
      throw new UnsupportedCapabilityException(
          "signing in to a tenant by name alone is not supported by the REST backend",
          "asTenant",
          Backend.REST);
    }
    long now = System.currentTimeMillis();
    ObjectNode key = JsonFields.object();
    key.put("keyName", keyName(now));
    key.put("description", "dsm4j tenant session; deleted when done");
    key.put("roleID", 1);
    key.put("expiryDate", now + LIFETIME.toMillis());
    String op = "POST /api/tenants/" + target.id() + "/apikeys";
    NewApiKey made =
        RestApiKeys.withSecret(
            primary, primary.require(json.createTenantApiKey(target.id(), key)), op);
    BackendConfig primaryConfig = primary.config();
    BackendConfig config =
        new BackendConfig(
            primaryConfig.settings().forTenant(target.name(), Secret.of(made.secret())),
            primaryConfig.tls(),
            primaryConfig.gate(),
            primaryConfig.secrets());
    int keyId = made.key().id();
    RestConnection tenant = new RestConnection(config, c -> deleteKey(c, keyId));
    cleanUp(tenant.client(), keyId);
    return tenant;
  }

  /** {@code dsm4j-HOST-PID-MILLIS}. */
  static String keyName(long millis) {
    return PREFIX + host() + "-" + ProcessHandle.current().pid() + "-" + millis;
  }

  private static String host() {
    String h = System.getenv("HOSTNAME");
    if (h == null || h.isBlank()) {
      h = System.getenv("COMPUTERNAME");
    }
    if (h == null || h.isBlank()) {
      try {
        h = InetAddress.getLocalHost().getHostName();
      } catch (java.io.IOException | RuntimeException e) {
        h = "localhost";
      }
    }
    String clean = h.trim().replaceAll("[^A-Za-z0-9.]", "_");
    return clean.length() > 60 ? clean.substring(0, 60) : clean;
  }

  /** Deletes leftovers of crashed runs (see the class description); never fails the sign-in. */
  static void cleanUp(RestClient tenant, int ownKeyId) {
    JsonApi json = tenant.service(JsonApi.class);
    try {
      List<JsonNode> keys =
          JsonFields.items(
              tenant.require(
                  json.search(
                      RestApiKeys.PATH,
                      new io.dsm4j.rest.internal.dto.Dtos.SearchFilter(
                          5000,
                          List.of(SearchCriteria.stringEquals("keyName", PREFIX + "%", true)),
                          true))),
              "apiKeys");
      long now = System.currentTimeMillis();
      for (JsonNode k : keys) {
        int id = JsonFields.id(k);
        if (id > 0 && id != ownKeyId && abandoned(k, now)) {
          try {
            tenant.exec(json.delete(RestApiKeys.PATH, id));
            LOG.debug(
                "deleted the abandoned tenant key {} ({})", id, JsonFields.text(k, "keyName"));
          } catch (NotFoundException gone) {
            // Another run cleaned it up first.
          }
        }
      }
    } catch (DsmException e) {
      LOG.debug("could not clean up abandoned tenant keys: {}", e.getMessage());
    }
  }

  /** Whether nobody can be using a key of ours: expired, or its process on this host is gone. */
  static boolean abandoned(JsonNode key, long now) {
    String name = JsonFields.text(key, "keyName");
    Matcher m = name == null ? null : NAME.matcher(name);
    if (m == null || !m.matches()) {
      return false;
    }
    Instant expires = JsonFields.instant(key, "expiryDate");
    if (expires != null && expires.toEpochMilli() <= now) {
      return true;
    }
    if (!m.group(1).equals(host())) {
      return false;
    }
    long pid = Long.parseLong(m.group(2));
    long made = Long.parseLong(m.group(3));
    Optional<ProcessHandle> p = ProcessHandle.of(pid);
    if (p.isEmpty() || !p.get().isAlive()) {
      return true;
    }
    Optional<Instant> started = p.get().info().startInstant();
    // A process started after the key was made cannot have made it (its ID was reused).
    return started.isPresent() && started.get().toEpochMilli() > made + 1000;
  }

  /** Deletes the session's own key with itself, within {@link #CLOSE_BUDGET}; never throws. */
  private static void deleteKey(RestClient tenant, int keyId) {
    Duration budget =
        tenant.config().callTimeout().compareTo(CLOSE_BUDGET) < 0
            ? tenant.config().callTimeout()
            : CLOSE_BUDGET;
    try {
      CallContext.open("asTenant.close", budget, false)
          .run(
              () -> {
                tenant.exec(tenant.service(JsonApi.class).delete(RestApiKeys.PATH, keyId));
                return null;
              });
    } catch (RuntimeException e) {
      // It expires within the hour; the next session's clean-up deletes it as well.
      LOG.debug(
          "could not delete the tenant key {}: {}",
          keyId,
          tenant.config().secrets().redact(e.getMessage()));
    }
  }
}
