package io.dsm4j.soap.internal;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static io.dsm4j.soap.internal.Transports.host;
import static io.dsm4j.soap.internal.Wire.fault;
import static io.dsm4j.soap.internal.Wire.faultResponse;
import static io.dsm4j.soap.internal.Wire.ok;
import static io.dsm4j.soap.internal.Wire.op;
import static io.dsm4j.soap.internal.Wire.requested;
import static io.dsm4j.soap.internal.Wire.response;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dsm4j.exception.InvalidRequestException;
import io.dsm4j.exception.NotFoundException;
import io.dsm4j.model.BulkResult;
import io.dsm4j.model.Computer;
import io.dsm4j.model.ComputerAction;
import io.dsm4j.model.RuleKind;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Computers: host details, host names without case, and the action table. */
class SoapComputersTest extends WireTest {

  @Test
  void getComputerAsksForThatHost() {
    wm.stubFor(
        op("hostDetailRetrieve")
            .willReturn(
                ok(
                    response(
                        "hostDetailRetrieve",
                        "<hostDetailRetrieveReturn>"
                            + host(42, "web01")
                            + "</hostDetailRetrieveReturn>"))));
    var c = computers().get(42);
    assertThat(c.hostName()).isEqualTo("web01");
    assertThat(c.policyId()).isEqualTo(3);
    assertThat(c.groupId()).isNull();
    assertThat(c.agentVersion()).isEqualTo("20.0.1");
    wm.verify(
        requested("hostDetailRetrieve")
            .withRequestBody(containing("<hostID>42</hostID>"))
            .withRequestBody(containing("<type>SPECIFIC_HOST</type>"))
            .withRequestBody(containing("<hostDetailLevel>HIGH</hostDetailLevel>")));
    assertThatThrownBy(() -> computers().get(43)).isInstanceOf(NotFoundException.class);
  }

  @Test
  void hostNamesMatchIgnoringCase_lowestIdFirst() {
    wm.stubFor(
        op("hostDetailRetrieveByName")
            .willReturn(
                ok(
                    response(
                        "hostDetailRetrieveByName",
                        "<hostDetailRetrieveByNameReturn>"
                            + host(42, "WEB01")
                            + "</hostDetailRetrieveByNameReturn><hostDetailRetrieveByNameReturn>"
                            + host(41, "web01")
                            + "</hostDetailRetrieveByNameReturn><hostDetailRetrieveByNameReturn>"
                            + host(40, "web02")
                            + "</hostDetailRetrieveByNameReturn>"))));
    assertThat(computers().findByName("Web01")).map(Computer::id).contains(41);
    assertThat(computers().findByName("mail")).isEmpty();
  }

  @Test
  void bulkActionFaultFailsEveryComputer() {
    wm.stubFor(
        op("hostRecommendationScan")
            .willReturn(faultResponse(fault("fault7", "ManagerValidationException", "offline"))));
    BulkResult r = computers().run(ComputerAction.SCAN_FOR_RECOMMENDATIONS, List.of(1, 2));
    assertThat(r.succeeded()).isEmpty();
    assertThat(r.failed()).containsOnlyKeys(1, 2);
    assertThat(r.failed().get(1)).isInstanceOf(InvalidRequestException.class);
    wm.verify(
        1,
        requested("hostRecommendationScan")
            .withRequestBody(containing("<hostIDs>1</hostIDs><hostIDs>2</hostIDs>")));
  }

  @ParameterizedTest
  @CsvSource({
    "SCAN_FOR_RECOMMENDATIONS, hostRecommendationScan",
    "SCAN_FOR_MALWARE, hostAntiMalwareScan",
    "SCAN_FOR_INTEGRITY_CHANGES, hostIntegrityScan",
    "SEND_POLICY, hostUpdateNow",
    "CLEAR_WARNINGS_AND_ERRORS, hostClearWarningsErrors"
  })
  void eachActionIsOneCallForAllComputers(ComputerAction action, String op) {
    wm.stubFor(op(op).willReturn(ok(response(op, ""))));
    BulkResult r = computers().run(action, List.of(1, 2));
    assertThat(r.succeeded()).containsExactly(1, 2);
    assertThat(r.failed()).isEmpty();
    wm.verify(
        1, requested(op).withRequestBody(containing("<hostIDs>1</hostIDs><hostIDs>2</hostIDs>")));
  }

  @Test
  void getEventsNowIsPerComputer() {
    wm.stubFor(
        op("hostGetEventsNow")
            .withRequestBody(containing("<hostID>1</hostID>"))
            .willReturn(ok(response("hostGetEventsNow", ""))));
    wm.stubFor(
        op("hostGetEventsNow")
            .withRequestBody(containing("<hostID>2</hostID>"))
            .willReturn(
                faultResponse(fault("fault5", "ManagerCommunicationException", "agent offline"))));
    BulkResult r = computers().run(ComputerAction.GET_EVENTS_NOW, List.of(1, 2));
    assertThat(r.succeeded()).containsExactly(1);
    assertThat(r.failed()).containsOnlyKeys(2);
  }

  @Test
  void recommendationsReadTheScanTimeBeforeTheIds() {
    wm.stubFor(
        op("hostDetailRetrieve")
            .willReturn(
                ok(
                    response(
                        "hostDetailRetrieve",
                        "<hostDetailRetrieveReturn>"
                            + host(42, "web01")
                            + "<overallLastRecommendationScan>2024-06-01T12:00:00.000Z"
                            + "</overallLastRecommendationScan>"
                            + "</hostDetailRetrieveReturn>"))));
    wm.stubFor(
        op("hostRecommendationRuleIDsRetrieve")
            .willReturn(
                ok(
                    response(
                        "hostRecommendationRuleIDsRetrieve",
                        "<hostRecommendationRuleIDsRetrieveReturn>7"
                            + "</hostRecommendationRuleIDsRetrieveReturn>"))));
    var r = computers().recommendations(42, RuleKind.INTRUSION_PREVENTION);
    assertThat(r.toAssign()).containsExactly(7);
    assertThat(r.lastScan()).isEqualTo(java.time.Instant.parse("2024-06-01T12:00:00Z"));
    // Served events are newest first: the IDs must have been asked for last.
    List<String> order =
        wm.getAllServeEvents().stream()
            .map(e -> e.getRequest().getBodyAsString())
            .map(
                b ->
                    b.contains("hostRecommendationRuleIDsRetrieve")
                        ? "ids"
                        : b.contains("hostDetailRetrieve") ? "details" : "other")
            .filter(what -> !what.equals("other"))
            .toList();
    assertThat(order).containsExactly("ids", "details");
  }
}
