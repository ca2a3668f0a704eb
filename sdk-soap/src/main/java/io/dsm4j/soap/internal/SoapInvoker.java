package io.dsm4j.soap.internal;

import io.dsm4j.Backend;
import io.dsm4j.exception.ConnectionException;
import io.dsm4j.http.HttpTransport;
import io.dsm4j.soap.internal.generated.Manager;
import io.dsm4j.soap.internal.generated.ObjectFactory;
import io.dsm4j.spi.BackendConfig;
import jakarta.jws.WebParam;
import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.Marshaller;
import jakarta.xml.bind.Unmarshaller;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.ws.RequestWrapper;
import jakarta.xml.ws.ResponseWrapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.xml.XMLConstants;
import javax.xml.namespace.QName;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stax.StAXSource;
import javax.xml.transform.stream.StreamResult;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;

/**
 * Sends the calls of the generated service interface ({@link Manager}, made by JAX-WS RI's {@code
 * wsimport} from the project's WSDL subset) as SOAP 1.1 document/literal messages: the request
 * wrapper bean marshalled by JAXB into an envelope, posted with the shared {@link HttpTransport}
 * (no redirects, no resends, one deadline per call, TLS and pins, per-Manager proxy, size limits),
 * and the answer unmarshalled into the response wrapper bean, or a fault reported as a {@link
 * ReceivedFault}.
 *
 * <p>Why not the JAX-WS RI runtime client: it must parse the WSDL and build its model at run time
 * before the first call (60% of a SOAP command's cold start), and it offers no per-client control
 * of the HTTP exchange. The generated beans, their JAXB annotations and the interface's
 * {@code @RequestWrapper}/{@code @WebParam} annotations carry everything the wire needs, so the
 * messages are the same: document/literal wrapped, {@code SOAPAction: ""}, {@code text/xml;
 * charset=utf-8}.
 *
 * <p>The JAXB context is built once per JVM, on the first call; XML parsing has DTDs and external
 * entities off.
 */
final class SoapInvoker implements InvocationHandler {
  static final String SOAP_NS = "http://schemas.xmlsoap.org/soap/envelope/";
  private static final MediaType XML = MediaType.get("text/xml; charset=utf-8");

  /** Whether the SOAP call the current thread is making may answer with a whole catalog. */
  private static final ThreadLocal<Boolean> BULK = new ThreadLocal<>();

  private static final Map<Method, Operation> OPERATIONS = new ConcurrentHashMap<>();
  private static final XMLInputFactory IN = secureInputFactory();

  private final HttpTransport http;
  private final String endpoint;
  private final String userAgent;
  private final java.util.function.UnaryOperator<String> redact;

  SoapInvoker(BackendConfig config, String endpoint) {
    this.http = new HttpTransport(config, Backend.SOAP, null);
    this.redact = config.secrets()::redact;
    this.endpoint = endpoint;
    this.userAgent =
        (config.userAgent() == null || config.userAgent().isBlank() ? "dsm4j" : config.userAgent())
            + " (dsm4j-soap)";
  }

  /**
   * @return the generated service interface, sending through this invoker
   */
  Manager port() {
    return (Manager)
        Proxy.newProxyInstance(
            Manager.class.getClassLoader(), new Class<?>[] {Manager.class}, this);
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

  @Override
  public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
    if (method.getDeclaringClass() == Object.class) {
      return switch (method.getName()) {
        case "toString" -> "SoapInvoker[" + endpoint + "]";
        case "hashCode" -> System.identityHashCode(proxy);
        case "equals" -> proxy == args[0];
        default -> throw new UnsupportedOperationException(method.getName());
      };
    }
    Operation op = OPERATIONS.computeIfAbsent(method, Operation::of);
    byte[] envelope;
    try {
      envelope = envelope(op.request(args));
    } catch (JAXBException | ReflectiveOperationException e) {
      // The beans are generated from the WSDL subset: failing to write one is a bug, not an answer.
      throw new IllegalStateException("cannot write the " + op.name + " request", e);
    }
    HttpTransport.Answer a = post(op.name, envelope);
    if (a == null) {
      return null; // one-way answer (202): nothing to return
    }
    try {
      return op.result(read(op, a));
    } catch (IllegalAccessException e) {
      throw new IllegalStateException("cannot read the " + op.name + " result", e);
    }
  }

