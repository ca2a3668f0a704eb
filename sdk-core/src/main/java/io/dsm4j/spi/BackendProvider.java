package io.dsm4j.spi;

import io.dsm4j.Backend;

/**
 * Creates connections of one backend. Found with {@link java.util.ServiceLoader}; a backend module
 * declares {@code provides io.dsm4j.spi.BackendProvider with …}.
 *
 * <p>SPI: for backend implementors; may gain methods in minor releases.
 */
public interface BackendProvider {
  /**
   * @return {@link Backend#REST} or {@link Backend#SOAP}
   */
  Backend backend();

  /**
   * Creates a connection. Must not touch the network: sessions start on the first call.
   *
   * @param config the configuration
   * @return the connection
   */
  BackendConnection connect(BackendConfig config);
}
