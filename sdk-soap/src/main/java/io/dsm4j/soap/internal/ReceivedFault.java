package io.dsm4j.soap.internal;

import java.util.List;
import javax.xml.namespace.QName;

/**
 * A SOAP fault the manager answered with, as read off the wire: its code, its string, the elements
 * of its detail and Axis's {@code exceptionName}. {@link Faults} classifies it; it never leaves the
 * backend (unchecked only so that the generated interface's proxy can throw it).
 */
final class ReceivedFault extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient String code;
  private final transient String text;
  private final transient List<QName> detail;
  private final transient String exceptionName;

  ReceivedFault(String code, String text, List<QName> detail, String exceptionName) {
    super(text, null, false, false);
    this.code = code;
    this.text = text;
    this.detail = List.copyOf(detail);
    this.exceptionName = exceptionName;
  }

  /**
   * @return the fault code, e.g. {@code soapenv:Server.userException}, or null
   */
  String code() {
    return code;
  }

  /**
   * @return the fault string, or null
   */
  String text() {
    return text;
  }

  /**
   * @return the qualified names of the detail's child elements, in order
   */
  List<QName> detail() {
    return detail;
  }

  /**
   * @return the class name Axis put in {@code detail/exceptionName}, or null
   */
  String exceptionName() {
    return exceptionName;
  }
}
