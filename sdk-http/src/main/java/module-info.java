/**
 * dsm4j's internal HTTP transport, shared by the REST and SOAP backends so that redirects,
 * deadlines, resends, proxies, TLS, size limits and the words of transport errors are decided in
 * one place. Not an API: its package is exported to the backends only.
 */
module io.dsm4j.http {
  requires transitive io.dsm4j;
  requires transitive okhttp3;
  // OkHttp is an automatic module and requires nothing: name its own dependencies so that they
  // are in the module graph without --add-modules.
  requires okio;
  requires kotlin.stdlib;
  requires org.slf4j;

  exports io.dsm4j.http to
      io.dsm4j.rest,
      io.dsm4j.soap;
}
