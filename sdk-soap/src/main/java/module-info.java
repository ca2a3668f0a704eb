/**
 * dsm4j SOAP backend: the classic Deep Security Manager Web Service API ({@code
 * /webservice/Manager}) behind the dsm4j backend SPI. Found by {@link java.util.ServiceLoader}; no
 * type of this module appears in the dsm4j API.
 */
module io.dsm4j.soap {
  requires transitive io.dsm4j;
  requires java.xml;
  requires jakarta.xml.ws;
  requires jakarta.xml.bind;
  requires io.dsm4j.http;
  requires okhttp3;
  requires org.slf4j;

  exports io.dsm4j.soap;

  // JAXB binds the generated classes reflectively (whichever JAXB runtime the application has).
  opens io.dsm4j.soap.internal.generated;

  provides io.dsm4j.spi.BackendProvider with
      io.dsm4j.soap.SoapBackendProvider;
}
