package io.dsm4j.kafka.connect.internal;

import io.dsm4j.Backend;
import io.dsm4j.Manager;
import io.dsm4j.TlsOptions;
import java.util.function.Supplier;

/** Builds the {@link Manager}s the connector and its tasks use, from the configuration. */
public final class Managers {
  private Managers() {}

  /**
   * The SOAP manager a task reads events with (and signs in to tenants with): the user and
   * password, this task's share of the request rate, the call deadline.
   *
   * @param c the task's configuration
   * @return the manager (nothing is sent until it is used)
   */
  public static Manager soap(SourceConfig c) {
    Manager.Builder b =
        common(c)
            .backend(Backend.SOAP)
            .username(c.username())
            .password(c.password())
            .requestsPerMinute(c.taskRequestsPerMinute());
    if (c.accountTenant() != null) {
      b.tenant(c.accountTenant());
    }
    return withOwnLoader(b::build);
  }

  /**
   * The REST manager the connector lists tenants with.
   *
   * @param c the connector's configuration (with an API key)
   * @return the manager
   */
  public static Manager rest(SourceConfig c) {
    Manager.Builder b =
        common(c).backend(Backend.REST).apiKey(c.apiKey()).requestsPerMinute(c.requestsPerMinute());
    return withOwnLoader(b::build);
  }

  private static Manager.Builder common(SourceConfig c) {
    return Manager.builder()
        .url(c.url())
        .tls(tls(c))
        .callTimeout(c.callTimeout())
        .bulkCallTimeout(c.callTimeout())
        .userAgent("dsm4j-kafka-connect/" + Version.VERSION);
  }

  static TlsOptions tls(SourceConfig c) {
    TlsOptions.Builder t = TlsOptions.builder().hostnameVerification(c.tlsHostnameVerification());
    if (c.tlsCertificate() != null) {
      t.trustedCertificatePem(c.tlsCertificate());
    }
    if (c.tlsTrustStore() != null) {
      t.trustStore(c.tlsTrustStore(), c.tlsTrustStorePassword(), c.tlsTrustStoreType());
    }
    if (!c.tlsPinned().isEmpty()) {
      t.pinnedSha256(c.tlsPinned().toArray(String[]::new));
    }
    return t.build();
  }

  /**
   * The backends are found with {@link java.util.ServiceLoader} through the context class loader:
   * make it the plugin's own, whatever thread Connect calls from.
   */
  static <T> T withOwnLoader(Supplier<T> build) {
    Thread t = Thread.currentThread();
    ClassLoader before = t.getContextClassLoader();
    t.setContextClassLoader(Managers.class.getClassLoader());
    try {
      return build.get();
    } finally {
      t.setContextClassLoader(before);
    }
  }
}
