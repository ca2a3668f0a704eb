package io.dsm4j;

import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What {@link Manager#info()} reports.
 *
 * @param url the manager's base URL
 * @param tenant the tenant signed in to (SOAP), or null
 * @param managerVersion the manager's product version (e.g. "20.0.877"), empty when the API does
 *     not say
 * @param managerTime the manager's clock, or null when the API does not say
 * @param apiVersion the API version in use ("v1" for REST; the SOAP web service version number)
 * @param backends the backends in use
 * @param capabilities the capabilities of each backend in use
 */
public record ManagerInfo(
    java.net.URI url,
    @Nullable String tenant,
    String managerVersion,
    @Nullable Instant managerTime,
    String apiVersion,
    Set<Backend> backends,
    Map<Backend, Capabilities> capabilities) {

  /**
   * Copies the components.
   *
   * @param url the manager's base URL
   * @param tenant the tenant signed in to (SOAP), or null
   * @param managerVersion the manager's product version (e.g. "20.0.877"), empty when the API does
   *     not say
   * @param managerTime the manager's clock, or null when the API does not say
   * @param apiVersion the API version in use ("v1" for REST; the SOAP web service version number)
   * @param backends the backends in use
   * @param capabilities the capabilities of each backend in use
   */
  public ManagerInfo {
    java.util.Objects.requireNonNull(url, "url");
    managerVersion = managerVersion == null ? "" : managerVersion;
    apiVersion = apiVersion == null ? "" : apiVersion;
    backends = Set.copyOf(backends);
    capabilities = Map.copyOf(capabilities);
  }
}
