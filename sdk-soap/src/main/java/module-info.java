/**
 * dsm4j SOAP backend: the classic Deep Security Manager Web Service API ({@code
 * /webservice/Manager}) behind the dsm4j backend SPI. Found by {@link java.util.ServiceLoader}; no
 * type of this module appears in the dsm4j API.
 */
module io.dsm4j.soap {
  requires transitive io.dsm4j;
  requires jakarta.xml.ws;
  requires jakarta.xml.bind;
  requires com.sun.xml.ws;
  requires io.dsm4j.http;
  requires okhttp3;
  requires org.slf4j;

  exports io.dsm4j.soap;

  // JAXB and the JAX-WS runtime bind the generated classes reflectively.
  opens io.dsm4j.soap.internal.generated to
      jakarta.xml.bind,
      com.sun.xml.bind,
      com.sun.xml.ws;

  provides io.dsm4j.spi.BackendProvider with
      io.dsm4j.soap.SoapBackendProvider;
}
