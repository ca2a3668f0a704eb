package io.dsm4j.testkit.internal;

/** A declared Manager service exception, answered as an Axis 1.4 fault envelope. */
final class SoapFault extends RuntimeException {
  private static final long serialVersionUID = 1L;
  static final String XML = "text/xml; charset=utf-8";

  /** The WSDL's declared faults: detail element and exception class. */
  enum Kind {
    MANAGER("fault", "ManagerException"),
    LOCKOUT("fault1", "ManagerLockoutException"),
    AUTHENTICATION("fault2", "ManagerAuthenticationException"),
    MAX_SESSIONS("fault3", "ManagerMaxSessionsException"),
    SECURITY("fault4", "ManagerSecurityException"),
    COMMUNICATION("fault5", "ManagerCommunicationException"),
    TIMEOUT("fault6", "ManagerTimeoutException"),
    VALIDATION("fault7", "ManagerValidationException"),
    AUTHORIZATION("fault8", "ManagerAuthorizationException"),
    INTEGRITY("fault9", "ManagerIntegrityConstraintException");

    final String element;
    final String exception;

    Kind(String element, String exception) {
      this.element = element;
      this.exception = "com.thirdbrigade.manager.webservice.exceptions." + exception;
    }
  }

  final transient Kind kind;

  SoapFault(Kind kind, String message) {
    super(message);
    this.kind = kind;
  }

  /** The fault for an operation the simulator does not serve. */
  static SoapFault notImplemented(String op) {
    return new SoapFault(
        Kind.MANAGER, "Operation " + op + " is not implemented by the dsm4j simulator.");
  }

  /** A fault envelope as Axis 1.4 writes it for a declared service exception. */
  static String envelope(String code, String text, String detailElement, String exception) {
    StringBuilder sb = new StringBuilder(512);
    sb.append("<?xml version=\"1.0\" encoding=\"utf-8\"?>")
        .append("<soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\"")
        .append(" xmlns:xsd=\"http://www.w3.org/2001/XMLSchema\"")
        .append(" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"><soapenv:Body>")
        .append("<soapenv:Fault><faultcode>")
        .append(code)
        .append("</faultcode><faultstring>")
        .append(SoapOut.escapeText(text))
        .append("</faultstring><detail>");
    if (detailElement != null) {
      sb.append("<ns1:").append(detailElement).append(" xmlns:ns1=\"urn:Manager\"/>");
    }
    sb.append("<ns2:exceptionName xmlns:ns2=\"http://xml.apache.org/axis/\">")
        .append(exception)
        .append("</ns2:exceptionName>")
        .append(
            "<ns3:hostname xmlns:ns3=\"http://xml.apache.org/axis/\">dsm4j-simulator</ns3:hostname>")
        .append("</detail></soapenv:Fault></soapenv:Body></soapenv:Envelope>");
    return sb.toString();
  }

  Reply reply() {
    return Reply.of(
        500,
        XML,
        envelope("soapenv:Server.userException", getMessage(), kind.element, kind.exception));
  }

  /** A fault for a request that is not a usable SOAP envelope. */
  static Reply client(String text) {
    return Reply.of(500, XML, envelope("soapenv:Client", text, null, "org.xml.sax.SAXException"));
  }

  /** The generic server fault of {@code Fault.HTTP_500}: no Manager detail element. */
  static Reply generic() {
    return Reply.of(
        500,
        XML,
        envelope(
            "soapenv:Server.generalException",
            "Internal Server Error",
            null,
            "java.lang.RuntimeException"));
  }
}
