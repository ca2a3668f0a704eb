package io.dsm4j.soap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.dsm4j.Manager;
import io.dsm4j.exception.NotFoundException;
import io.dsm4j.soap.internal.generated.ManagerService;
import io.dsm4j.tck.RawServer;
import io.dsm4j.tck.SoapWire;
import jakarta.xml.ws.BindingProvider;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** dsm4j's transport is its own: another JAX-WS client in the same JVM keeps the JDK's. */
class OtherJaxWsClientsTest {
  @Test
  void aPlainJaxWsClient_isNotRoutedThroughDsm4jsTransport() throws Exception {
    SoapWire wire = new SoapWire();
    try (RawServer s =
        RawServer.http(
            r -> {
              RawServer.Reply session = wire.sessionReply(r);
              if (session != null) {
                return session;
              }
              if (r.body().contains("getApiVersion")) {
                return RawServer.Reply.of(
                    200,
                    wire.contentType(),
                    "<?xml version=\"1.0\"?><soapenv:Envelope"
                        + " xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\"><soapenv:Body>"
                        + "<getApiVersionResponse xmlns=\"urn:Manager\"><getApiVersionReturn>9"
                        + "</getApiVersionReturn></getApiVersionResponse></soapenv:Body>"
                        + "</soapenv:Envelope>");
              }
              return wire.notFound();
            })) {
      try (Manager m = wire.credentials(Manager.builder().url(s.url())).build()) {
        assertThat(catchThrowableOfType(NotFoundException.class, () -> m.policies().get(7)))
            .isNotNull();

        var plain = new ManagerService().getManager();
        ((BindingProvider) plain)
            .getRequestContext()
            .put(BindingProvider.ENDPOINT_ADDRESS_PROPERTY, s.url() + "/webservice/Manager");
        assertThat(plain.getApiVersion()).isEqualTo(9);
      }
      var plainRequest =
          s.requests().stream()
              .filter(r -> r.body().contains("getApiVersion"))
              .findFirst()
              .orElseThrow();
      assertThat(plainRequest.head().toLowerCase(Locale.ROOT)).doesNotContain("dsm4j");
      assertThat(s.requests().get(0).head()).contains("dsm4j");
    }
  }
}
