/** dsm4j's REST backend: the Deep Security API {@code /api} via Retrofit, OkHttp and Jackson. */
module io.dsm4j.rest {
  requires transitive io.dsm4j;
  requires org.slf4j;
  requires io.dsm4j.http;
  requires retrofit2;
  requires retrofit2.converter.jackson;
  requires okhttp3;
  // OkHttp is an automatic module and requires nothing: name its own dependencies so that they
  // are in the module graph without --add-modules.
  requires okio;
  requires kotlin.stdlib;
  requires com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.annotation;
  requires com.fasterxml.jackson.core;

  exports io.dsm4j.rest;

  opens io.dsm4j.rest.internal.dto to
      com.fasterxml.jackson.databind;

  provides io.dsm4j.spi.BackendProvider with
      io.dsm4j.rest.RestBackendProvider;
}
