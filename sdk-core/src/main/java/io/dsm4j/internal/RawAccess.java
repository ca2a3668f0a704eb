package io.dsm4j.internal;

import io.dsm4j.Capability;
import io.dsm4j.RestAccess;
import io.dsm4j.SoapAccess;
import io.dsm4j.spi.BackendConnection;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The escape hatch ({@code Manager.unwrap}): {@link RestAccess} and {@link SoapAccess} through the
 * same {@link CallPipeline} as every modelled call, so deadlines, retries by read or write, the
 * rate limit and masking are the same.
 */
final class RawAccess {
  private static final Pattern OPERATION = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,127}");

  /** Operations that would take over or end the connection's own session. */
  private static final Set<String> SESSION_OPERATIONS =
      Set.of("authenticate", "authenticateTenant", "signInAsTenant", "endSession");

  private RawAccess() {}

  /** Any {@code /api} request. */
  static final class Rest implements RestAccess {
    private final CallPipeline pipeline;

    Rest(CallPipeline pipeline) {
      this.pipeline = pipeline;
    }

    @Override
    public Response send(Request request) {
      Objects.requireNonNull(request, "request");
      String op = "restAccess";
      boolean read = request.isRead();
      return request.bulk()
          ? pipeline.bulkCall(
              op,
              Capability.REST_ACCESS,
              null,
              read,
              BackendConnection::restAccess,
              "restAccess",
              g -> g.send(request))
          : pipeline.call(
              op,
              Capability.REST_ACCESS,
              null,
              read,
              BackendConnection::restAccess,
              "restAccess",
              g -> g.send(request));
    }

    @Override
    public String toString() {
      return "RestAccess[" + pipeline.settings.url() + "]";
    }
  }

  /** Any Web Service API operation. */
  static final class Soap implements SoapAccess {
    private final CallPipeline pipeline;

    Soap(CallPipeline pipeline) {
      this.pipeline = pipeline;
    }

    @Override
    public String call(String operation, String payload) {
      Objects.requireNonNull(operation, "operation");
      Objects.requireNonNull(payload, "payload");
      if (!OPERATION.matcher(operation).matches()) {
        throw new IllegalArgumentException("'" + operation + "' is not an operation name");
      }
      if (SESSION_OPERATIONS.contains(operation)) {
        throw new IllegalArgumentException(
            operation
                + " is a session operation: dsm4j signs in and out itself (use"
                + " Manager.asTenant for a tenant)");
      }
      boolean bulk = operation.contains("RetrieveAll") || operation.contains("EventRetrieve");
      return pipeline.call(
          "soapAccess." + operation,
          Capability.SOAP_ACCESS,
          null,
          SoapAccess.isRead(operation),
          BackendConnection::soapAccess,
          "soapAccess",
          g -> g.call(operation, payload, bulk));
    }

    @Override
    public String toString() {
      return "SoapAccess[" + pipeline.settings.url() + "]";
    }
  }

  /** The access of a type, after checking that a backend in use can give it. */
  static <T> T unwrap(CallPipeline pipeline, Class<T> type) {
    Objects.requireNonNull(type, "type");
    if (type == RestAccess.class) {
      pipeline.route("unwrap(RestAccess)", Capability.REST_ACCESS, null);
      return type.cast(new Rest(pipeline));
    }
    if (type == SoapAccess.class) {
      pipeline.route("unwrap(SoapAccess)", Capability.SOAP_ACCESS, null);
      return type.cast(new Soap(pipeline));
    }
    throw new IllegalArgumentException(
        "a Manager unwraps to RestAccess or SoapAccess, not " + type.getName());
  }
}
