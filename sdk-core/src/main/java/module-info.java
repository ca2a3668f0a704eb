/**
 * dsm4j core: the public API, model, exceptions and the backend SPI. The SPI is for the backend
 * modules (and their shared transport) only; applications need {@code requires io.dsm4j;} and a
 * backend on the module path.
 */
module io.dsm4j {
  requires org.slf4j;
  requires static org.jspecify;

  exports io.dsm4j;
  exports io.dsm4j.model;
  exports io.dsm4j.exception;
  exports io.dsm4j.spi to
      io.dsm4j.http,
      io.dsm4j.rest,
      io.dsm4j.soap;

  uses io.dsm4j.spi.BackendProvider;
}
