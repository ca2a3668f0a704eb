package io.dsm4j.spi;

import io.dsm4j.ProxyOptions;
import java.net.URI;
import java.time.Duration;

/**
 * Everything a backend needs to connect. Secrets are never part of {@link #toString()}.
 *
 * <p>SPI: for backend implementors.
 *
 * @param baseUrl the manager's base URL (no trailing slash)
 * @param apiKey the REST API key, or null
 * @param cloudOneKey whether the key goes in {@code Authorization: ApiKey}
 * @param username the SOAP username, or null
 * @param password the SOAP password, or null
 * @param tenant the tenant, or null
 * @param tls the TLS material
 * @param proxy the proxy, or null
 * @param connectTimeout the connect timeout
 * @param readTimeout the read timeout
 * @param bulkReadTimeout the read timeout of whole-catalog calls
 * @param userAgent the user agent
 * @param pageSize items per search page
 * @param gate the rate limit, called before every request
 * @param callTimeout the deadline of a call made outside a {@link CallContext} (e.g. ending the
 *     session on close)
 * @param maxResponseBytes the largest answer to an ordinary request
 * @param maxBulkResponseBytes the largest answer to a request that may return a whole catalog
 * @param secrets the secrets to redact; a backend adds the session IDs it receives
 */
public record BackendConfig(
    URI baseUrl,
    String apiKey,
    boolean cloudOneKey,
    String username,
    char[] password,
    String tenant,
    TlsMaterial tls,
    ProxyOptions proxy,
    Duration connectTimeout,
    Duration readTimeout,
    Duration bulkReadTimeout,
    String userAgent,
    int pageSize,
    RequestGate gate,
    Duration callTimeout,
    long maxResponseBytes,
    long maxBulkResponseBytes,
    Secrets secrets) {

  @Override
  public String toString() {
    return "BackendConfig[baseUrl="
        + baseUrl
        + ", apiKey="
        + (apiKey == null ? "none" : "****")
        + ", username="
        + username
        + ", password="
        + (password == null ? "none" : "****")
        + ", tenant="
        + tenant
        + ", proxy="
        + proxy
        + "]";
  }
}
