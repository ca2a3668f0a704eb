package io.dsm4j.internal;

import io.dsm4j.ProxyOptions;
import io.dsm4j.RetryOptions;
import io.dsm4j.TlsOptions;
import java.net.URI;
import java.time.Duration;

/** The validated builder state; secrets never appear in {@link #toString()}. */
public record Settings(
    URI url,
    String apiKey,
    boolean cloudOneKey,
    String username,
    char[] password,
    String tenant,
    TlsOptions tls,
    ProxyOptions proxy,
    Duration connectTimeout,
    Duration readTimeout,
    Duration bulkReadTimeout,
    RetryOptions retry,
    int requestsPerMinute,
    String userAgent,
    int pageSize,
    Duration callTimeout,
    Duration bulkCallTimeout,
    long maxResponseBytes,
    long maxBulkResponseBytes,
    io.dsm4j.RetryListener retryListener,
    boolean endSessionOnShutdown) {

  @Override
  public String toString() {
    return "Settings[url=" + url + ", username=" + username + ", tenant=" + tenant + "]";
  }
}
