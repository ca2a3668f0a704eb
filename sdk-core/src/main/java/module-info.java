/** dsm4j core: the public API, model, exceptions and the backend SPI. */
module io.dsm4j {
  requires transitive org.slf4j;

  exports io.dsm4j;
  exports io.dsm4j.model;
  exports io.dsm4j.exception;
  exports io.dsm4j.spi;

  uses io.dsm4j.spi.BackendProvider;
}
