package io.dsm4j.spi;

import io.dsm4j.RestAccess;

/**
 * Any {@code /api} request (capability {@code REST_ACCESS}), sent like every other request of the
 * connection (credentials, deadline, rate limit, size limits, no redirects, no resends). A non-2xx
 * answer is thrown as the typed exception the connection maps it to; a body that is not JSON is an
 * {@link IllegalArgumentException} before anything is sent; an answer body that is not JSON (or has
 * a key twice) is refused like any other answer. Secret-looking JSON fields (names containing
 * {@code password} or {@code secret}) of the request and the answer are registered with the
 * connection's secrets.
 *
 * <p>SPI: for backend implementors.
 */
public interface RestAccessOperations {

  /**
   * @param request the request (validated by its builder)
   * @return the 2xx answer
   */
  RestAccess.Response send(RestAccess.Request request);
}
