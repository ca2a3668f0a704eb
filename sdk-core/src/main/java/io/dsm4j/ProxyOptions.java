package io.dsm4j;

import java.util.Objects;

/**
 * An HTTP proxy to reach the manager through.
 *
 * @param host the proxy host
 * @param port the proxy port (1–65535)
 */
public record ProxyOptions(String host, int port) {
  /**
   * Validates the components.
   *
   * @param host the proxy host
   * @param port the proxy port (1–65535)
   */
  public ProxyOptions {
    Objects.requireNonNull(host, "host");
    if (host.isBlank()) {
      throw new IllegalArgumentException("proxy host must not be blank");
    }
    if (port < 1 || port > 65535) {
      throw new IllegalArgumentException("proxy port must be 1-65535, got " + port);
    }
  }

  /**
   * Parses {@code HOST:PORT}.
   *
   * @param hostPort e.g. {@code proxy.example.com:3128}
   * @return the options
   */
  public static ProxyOptions parse(String hostPort) {
    Objects.requireNonNull(hostPort, "hostPort");
    int i = hostPort.lastIndexOf(':');
    if (i <= 0 || i == hostPort.length() - 1) {
      throw new IllegalArgumentException("proxy must be HOST:PORT, got '" + hostPort + "'");
    }
    try {
      return new ProxyOptions(
          hostPort.substring(0, i), Integer.parseInt(hostPort.substring(i + 1)));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("proxy port is not a number in '" + hostPort + "'", e);
    }
  }
}
