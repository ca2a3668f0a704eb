package io.dsm4j.spi;

import io.dsm4j.Backend;
import io.dsm4j.ProxyOptions;
import io.dsm4j.RetryListener;
import io.dsm4j.RetryOptions;
import io.dsm4j.TlsOptions;
import java.net.URI;
import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * Everything {@code Manager.builder()} was given, validated: the one configuration value that
 * travels from the builder to the core and the backends. Secrets are {@link Secret}s, so {@link
 * #toString()} and {@link #equals(Object)} never expose them. Made only by {@code
 * Manager.Builder.toSettings()}.
 *
 * <p>SPI: for backend implementors.
 *
 * @param url the manager's base URL, no trailing slash
 * @param backend the backend choice
 * @param apiKey the REST API key, or null
 * @param cloudOneKey whether the key goes in {@code Authorization: ApiKey}
 * @param username the SOAP username, or null
 * @param password the SOAP password, or null
 * @param tenant the tenant, or null
 * @param tls how to verify the manager's certificate
 * @param proxy the HTTP proxy, or null
 * @param connectTimeout the connect timeout
 * @param readTimeout the idle timeout of one read
 * @param bulkReadTimeout the idle timeout of one read of a whole-catalog answer
 * @param callTimeout the deadline of an ordinary call, retries included
 * @param bulkCallTimeout the deadline of a call that may return a whole catalog
 * @param maxResponseBytes the largest ordinary answer
 * @param maxBulkResponseBytes the largest whole-catalog answer
 * @param retry the retry policy
 * @param retryListener told before every retry
 * @param requestsPerMinute the client-side rate limit, 0 for none
 * @param userAgent the User-Agent prefix
 * @param pageSize items per search page
 * @param endSessionOnShutdown whether a JVM shutdown hook ends the session
 */
public record ManagerSettings(
    URI url,
    Backend backend,
    @Nullable Secret apiKey,
    boolean cloudOneKey,
    @Nullable String username,
    @Nullable Secret password,
    @Nullable String tenant,
    TlsOptions tls,
    @Nullable ProxyOptions proxy,
    Duration connectTimeout,
    Duration readTimeout,
    Duration bulkReadTimeout,
    Duration callTimeout,
    Duration bulkCallTimeout,
    long maxResponseBytes,
    long maxBulkResponseBytes,
    RetryOptions retry,
    RetryListener retryListener,
    int requestsPerMinute,
    String userAgent,
    int pageSize,
    boolean endSessionOnShutdown) {

  /**
   * The settings of a manager for one tenant of this (primary tenant's) manager: the same but the
   * tenant's name and the REST API key, which the backend obtained for the tenant.
   *
   * @param tenantName the tenant's name, or null when not known
   * @param tenantApiKey the tenant's API key, or null to keep this one (a backend without keys)
   * @return the settings
   */
  public ManagerSettings forTenant(@Nullable String tenantName, @Nullable Secret tenantApiKey) {
    return new ManagerSettings(
        url,
        backend,
        tenantApiKey != null ? tenantApiKey : apiKey,
        tenantApiKey != null ? false : cloudOneKey,
        username,
        password,
        tenantName,
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
        false);
  }
}
