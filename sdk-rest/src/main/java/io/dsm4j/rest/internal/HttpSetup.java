package io.dsm4j.rest.internal;

import io.dsm4j.Backend;
import io.dsm4j.http.HttpTransport;
import io.dsm4j.spi.BackendConfig;
import java.util.concurrent.atomic.AtomicReference;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * The REST side of the shared transport: its headers (the API key, the API version) and the manager
 * facts of the latest answer. Redirects, deadlines, resends, TLS, proxy and size limits are the
 * shared {@link HttpTransport}'s.
 */
final class HttpSetup {
  private HttpSetup() {}

  /** The headers of the latest answer that carry manager facts. */
  static final class ResponseInfo {
    private final AtomicReference<String> version = new AtomicReference<>();
    private final AtomicReference<String> date = new AtomicReference<>();

    String version() {
      return version.get();
    }

    String date() {
      return date.get();
    }

    void record(Response r) {
      String v = r.header("X-DSM-Version");
      if (v != null) {
        version.set(v);
      }
      String d = r.header("Date");
      if (d != null) {
        date.set(d);
      }
    }
  }

  static HttpTransport transport(BackendConfig config, ResponseInfo info) {
    String authName = config.cloudOneKey() ? "Authorization" : "api-secret-key";
    String authValue = config.cloudOneKey() ? "ApiKey " + config.apiKey() : config.apiKey();
    String userAgent = config.userAgent() + " (dsm4j-rest)";
    Interceptor headers =
        chain -> {
          Request request =
              chain
                  .request()
                  .newBuilder()
                  .header(authName, authValue)
                  .header("api-version", "v1")
                  .header("Accept", "application/json")
                  .header("User-Agent", userAgent)
                  .build();
          Response response = chain.proceed(request);
          info.record(response);
          return response;
        };
    return new HttpTransport(config, Backend.REST, headers);
  }
}
