package io.dsm4j.soap;

import io.dsm4j.Backend;
import io.dsm4j.Capabilities;
import io.dsm4j.soap.internal.SoapConnection;
import io.dsm4j.spi.BackendConfig;
import io.dsm4j.spi.BackendConnection;
import io.dsm4j.spi.BackendProvider;

/**
 * The SOAP backend of dsm4j: the classic Deep Security Manager Web Service API at {@code
 * /webservice/Manager} (DSM 9.5 to 20), signed in with a username and password.
 *
 * <p>Applications do not use this class directly: with {@code io.dsm4j:dsm4j-soap} on the class or
 * module path, {@link java.util.ServiceLoader} finds it and a {@link io.dsm4j.Manager} built with a
 * username and password uses it:
 *
 * <pre>{@code
 * try (Manager manager = Manager.builder()
 *     .url("https://dsm.example.com:4119")
 *     .username("api-user")
 *     .password(System.getenv("DSM_PASSWORD").toCharArray())
 *     .backend(Backend.SOAP)
 *     .build()) {
 *   manager.securityUpdates().list().forEach(System.out::println);
 * }
 * }</pre>
 *
 * <p>How it behaves:
 *
 * <ul>
 *   <li>The WSDL is packaged with dsm4j, never fetched from the manager. Nothing touches the
 *       network until the first call, which signs in ({@code authenticate}, or {@code
 *       authenticateTenant} when a tenant is set). A session that expires is renewed transparently,
 *       each time it expires, as long as signing in succeeds and the call's deadline allows;
 *       closing the {@code Manager} ends the session (waiting a few seconds at most).
 *   <li>Requests go through dsm4j's own HTTP transport, the same as the REST backend's: redirects
 *       are never followed, nothing is resent below dsm4j's retry policy, every call has one
 *       deadline, TLS options and certificate pins apply, and the builder's {@code ProxyOptions}
 *       apply to this {@code Manager} only. No JVM-wide setting is changed.
 *   <li>Whole catalogs ({@code …RetrieveAll}, every computer) come back in one response and get the
 *       builder's bulk size limit; lists are one complete page sorted by ID, and rule queries are
 *       applied by dsm4j to the whole catalog.
 *   <li>Rule assignment rewrites the policy's rule list (read, change, save, read again); a list
 *       changed by someone else in between fails with {@link io.dsm4j.exception.ConflictException}.
 *       Setting an intrusion prevention rule detect-only changes the rule itself and so affects
 *       <em>every</em> policy that uses it.
 *   <li>SOAP faults become {@link io.dsm4j.exception.DsmException} subclasses with the fault name
 *       in {@link io.dsm4j.exception.DsmException#fault()}.
 * </ul>
 */
// The SPI is exported to the backends only: applications reach this class through ServiceLoader.
@SuppressWarnings("exports")
public final class SoapBackendProvider implements BackendProvider {

  /** Used by {@link java.util.ServiceLoader}. */
  public SoapBackendProvider() {}

  @Override
  public Backend backend() {
    return Backend.SOAP;
  }

  @Override
  public BackendConnection connect(BackendConfig config) {
    return new SoapConnection(config);
  }

  /** Known without a connection, so a manager that never calls SOAP never builds JAX-WS. */
  @Override
  public Capabilities capabilities() {
    return SoapConnection.declaredCapabilities();
  }
}
