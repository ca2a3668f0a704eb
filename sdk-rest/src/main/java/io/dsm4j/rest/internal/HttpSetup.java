package io.dsm4j.rest.internal;

import io.dsm4j.spi.BackendConfig;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The one OkHttp client of a REST connection: TLS, proxy, timeouts, headers, rate limit. */
final class HttpSetup {
  private static final Logger LOG = LoggerFactory.getLogger(HttpSetup.class);

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

  static OkHttpClient client(BackendConfig config, ResponseInfo info) {
    OkHttpClient.Builder b =
        new OkHttpClient.Builder()
            .connectTimeout(config.connectTimeout().toMillis(), TimeUnit.MILLISECONDS)
            .readTimeout(config.readTimeout().toMillis(), TimeUnit.MILLISECONDS)
            .writeTimeout(config.readTimeout().toMillis(), TimeUnit.MILLISECONDS)
            .retryOnConnectionFailure(false) // retries are the core's decision, by idempotency
            .sslSocketFactory(config.tls().socketFactory(), config.tls().trustManager());
    if (config.tls().hostnameVerifier() != null) {
      b.hostnameVerifier(config.tls().hostnameVerifier());
    }
    if (config.proxy() != null) {
      b.proxy(
          new Proxy(
              Proxy.Type.HTTP,
              InetSocketAddress.createUnresolved(config.proxy().host(), config.proxy().port())));
    }
    String authName = config.cloudOneKey() ? "Authorization" : "api-secret-key";
    String authValue = config.cloudOneKey() ? "ApiKey " + config.apiKey() : config.apiKey();
    String userAgent = config.userAgent() + " (dsm4j-rest)";
    long bulkMillis = config.bulkReadTimeout().toMillis();
    b.addInterceptor(
        chain -> {
          config.gate().acquire();
          Request request =
              chain
                  .request()
                  .newBuilder()
                  .header(authName, authValue)
                  .header("api-version", "v1")
                  .header("Accept", "application/json")
                  .header("User-Agent", userAgent)
                  .build();
          // Search pages of a whole catalog can be large: give them the bulk read timeout.
          var c =
              request.url().encodedPath().endsWith("/search")
                  ? chain.withReadTimeout(
                      (int) Math.min(Integer.MAX_VALUE, bulkMillis), TimeUnit.MILLISECONDS)
                  : chain;
          long start = System.nanoTime();
          Response response = c.proceed(request);
          info.record(response);
          if (LOG.isDebugEnabled()) {
            // Method, path and status only: never headers (they carry the key).
            LOG.debug(
                "{} {} -> {} in {} ms",
                request.method(),
                request.url().encodedPath(),
                response.code(),
                (System.nanoTime() - start) / 1_000_000);
          }
          return response;
        });
    return b.build();
  }
}