  /** Posts an envelope; the answer if it is a SOAP message, null for an empty one-way answer. */
  private HttpTransport.Answer post(String operation, byte[] envelope) {
    Request request =
        new Request.Builder()
            .url(endpoint)
            .post(RequestBody.create(envelope, XML))
            .header("SOAPAction", "\"\"")
            .header("Accept", "text/xml, multipart/related")
            .header("User-Agent", userAgent)
            .build();
    HttpTransport.Answer a = http.exchange(request, operation, Boolean.TRUE.equals(BULK.get()));
    boolean soapStatus = a.status() == 200 || a.status() == 202 || a.status() == 500;
    if (!soapStatus || (a.body().length == 0 && a.status() == 500) || isHtml(a.contentType())) {
      throw http.unexpectedAnswer(
          operation, a.status(), a.contentType(), new String(a.body(), StandardCharsets.UTF_8));
    }
    return a.body().length == 0 ? null : a;
  }

  /**
   * Sends a request element built by the caller (the escape hatch) through the same transport,
   * envelope, status checks and fault reading as the generated interface.
   *
   * @param operation the operation's name, for errors
   * @param request the request element, complete (session included)
   * @return the response element as XML text without a declaration, or "" for an empty answer
   */
  String raw(String operation, org.w3c.dom.Element request) {
    ByteArrayOutputStream buf = new ByteArrayOutputStream(1024);
    buf.writeBytes(ENVELOPE_START);
    try {
      fragmentWriter().transform(new DOMSource(request), new StreamResult(buf));
    } catch (TransformerException e) {
      throw new IllegalStateException("cannot write the " + operation + " request", e);
    }
    buf.writeBytes(ENVELOPE_END);
    HttpTransport.Answer a = post(operation, buf.toByteArray());
    if (a == null) {
      return "";
    }
    XMLStreamReader r = null;
    try {
      r = body(a);
      if (SOAP_NS.equals(r.getNamespaceURI()) && "Fault".equals(r.getLocalName())) {
        throw fault(r);
      }
      StringWriter w = new StringWriter();
      fragmentWriter().transform(new StAXSource(r), new StreamResult(w));
      return w.toString();
    } catch (XMLStreamException | TransformerException | RuntimeException e) {
      if (e instanceof ReceivedFault f) {
        throw f;
      }
      throw unreadable(operation, a, e);
    } finally {
      closeQuietly(r);
    }
  }

