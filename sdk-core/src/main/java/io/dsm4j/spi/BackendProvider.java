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

  /**
   * What every connection of this provider can do, when that is known without making one; null (the
   * default) when it is not. When it is known, the core defers {@link #connect} until the first
   * call that goes to this backend, so that a {@code Manager} built with two credentials pays
   * nothing for a backend it never uses (the command line runs one command per process). The core
   * then calls {@link #check} when the manager is built, so that a configuration this backend
   * refuses still fails at build time.
   *
   * @return the capabilities of every connection, or null
   */
  default io.dsm4j.Capabilities capabilities() {
    return null;
  }

  /**
   * Refuses a configuration this backend cannot work with, without connecting or building anything
   * costly; called at build time when {@link #connect} is deferred. The default accepts everything.
   *
   * @param config the configuration
   * @throws IllegalStateException or IllegalArgumentException for a configuration {@link #connect}
   *     would refuse
   */
  default void check(BackendConfig config) {}
}
