package io.dsm4j.spi;

/**
 * Any Web Service API operation by name (capability {@code SOAP_ACCESS}), sent like every other
 * operation of the connection: with its session (signed in and renewed as needed), faults mapped to
 * the typed exceptions. The payload is checked before anything is sent: well-formed, no {@code sID}
 * child, no DOCTYPE. Values of elements whose name contains {@code password} are registered with
 * the connection's secrets.
 *
 * <p>SPI: for backend implementors.
 */
public interface SoapAccessOperations {

  /**
   * @param operation a non-session operation name (checked by the core)
   * @param payload the request element's children, without {@code sID}
   * @param bulk whether the answer may be a whole catalog (the bulk size limit applies)
   * @return the response element as XML text
   */
  String call(String operation, String payload, boolean bulk);
}
