package io.dsm4j.rest;

import io.dsm4j.Backend;
import io.dsm4j.Capabilities;
import io.dsm4j.rest.internal.RestConnection;
import io.dsm4j.spi.BackendConfig;
import io.dsm4j.spi.BackendConnection;
import io.dsm4j.spi.BackendProvider;

/**
 * The REST backend: the Deep Security API {@code /api} (DSM 11.1–20 and Cloud One Workload
 * Security). Found by {@link java.util.ServiceLoader}; applications do not use it directly, they
 * add the {@code io.dsm4j:dsm4j-rest} dependency and give the {@link io.dsm4j.Manager} an API key:
 *
 * <pre>{@code
 * Manager manager = Manager.builder()
 *     .url("https://dsm.example.com:4119")
 *     .apiKey(key)
 *     .backend(Backend.REST)
 *     .build();
 * }</pre>
 */
// The SPI types it names are exported to the backend modules only: the provider is for the
// ServiceLoader, not for applications.
@SuppressWarnings("exports")
public final class RestBackendProvider implements BackendProvider {
  /** Creates the provider (ServiceLoader). */
  public RestBackendProvider() {}

  @Override
  public Backend backend() {
    return Backend.REST;
  }

  @Override
  public BackendConnection connect(BackendConfig config) {
    return new RestConnection(config);
  }

  /** Known without a connection, so a manager that never calls REST never builds its client. */
  @Override
  public Capabilities capabilities() {
    return RestConnection.declaredCapabilities();
  }
}
