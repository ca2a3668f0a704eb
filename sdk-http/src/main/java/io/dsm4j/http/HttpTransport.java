package io.dsm4j.http;

import io.dsm4j.Backend;
import io.dsm4j.exception.DsmException;
import io.dsm4j.spi.BackendConfig;
import io.dsm4j.spi.CallContext;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import okhttp3.Call;
import okhttp3.Headers;
import okhttp3.Interceptor;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one HTTP client of a backend connection, configured from {@link BackendConfig} the same way
 * for both backends:
 *
 * <ul>
 *   <li>redirects are never followed: a 3xx answer is a {@link
 *       io.dsm4j.exception.ResponseRejectedException} naming its {@code Location};
 *   <li>nothing is ever resent below the core's retry policy (no connection-failure retry, also not
 *       on a stale pooled connection);
 *   <li>every exchange (connect, TLS, write, every read) is bounded by the call's deadline ({@link
 *       CallContext#remainingMillis()}), a request is never started after it, and the rate limit
 *       never waits past it; the read timeout only bounds silence between two reads;
 *   <li>the TLS handshake has its own short timeout; certificate pins are checked by the trust
 *       manager from the core;
 *   <li>an answer is cut off at the size limit, whatever {@code Content-Length} says;
 *   <li>the per-manager proxy applies to this client only.
 * </ul>
 *
 * <p>Not an API: used by dsm4j's backends only.
 */
