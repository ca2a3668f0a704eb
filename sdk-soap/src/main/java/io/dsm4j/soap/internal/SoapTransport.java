package io.dsm4j.soap.internal;

import com.sun.xml.ws.api.WSService;
import com.sun.xml.ws.api.message.Message;
import com.sun.xml.ws.api.message.Packet;
import com.sun.xml.ws.api.pipe.ClientTubeAssemblerContext;
import com.sun.xml.ws.api.pipe.Codec;
import com.sun.xml.ws.api.pipe.ContentType;
import com.sun.xml.ws.api.pipe.NextAction;
import com.sun.xml.ws.api.pipe.TransportTubeFactory;
import com.sun.xml.ws.api.pipe.Tube;
import com.sun.xml.ws.api.pipe.TubeCloner;
import com.sun.xml.ws.api.pipe.helper.AbstractTubeImpl;
import com.sun.xml.ws.api.server.Container;
import io.dsm4j.Backend;
import io.dsm4j.http.HttpTransport;
import io.dsm4j.spi.BackendConfig;
import jakarta.xml.ws.Service;
import jakarta.xml.ws.WebServiceException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import javax.xml.namespace.QName;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;

/**
 * dsm4j's own transport under JAX-WS: the SOAP envelope that the JAX-WS runtime encodes is sent
 * with the shared {@link HttpTransport} (the same client settings as the REST backend: no
 * redirects, no resends, one deadline per call, TLS and pins, per-manager proxy, size limits)
 * instead of the JDK's {@code HttpURLConnection}, which silently resends a POST and follows the
 * JVM-wide settings.
 *
 * <p>The transport is installed through a {@link Container} given to this connection's own {@code
 * Service} only, so other JAX-WS clients of the application (and other {@code Manager}s) never see
 * it, and nothing JVM-wide is changed.
 */
final class SoapTransport {
  static final String WSDL = "/wsdl/Manager.wsdl";
  private static final QName SERVICE = new QName("urn:Manager", "ManagerService");
  private static final QName PORT = new QName("urn:Manager", "Manager");

  /** Whether the SOAP call the current thread is making may answer with a whole catalog. */
  private static final ThreadLocal<Boolean> BULK = new ThreadLocal<>();

  private final HttpTransport http;
  private final String endpoint;
  private final String userAgent;

  SoapTransport(BackendConfig config, String endpoint) {
    this.http = new HttpTransport(config, Backend.SOAP, null);
    this.endpoint = endpoint;
    this.userAgent =
        (config.userAgent() == null || config.userAgent().isBlank() ? "dsm4j" : config.userAgent())
            + " (dsm4j-soap)";
  }

  /**
   * Creates the connection's JAX-WS service, with this transport, from the packaged WSDL (never
   * fetched from the manager).
   */
  Service newService() {
    URL wsdl = SoapTransport.class.getResource(WSDL);
    if (wsdl == null) {
      throw new IllegalStateException("the packaged WSDL " + WSDL + " is missing from dsm4j-soap");
    }
    WSService.InitParams params = new WSService.InitParams();
    params.setContainer(new OwnContainer(new Factory(this)));
    return WSService.create(wsdl, SERVICE, params);
  }

  static QName port() {
    return PORT;
  }

  /**
   * Runs a port call with the bulk size limit when {@code bulk} is set.
   *
   * @param bulk whether the answer may be a whole catalog
   * @param call the port call
   * @param <T> the result type
   * @return its result
   * @throws Exception whatever the call throws
   */
  static <T> T withBulk(boolean bulk, SoapClient.Attempt<T> call) throws Exception {
    Boolean previous = BULK.get();
    BULK.set(bulk);
    try {
      return call.run();
    } finally {
      if (previous == null) {
        BULK.remove();
      } else {
        BULK.set(previous);
      }
    }
  }

  void close() {
    http.close();
  }

