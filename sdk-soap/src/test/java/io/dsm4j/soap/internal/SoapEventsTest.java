package io.dsm4j.soap.internal;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static io.dsm4j.soap.internal.Transports.nilElement;
import static io.dsm4j.soap.internal.Wire.fault;
import static io.dsm4j.soap.internal.Wire.faultResponse;
import static io.dsm4j.soap.internal.Wire.ok;
import static io.dsm4j.soap.internal.Wire.op;
import static io.dsm4j.soap.internal.Wire.requested;
import static io.dsm4j.soap.internal.Wire.response;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dsm4j.exception.InvalidRequestException;
import io.dsm4j.model.EventKind;
import io.dsm4j.spi.EventBatch;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Events: the filters sent, the kinds' table and the DSM 9.x fallback. */
class SoapEventsTest extends WireTest {
  private static final Instant FROM = Instant.parse("2026-11-01T00:00:00Z");

  @Test
  void eventsSendCustomRangeAndNilIdFilter() {
    String ev =
        "<DPIEventRetrieve2Return><truncated>true</truncated><DPIEvents><item>"
            + "<DPIEventID>5000000001</DPIEventID><DPIRuleID>20</DPIRuleID><action>Drop</action>"
            + "<data xsi:nil=\"true\"/><dataFlags>8</dataFlags><dataIndex xsi:nil=\"true\"/>"
            + "<destinationIP>10.0.0.1</destinationIP><destinationMAC xsi:nil=\"true\"/><destinationPort>443</destinationPort>"
            + "<direction>Incoming</direction><driverTime xsi:nil=\"true\"/><endTime xsi:nil=\"true\"/>"
            + "<eventOrigin>AGENT</eventOrigin><flags xsi:nil=\"true\"/><flow xsi:nil=\"true\"/><hostID>42</hostID>"
            + "<hostName>web01</hostName><iface xsi:nil=\"true\"/><note xsi:nil=\"true\"/><packetSize>60</packetSize>"
            + "<protocol>TCP</protocol><rank>100</rank><reason>Log4j</reason><repeatCount>1</repeatCount>"
            + "<sourceIP>10.0.0.9</sourceIP><sourceMAC xsi:nil=\"true\"/><sourcePort>5555</sourcePort>"
            + "<startTime>2026-11-01T08:30:00.123Z</startTime><status xsi:nil=\"true\"/><tags xsi:nil=\"true\"/>"
            + "</item></DPIEvents></DPIEventRetrieve2Return>";
    wm.stubFor(op("DPIEventRetrieve2").willReturn(ok(response("DPIEventRetrieve2", ev))));
    EventBatch b =
        events().fetch(EventKind.INTRUSION_PREVENTION, FROM, FROM.plusSeconds(86400), null, null);
    assertThat(b.truncated()).isTrue();
    assertThat(b.events())
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.id()).isEqualTo(5_000_000_001L);
              assertThat(e.time()).isEqualTo(Instant.parse("2026-11-01T08:30:00.123Z"));
              assertThat(e.computerId()).isEqualTo(42);
              assertThat(e.ruleId()).isEqualTo(20);
              assertThat(e.action()).isEqualTo("Drop");
              assertThat(e.details())
                  .containsEntry("destinationPort", "443")
                  .containsEntry("eventOrigin", "AGENT")
                  .doesNotContainKey("data");
            });
    wm.verify(
        requested("DPIEventRetrieve2")
            .withRequestBody(containing("<type>CUSTOM_RANGE</type>"))
            .withRequestBody(containing("<rangeFrom>2026-11-01T00:00:00.000Z</rangeFrom>"))
            .withRequestBody(containing("<type>ALL_HOSTS</type>"))
            .withRequestBody(nilElement("id"))
            .withRequestBody(nilElement("operator")));
    events().fetch(EventKind.INTRUSION_PREVENTION, FROM, FROM.plusSeconds(60), 42, 77L);
    wm.verify(
        requested("DPIEventRetrieve2")
            .withRequestBody(containing("<id>77</id><operator>GREATER_THAN</operator>"))
            .withRequestBody(containing("<hostID>42</hostID>"))
            .withRequestBody(containing("<type>SPECIFIC_HOST</type>")));
  }

  @Test
  void systemEventsIncludeManagerEvents() {
    wm.stubFor(
        op("systemEventRetrieve2")
            .willReturn(
                ok(
                    response(
                        "systemEventRetrieve2",
                        "<systemEventRetrieve2Return><truncated>false</truncated><systemEvents xsi:nil=\"true\"/></systemEventRetrieve2Return>"))));
    assertThat(events().fetch(EventKind.SYSTEM, FROM, FROM.plusSeconds(60), null, null).events())
        .isEmpty();
    wm.verify(
        requested("systemEventRetrieve2")
            .withRequestBody(containing("<includeNonHostEvents>true</includeNonHostEvents>")));
  }

  @ParameterizedTest
  @CsvSource({
    "INTRUSION_PREVENTION, DPIEventRetrieve, DPIEvents",
    "FIREWALL, firewallEventRetrieve, firewallEvents",
    "ANTI_MALWARE, antiMalwareEventRetrieve, antiMalwareEvents",
    "WEB_REPUTATION, webReputationEventRetrieve, webReputationEvents",
    "INTEGRITY_MONITORING, integrityEventRetrieve, integrityEvents",
    "LOG_INSPECTION, logInspectionEventRetrieve, logInspectionEvents",
    "SYSTEM, systemEventRetrieve, systemEvents"
  })
  void eachKindUsesItsOperation_andFallsBackTo9xOnce(EventKind kind, String op, String list) {
    wm.stubFor(
        op(op + "2")
            .willReturn(
                faultResponse(fault(null, "AxisFault", "No such operation '" + op + "2'"))));
    String answer =
        "<"
            + op
            + "Return><truncated>true</truncated><"
            + list
            + "><item/><item/></"
            + list
            + ">"
            + "</"
            + op
            + "Return>";
    wm.stubFor(op(op).willReturn(ok(response(op, answer))));

    EventBatch first = events().fetch(kind, FROM, FROM.plusSeconds(60), null, null);
    EventBatch second = events().fetch(kind, FROM, FROM.plusSeconds(60), 42, 77L);

    assertThat(first.truncated()).isTrue();
    assertThat(first.events()).hasSize(2).allSatisfy(e -> assertThat(e.kind()).isEqualTo(kind));
    assertThat(second.events()).hasSize(2);
    wm.verify(1, requested(op + "2"));
    wm.verify(2, requested(op));
    wm.verify(
        1,
        requested(op)
            .withRequestBody(containing("<id>77</id><operator>GREATER_THAN</operator>"))
            .withRequestBody(containing("<hostID>42</hostID>")));
    assertThatThrownBy(() -> events().fetch(kind, FROM, FROM.plusSeconds(60), null, 5_000_000_000L))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessageContaining("32-bit");
  }
}
