package io.dsm4j.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.dsm4j.Backend;
import io.dsm4j.exception.ConnectionException;
import io.dsm4j.exception.DsmException;
import io.dsm4j.exception.NotFoundException;
import io.dsm4j.exception.ServerException;
import io.dsm4j.exception.ThrottledException;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class ErrorsTest {
  @Test
  void withOperation_keepsTypeStatusFaultAndCause() {
    IOException io = new IOException("reset");
    DsmException wire =
        new NotFoundException("gone", "GET /api/policies/4", Backend.REST, 404, null, io);

    DsmException e = Errors.withOperation(wire, "policies.get");

    assertThat(e).isInstanceOf(NotFoundException.class);
    assertThat(e.operation()).isEqualTo("policies.get (GET /api/policies/4)");
    assertThat(e.httpStatus()).isEqualTo(404);
    assertThat(e.getCause()).isSameAs(io);
    assertThat(e.getMessage())
        .isEqualTo("policies.get (GET /api/policies/4) [REST, HTTP 404]: gone");
  }

  @Test
  void retryable_byKindAndIdempotency() {
    DsmException throttled = new ThrottledException("x", "op", Backend.REST, 429, null, null);
    DsmException conn = new ConnectionException("x", "op", Backend.REST, 0, null, null);
    DsmException rest5xx = new ServerException("x", "op", Backend.REST, 503, null, null);
    DsmException soapFault =
        new ServerException("x", "op", Backend.SOAP, 500, "ManagerException", null);

    assertThat(Errors.retryable(throttled, false)).isTrue();
    assertThat(Errors.retryable(conn, true)).isTrue();
    assertThat(Errors.retryable(conn, false)).isFalse();
    assertThat(Errors.retryable(rest5xx, true)).isTrue();
    assertThat(Errors.retryable(soapFault, true)).isFalse();
  }

  @Test
  void serverText_isOneEscapedLine() {
    DsmException e =
        new ServerException(
            "bad\n\u001b[31mdsm4j: forged\u0007 line\r", "op", Backend.REST, 500, null, null);
    assertThat(e.getMessage())
        .doesNotContain("\n")
        .doesNotContain("\u001b")
        .doesNotContain("\u0007");
    assertThat(e.detail()).isEqualTo("bad\\n\\u001b[31mdsm4j: forged\\u0007 line\\r");
    assertThat(new ServerException("x".repeat(5000), "op", null, 0, null, null).detail())
        .hasSizeLessThan(2100)
        .endsWith("(cut)");
  }
}