public final class HttpTransport implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(HttpTransport.class);

  /** The longest a TLS handshake may take, whatever the connect timeout. */
  static final Duration MAX_HANDSHAKE = Duration.ofSeconds(10);

  private final BackendConfig config;
  private final Backend backend;
  private final OkHttpClient client;
  private final WireErrors errors;

  /**
   * @param config the connection's configuration
   * @param backend the backend using it, for the errors
   * @param headers adds the backend's own headers (credentials, user agent) to each request
   */
  public HttpTransport(BackendConfig config, Backend backend, Interceptor headers) {
    this.config = Objects.requireNonNull(config, "config");
    this.backend = Objects.requireNonNull(backend, "backend");
    this.errors = new WireErrors(config, backend);
    long handshake = Math.min(config.connectTimeout().toMillis(), MAX_HANDSHAKE.toMillis());
    OkHttpClient.Builder b =
        new OkHttpClient.Builder()
            .connectTimeout(config.connectTimeout().toMillis(), TimeUnit.MILLISECONDS)
            // The longest silence between two reads; the call's deadline bounds the whole exchange.
            .readTimeout(config.readTimeout().toMillis(), TimeUnit.MILLISECONDS)
            .writeTimeout(config.readTimeout().toMillis(), TimeUnit.MILLISECONDS)
            .followRedirects(false)
            .followSslRedirects(false)
            // Resending is the core's decision, by idempotency: never below it.
            .retryOnConnectionFailure(false);
    if (config.tls() != null) {
      b.sslSocketFactory(
          new HandshakeTimeoutSocketFactory(config.tls().socketFactory(), handshake),
          config.tls().trustManager());
    }
    if (config.tls() != null && config.tls().hostnameVerifier() != null) {
      b.hostnameVerifier(config.tls().hostnameVerifier());
    }
    if (config.proxy() != null) {
      b.proxy(
          new Proxy(
              Proxy.Type.HTTP,
              InetSocketAddress.createUnresolved(config.proxy().host(), config.proxy().port())));
    }
    b.addInterceptor(new Guard(config, errors));
    if (headers != null) {
      b.addInterceptor(headers);
    }
    b.addNetworkInterceptor(new Limits(config, errors));
    this.client = b.build();
  }

  /**
   * @return the client, for Retrofit (whose calls must be bounded with {@link #deadlineMillis()})
   */
  public OkHttpClient client() {
    return client;
  }

  /**
   * @return the milliseconds the current exchange may take: what is left of the call's deadline, or
   *     the configured call timeout outside a call
   */
  public long deadlineMillis() {
    return CallContext.current()
        .map(CallContext::remainingMillis)
        .orElse(Math.max(1, config.callTimeout().toMillis()));
  }

  /**
   * Bounds a call by the deadline; to be called before {@code execute()}.
   *
   * @param call a new call of {@link #client()}
   * @param <C> the call type
   * @return the call
   */
  public <C extends Call> C bound(C call) {
    call.timeout().timeout(deadlineMillis(), TimeUnit.MILLISECONDS);
    return call;
  }

  /**
   * Sends a request and reads the whole answer (within the size limit and the deadline).
   *
   * @param request the request
   * @param operation the wire operation, for errors
   * @param bulk whether the answer may be a whole catalog (the bulk size limit applies)
   * @return the answer
   * @throws DsmException for every failure (never an answer's status, which the caller judges)
   */
  public Answer exchange(Request request, String operation, boolean bulk) {
    Request r =
        bulk ? request.newBuilder().tag(Limits.Bulk.class, Limits.Bulk.YES).build() : request;
    try (Response response = bound(client.newCall(r)).execute()) {
      ResponseBody body = response.body();
      byte[] bytes;
      try (InputStream in = body == null ? InputStream.nullInputStream() : body.byteStream()) {
        bytes = in.readAllBytes();
      }
      return new Answer(
          response.code(),
          response.message(),
          response.headers(),
          body == null || body.contentType() == null ? null : body.contentType().toString(),
          bytes);
    } catch (IOException e) {
      throw errors.translate(e, operation, r);
    }
  }

  /**
   * @param e what a call of {@link #client()} threw
   * @param operation the wire operation
   * @param request the request
   * @return the dsm4j exception for it, in the words both backends use
   */
  public DsmException translate(IOException e, String operation, Request request) {
    return errors.translate(e, operation, request);
  }

  /**
   * The exception for an answer that is not what the protocol expects (e.g. an HTML page where a
   * SOAP message belongs), in the words both backends use; server text is redacted and excerpted.
   *
   * @param operation the wire operation
   * @param status the HTTP status
   * @param contentType the content type, or null
   * @param body the body's text
   * @return the exception
   */
  public DsmException unexpectedAnswer(
      String operation, int status, String contentType, String body) {
    return errors.unexpectedAnswer(operation, status, contentType, body);
  }

  /**
   * @return the backend this transport serves
   */
  public Backend backend() {
    return backend;
  }

  /** Drops pooled connections; the transport is not used afterwards. */
  @Override
  public void close() {
    client.dispatcher().executorService().shutdown();
    client.connectionPool().evictAll();
  }

  /**
   * A complete answer.
   *
   * @param status the HTTP status
   * @param reason the HTTP reason phrase
   * @param headers the headers
   * @param contentType the content type, or null
   * @param body the body (possibly empty)
   */
  public record Answer(
      int status, String reason, Headers headers, String contentType, byte[] body) {}

  /** Deadline and rate limit before a request leaves; the debug log line after. */
  private static final class Guard implements Interceptor {
    private final BackendConfig config;
    private final WireErrors errors;

    Guard(BackendConfig config, WireErrors errors) {
      this.config = config;
      this.errors = errors;
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
      Request request = chain.request();
      CallContext ctx = CallContext.current().orElse(null);
      if (ctx != null && ctx.expired()) {
        throw new WireErrors.DeadlinePassed("the call's deadline passed before this request");
      }
      Duration maxWait =
          ctx != null ? Duration.ofMillis(ctx.remainingMillis()) : config.callTimeout();
      if (config.gate() != null && !config.gate().acquire(maxWait)) {
        throw new WireErrors.DeadlinePassed(
            "the rate limit (requestsPerMinute) would delay this request past the call's"
                + " deadline");
      }
      long start = System.nanoTime();
      Response response = chain.proceed(request);
      if (LOG.isDebugEnabled()) {
        // Method, path and status only: never headers or bodies (they carry secrets).
        LOG.debug(
            "{} {} -> {} in {} ms",
            request.method(),
            request.url().encodedPath(),
            response.code(),
            (System.nanoTime() - start) / 1_000_000);
      }
      return errors.rejectRedirect(response);
    }
  }
}
