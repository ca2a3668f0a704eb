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
    RequestGate gate) {

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
