package io.dsm4j;

/**
 * The API a {@link Manager} talks to.
 *
 * <ul>
 *   <li>{@link #REST}: the Deep Security API {@code /api} (DSM 11.1+, Cloud One Workload Security),
 *       with an API key.
 *   <li>{@link #SOAP}: the classic Web Service API {@code /webservice/Manager} (DSM 9.5–20), with a
 *       username and password. The only API with security updates and events.
 *   <li>{@link #AUTO}: both when both credentials are given; each operation goes to the backend
 *       that supports it, REST preferred.
 * </ul>
 */
public enum Backend {
  REST,
  SOAP,
  AUTO
}