  private static Transformer fragmentWriter() throws TransformerException {
    TransformerFactory f = TransformerFactory.newInstance();
    f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    f.setAttribute(XMLConstants.ACCESS_EXTERNAL_STYLESHEET, "");
    Transformer t = f.newTransformer();
    t.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "yes");
    t.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
    return t;
  }

  private static boolean isHtml(String contentType) {
    return contentType != null && contentType.toLowerCase(Locale.ROOT).contains("html");
  }

  private static final byte[] ENVELOPE_START =
      ("<?xml version='1.0' encoding='UTF-8'?><S:Envelope xmlns:S=\"" + SOAP_NS + "\"><S:Body>")
          .getBytes(StandardCharsets.UTF_8);
  private static final byte[] ENVELOPE_END =
      "</S:Body></S:Envelope>".getBytes(StandardCharsets.UTF_8);

  /** The envelope around the request wrapper, which JAXB writes as it binds it. */
  private static byte[] envelope(Object wrapper) throws JAXBException {
    ByteArrayOutputStream buf = new ByteArrayOutputStream(1024);
    buf.writeBytes(ENVELOPE_START);
    Marshaller m = Jaxb.CONTEXT.createMarshaller();
    m.setProperty(Marshaller.JAXB_FRAGMENT, true);
    m.setProperty(Marshaller.JAXB_ENCODING, "UTF-8");
    m.marshal(wrapper, buf);
    buf.writeBytes(ENVELOPE_END);
    return buf.toByteArray();
  }

  /** The response wrapper bean, or a {@link ReceivedFault}; anything unreadable is a failure. */
  private Object read(Operation op, HttpTransport.Answer a) {
    XMLStreamReader r = null;
    try {
      r = body(a);
      if (SOAP_NS.equals(r.getNamespaceURI()) && "Fault".equals(r.getLocalName())) {
        throw fault(r);
      }
      Unmarshaller u = Jaxb.CONTEXT.createUnmarshaller();
      return u.unmarshal(r, op.responseType).getValue();
    } catch (XMLStreamException | JAXBException | RuntimeException e) {
      if (e instanceof ReceivedFault f) {
        throw f;
      }
      throw unreadable(op.name, a, e);
    } finally {
      closeQuietly(r);
    }
  }

  /** A reader on the first element inside {@code <S:Body>} (a header is skipped). */
  private static XMLStreamReader body(HttpTransport.Answer a) throws XMLStreamException {
    XMLStreamReader r = IN.createXMLStreamReader(new ByteArrayInputStream(a.body()));
    r.nextTag();
    expect(r, SOAP_NS, "Envelope");
    r.nextTag();
    if (SOAP_NS.equals(r.getNamespaceURI()) && "Header".equals(r.getLocalName())) {
      skip(r);
      r.nextTag();
    }
    expect(r, SOAP_NS, "Body");
    r.nextTag();
    return r;
  }

  private ConnectionException unreadable(String operation, HttpTransport.Answer a, Exception e) {
    return new ConnectionException(
        "the manager's answer is not a readable SOAP message ("
            + redact.apply(String.valueOf(rootMessage(e)))
            + ")",
        operation,
        Backend.SOAP,
        a.status(),
        null,
        e);
  }

  private static void closeQuietly(XMLStreamReader r) {
    if (r != null) {
      try {
        r.close();
      } catch (XMLStreamException ignored) {
        // The bytes are in memory: nothing to release.
      }
    }
  }

  private static String rootMessage(Throwable t) {
    Throwable root = t;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String m = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    int nl = m.indexOf('\n');
    return nl > 0 ? m.substring(0, nl).strip() : m.strip();
  }

  private static void expect(XMLStreamReader r, String ns, String local) {
    if (!ns.equals(r.getNamespaceURI()) || !local.equals(r.getLocalName())) {
      throw new IllegalStateException(
          "expected {"
              + ns
              + "}"
              + local
              + ", found "
              + new QName(r.getNamespaceURI(), r.getLocalName()));
    }
  }

  private static void skip(XMLStreamReader r) throws XMLStreamException {
    int depth = 1;
    while (depth > 0) {
      int e = r.next();
      if (e == XMLStreamConstants.START_ELEMENT) {
        depth++;
      } else if (e == XMLStreamConstants.END_ELEMENT) {
        depth--;
      }
    }
  }

  /** Reads {@code <S:Fault>}: the code, the string, and what the detail names. */
  private static ReceivedFault fault(XMLStreamReader r) throws XMLStreamException {
    String code = null;
    String text = null;
    List<QName> detail = new ArrayList<>();
    String exceptionName = null;
    int depth = 1;
    boolean inDetail = false;
    while (depth > 0) {
      int e = r.next();
      if (e == XMLStreamConstants.START_ELEMENT) {
        depth++;
        String local = r.getLocalName();
        if (depth == 2 && "faultcode".equals(local)) {
          code = r.getElementText().strip();
          depth--;
        } else if (depth == 2 && "faultstring".equals(local)) {
          text = r.getElementText();
          depth--;
        } else if (depth == 2 && "detail".equals(local)) {
          inDetail = true;
        } else if (inDetail && "exceptionName".equals(local)) {
          exceptionName = r.getElementText().strip();
          depth--;
        } else if (inDetail && depth == 3) {
          detail.add(new QName(r.getNamespaceURI() == null ? "" : r.getNamespaceURI(), local));
        }
      } else if (e == XMLStreamConstants.END_ELEMENT) {
        depth--;
        if (depth == 1) {
          inDetail = false;
        }
      }
    }
    return new ReceivedFault(code, text, detail, exceptionName);
  }

  private static XMLInputFactory secureInputFactory() {
    XMLInputFactory f = XMLInputFactory.newFactory();
    // A server's answer is untrusted: no DTDs, no external entities (XXE, entity expansion).
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    f.setProperty(XMLInputFactory.IS_COALESCING, true);
    try {
      f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    } catch (IllegalArgumentException notSupported) {
      // Not every StAX implementation knows the property; DTDs are off anyway.
    }
    return f;
  }

  /** The JAXB context of the generated beans: built once, on first use. */
  private static final class Jaxb {
    static final JAXBContext CONTEXT = create();

    private static JAXBContext create() {
      try {
        return JAXBContext.newInstance(ObjectFactory.class);
      } catch (JAXBException e) {
        throw new IllegalStateException("cannot bind the generated SOAP classes", e);
      }
    }
  }

  /** How one method of the interface maps to its request and response wrapper beans. */
  private record Operation(
      String name, Class<?> requestType, Field[] parameters, Class<?> responseType, Field result) {

    static Operation of(Method m) {
      RequestWrapper rq = m.getAnnotation(RequestWrapper.class);
      ResponseWrapper rs = m.getAnnotation(ResponseWrapper.class);
      if (rq == null || rs == null) {
        throw new IllegalStateException(m + " is not a document/literal wrapped operation");
      }
      try {
        ClassLoader cl = Manager.class.getClassLoader();
        Class<?> req = Class.forName(rq.className(), true, cl);
        Class<?> resp = Class.forName(rs.className(), true, cl);
        Annotation[][] params = m.getParameterAnnotations();
        Field[] fields = new Field[params.length];
        for (int i = 0; i < params.length; i++) {
          String name = null;
          for (Annotation a : params[i]) {
            if (a instanceof WebParam wp) {
              name = wp.name();
            }
          }
          fields[i] = field(req, name);
        }
        Field result = null;
        for (Field f : resp.getDeclaredFields()) {
          if (!Modifier.isStatic(f.getModifiers())) {
            f.setAccessible(true);
            result = f;
          }
        }
        return new Operation(rq.localName(), req, fields, resp, result);
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException("cannot map " + m, e);
      }
    }

    /** The bean field bound to the XML element of a parameter. */
    private static Field field(Class<?> bean, String element) {
      for (Field f : bean.getDeclaredFields()) {
        XmlElement x = f.getAnnotation(XmlElement.class);
        String xml = x != null && !"##default".equals(x.name()) ? x.name() : f.getName();
        if (xml.equals(element)) {
          f.setAccessible(true);
          return f;
        }
      }
      throw new IllegalStateException(bean.getName() + " has no element " + element);
    }

    Object request(Object[] args) throws ReflectiveOperationException {
      Object bean = requestType.getDeclaredConstructor().newInstance();
      for (int i = 0; i < parameters.length; i++) {
        Object v = args[i];
        if (v instanceof List<?> list && parameters[i].getType() == List.class) {
          // wsimport's list fields have no setter: the bean's own (lazily made) list is filled.
          @SuppressWarnings("unchecked")
          List<Object> target = (List<Object>) parameters[i].get(bean);
          if (target == null) {
            target = new ArrayList<>();
            parameters[i].set(bean, target);
          }
          target.addAll(list);
        } else {
          parameters[i].set(bean, v);
        }
      }
      return bean;
    }

    Object result(Object response) throws IllegalAccessException {
      return result == null || response == null ? null : result.get(response);
    }
  }
}
