package io.dsm4j.spi;

import io.dsm4j.ProxyOptions;
import io.dsm4j.internal.TlsSupport;
import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What a backend gets to connect: the manager's settings (for the backend in use: the other
 * backend's credentials are removed), the TLS material made from them, the shared rate limit and
 * the manager's secret registry. Secrets never appear in {@link #toString()}.
 *
 * <p>SPI: for backend implementors.
 *
 * @param settings the settings
 * @param tls the TLS material
 * @param gate the rate limit, called before every request
 * @param secrets the secrets to redact; a backend adds the session IDs it receives
 */
public record BackendConfig(
    ManagerSettings settings, TlsMaterial tls, RequestGate gate, Secrets secrets) {

  /**
   * Checks the components.
   *
   * @param settings the settings
   * @param tls the TLS material
   * @param gate the rate limit, called before every request
   * @param secrets the secrets to redact; a backend adds the session IDs it receives
   */
  public BackendConfig {
    Objects.requireNonNull(settings, "settings");
    Objects.requireNonNull(tls, "tls");
    Objects.requireNonNull(gate, "gate");
    Objects.requireNonNull(secrets, "secrets");
  }

  /**
   * A configuration from settings alone: TLS material as the settings say, no rate limit, a secret
   * registry holding the settings' secrets. For backend tests and tools; a {@code Manager} makes
   * its own.
   *
   * @param settings the settings ({@code Manager.builder()….toSettings()})
   * @return the configuration
   */
  public static BackendConfig of(ManagerSettings settings) {
    Secrets secrets = new Secrets();
    if (settings.apiKey() != null) {
      secrets.add(settings.apiKey().revealString());
    }
    if (settings.password() != null) {
      secrets.add(settings.password().revealString());
    }
    return new BackendConfig(
        settings, TlsSupport.create(settings.tls(), settings.url().toString()), () -> {}, secrets);
  }

  /**
   * @param gate the rate limit
   * @return a copy with another rate limit
   */
  public BackendConfig withGate(RequestGate gate) {
    return new BackendConfig(settings, tls, gate, secrets);
  }

  /**
   * @return the manager's base URL (no trailing slash)
   */
  public URI baseUrl() {
    return settings.url();
  }

  /**
   * @return the REST API key, or null
   */
  public @Nullable String apiKey() {
    return settings.apiKey() == null ? null : settings.apiKey().revealString();
  }

  /**
   * @return whether the key goes in {@code Authorization: ApiKey}
   */
  public boolean cloudOneKey() {
    return settings.cloudOneKey();
  }

  /**
   * @return the SOAP username, or null
   */
  public @Nullable String username() {
    return settings.username();
  }

  /**
   * @return a copy of the SOAP password, or null
   */
  public @Nullable char[] password() {
    return settings.password() == null ? null : settings.password().reveal();
  }

  /**
   * @return the tenant, or null
   */
  public @Nullable String tenant() {
    return settings.tenant();
  }

  /**
   * @return the proxy, or null
   */
  public @Nullable ProxyOptions proxy() {
    return settings.proxy();
  }

  /**
   * @return the connect timeout
   */
  public Duration connectTimeout() {
    return settings.connectTimeout();
  }

  /**
   * @return the idle timeout of one read
   */
  public Duration readTimeout() {
    return settings.readTimeout();
  }

  /**
   * @return the idle timeout of one read of a whole-catalog answer
   */
  public Duration bulkReadTimeout() {
    return settings.bulkReadTimeout();
  }

  /**
   * @return the deadline of a call made outside a {@link CallContext} (e.g. ending the session)
   */
  public Duration callTimeout() {
    return settings.callTimeout();
  }

  /**
   * @return the largest answer to an ordinary request
   */
  public long maxResponseBytes() {
    return settings.maxResponseBytes();
  }

  /**
   * @return the largest answer to a request that may return a whole catalog
   */
  public long maxBulkResponseBytes() {
    return settings.maxBulkResponseBytes();
  }

  /**
   * @return the User-Agent prefix
   */
  public String userAgent() {
    return settings.userAgent();
  }

  /**
   * @return items per search page
   */
  public int pageSize() {
    return settings.pageSize();
  }

  @Override
  public String toString() {
    return "BackendConfig[" + settings + "]";
  }
}