  /** Sends one encoded request and decodes the answer; every failure is a dsm4j exception. */
  Packet send(Packet request, Codec codec) {
    Message message = request.getMessage();
    String op = message == null ? null : message.getPayloadLocalPart();
    op = op == null ? "SOAP request" : op;
    ByteArrayOutputStream buf = new ByteArrayOutputStream(4096);
    ContentType ct;
    try {
      ct = codec.encode(request, buf);
    } catch (IOException e) {
      throw new WebServiceException("cannot encode the SOAP request", e);
    }
    String action = ct.getSOAPActionHeader();
    Request.Builder rb =
        new Request.Builder()
            .url(endpoint)
            .post(RequestBody.create(buf.toByteArray(), MediaType.get(ct.getContentType())))
            .header("SOAPAction", action == null ? "\"\"" : action)
            .header("User-Agent", userAgent);
    if (ct.getAcceptHeader() != null) {
      rb.header("Accept", ct.getAcceptHeader());
    }
    HttpTransport.Answer a = http.exchange(rb.build(), op, Boolean.TRUE.equals(BULK.get()));
    boolean soapStatus = a.status() == 200 || a.status() == 202 || a.status() == 500;
    if (!soapStatus || a.body().length == 0 && a.status() == 500 || isHtml(a)) {
      throw http.unexpectedAnswer(
          op, a.status(), a.contentType(), new String(a.body(), StandardCharsets.UTF_8));
    }
    Packet reply = request.createClientResponse(null);
    reply.wasTransportSecure = endpoint.regionMatches(true, 0, "https:", 0, 6);
    if (a.body().length > 0) {
      try {
        codec.decode(new ByteArrayInputStream(a.body()), a.contentType(), reply);
      } catch (IOException e) {
        throw new WebServiceException("the manager's answer is not a readable SOAP message", e);
      }
    }
    return reply;
  }

  private static boolean isHtml(HttpTransport.Answer a) {
    return a.contentType() != null && a.contentType().toLowerCase(Locale.ROOT).contains("html");
  }

  /** The container of this connection's service: it offers this transport, nothing else. */
  private static final class OwnContainer extends Container {
    private final TransportTubeFactory factory;

    OwnContainer(TransportTubeFactory factory) {
      this.factory = factory;
    }

    @Override
    public <S> S getSPI(Class<S> spiType) {
      if (spiType == TransportTubeFactory.class) {
        return spiType.cast(factory);
      }
      return super.getSPI(spiType);
    }
  }

  /** Answers for this connection's ports only: it is offered by their container alone. */
  private static final class Factory extends TransportTubeFactory {
    private final SoapTransport transport;

    Factory(SoapTransport transport) {
      this.transport = transport;
    }

    @Override
    public Tube doCreate(ClientTubeAssemblerContext context) {
      return new OkHttpTube(transport, context.getCodec());
    }
  }

  /** The last tube of the line: synchronous, one exchange per request. */
  private static final class OkHttpTube extends AbstractTubeImpl {
    private final SoapTransport transport;
    private final Codec codec;

    OkHttpTube(SoapTransport transport, Codec codec) {
      this.transport = transport;
      this.codec = codec;
    }

    private OkHttpTube(OkHttpTube that, TubeCloner cloner) {
      super(that, cloner);
      this.transport = that.transport;
      this.codec = that.codec.copy();
    }

    @Override
    public NextAction processRequest(Packet request) {
      return doReturnWith(transport.send(request, codec));
    }

    @Override
    public NextAction processResponse(Packet response) {
      return doReturnWith(response);
    }

    @Override
    public NextAction processException(Throwable t) {
      return doThrow(t);
    }

    @Override
    public Packet process(Packet request) {
      return transport.send(request, codec);
    }

    @Override
    public OkHttpTube copy(TubeCloner cloner) {
      return new OkHttpTube(this, cloner);
    }

    @Override
    public void preDestroy() {}
  }
}
