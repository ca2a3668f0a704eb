package io.dsm4j.http;

import io.dsm4j.spi.BackendConfig;
import io.dsm4j.spi.CallContext;
import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.Buffer;
import okio.BufferedSource;
import okio.ForwardingSource;
import okio.Okio;

/**
 * Cuts an answer off at the size limit while it streams in, whatever {@code Content-Length} says
 * (also chunked): an answer over the limit fails with {@link WireErrors.Rejected} instead of
 * filling the heap.
 */
final class Limits implements Interceptor {
  /** Marks a request whose answer may be a whole catalog (the bulk limit applies). */
  enum Bulk {
    YES
  }

  private final BackendConfig config;
  private final WireErrors errors;

  Limits(BackendConfig config, WireErrors errors) {
    this.config = config;
    this.errors = errors;
  }

  long limitFor(Request request) {
    boolean bulk =
        request.tag(Bulk.class) != null
            || CallContext.current().map(CallContext::bulk).orElse(false);
    return bulk ? config.maxBulkResponseBytes() : config.maxResponseBytes();
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    Response response = chain.proceed(request);
    ResponseBody body = response.body();
    if (body == null) {
      return response;
    }
    long limit = limitFor(request);
    long declared = body.contentLength();
    if (declared > limit) {
      response.close();
      throw errors.tooLarge(response.code(), "announces " + declared + " bytes, more", limit);
    }
    return response.newBuilder().body(new Limited(body, limit, response.code(), errors)).build();
  }

  /** A body that fails once more than {@code limit} bytes have been read. */
  private static final class Limited extends ResponseBody {
    private final ResponseBody delegate;
    private final BufferedSource source;

    Limited(ResponseBody delegate, long limit, int status, WireErrors errors) {
      this.delegate = delegate;
      this.source =
          Okio.buffer(
              new ForwardingSource(delegate.source()) {
                private long total;

                @Override
                public long read(Buffer sink, long byteCount) throws IOException {
                  long n = super.read(sink, byteCount);
                  if (n > 0) {
                    total += n;
                    if (total > limit) {
                      throw errors.tooLarge(status, "is larger", limit);
                    }
                  }
                  return n;
                }
              });
    }

    @Override
    public MediaType contentType() {
      return delegate.contentType();
    }

    @Override
    public long contentLength() {
      return delegate.contentLength();
    }

    @Override
    public BufferedSource source() {
      return source;
    }

    @Override
    public void close() {
      delegate.close();
    }
  }
}
