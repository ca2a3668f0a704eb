package io.dsm4j.soap.internal;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static io.dsm4j.soap.internal.Wire.fault;
import static io.dsm4j.soap.internal.Wire.faultResponse;
import static io.dsm4j.soap.internal.Wire.nilReturn;
import static io.dsm4j.soap.internal.Wire.ok;
import static io.dsm4j.soap.internal.Wire.op;
import static io.dsm4j.soap.internal.Wire.requested;
import static io.dsm4j.soap.internal.Wire.response;
import static io.dsm4j.soap.internal.Wire.returning;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dsm4j.exception.NotFoundException;
import io.dsm4j.model.ComputerGroup;
import io.dsm4j.spi.PageRequest;
import org.junit.jupiter.api.Test;

/** The read-only groups: IP lists and computer groups. */
class SoapReadGroupTest extends WireTest {

  @Test
  void singleItemIpListAndNewlineItems() {
    wm.stubFor(
        op("IPListRetrieveAll")
            .willReturn(
                ok(
                    response(
                        "IPListRetrieveAll",
                        "<IPListRetrieveAllReturn><ID>1</ID><description xsi:nil=\"true\"/><name>Bad</name>"
                            + "<items>10.0.0.1\n10.0.0.0/8\r\n\n192.168.1.1-192.168.1.9\n</items></IPListRetrieveAllReturn>"))));
    var lists =
        conn.lists(io.dsm4j.model.ListKind.IP).orElseThrow().list(new PageRequest(0, 10)).items();
    assertThat(lists)
        .singleElement()
        .satisfies(
            l ->
                assertThat(l.items())
                    .containsExactly("10.0.0.1", "10.0.0.0/8", "192.168.1.1-192.168.1.9"));
  }

  @Test
  void computerGroups_sortedWithoutIdless_byIdAndExactName() {
    var groups = conn.computerGroups().orElseThrow();
    wm.stubFor(
        op("hostGroupRetrieveAll")
            .willReturn(
                ok(
                    response(
                        "hostGroupRetrieveAll",
                        "<hostGroupRetrieveAllReturn><ID>6</ID><name>Web</name></hostGroupRetrieveAllReturn>"
                            + "<hostGroupRetrieveAllReturn><ID xsi:nil=\"true\"/><name>x</name></hostGroupRetrieveAllReturn>"
                            + "<hostGroupRetrieveAllReturn><ID>1</ID><name>All</name><parentGroupID>6</parentGroupID></hostGroupRetrieveAllReturn>"))));
    wm.stubFor(
        op("hostGroupRetrieve")
            .withRequestBody(containing("<id>6</id>"))
            .willReturn(ok(returning("hostGroupRetrieve", "<ID>6</ID><name>Web</name>"))));
    wm.stubFor(
        op("hostGroupRetrieve")
            .withRequestBody(containing("<id>7</id>"))
            .willReturn(ok(nilReturn("hostGroupRetrieve"))));
    wm.stubFor(
        op("hostGroupRetrieveByName")
            .withRequestBody(containing("<name>Web</name>"))
            .willReturn(ok(returning("hostGroupRetrieveByName", "<ID>6</ID><name>Web</name>"))));
    wm.stubFor(
        op("hostGroupRetrieveByName")
            .withRequestBody(containing("<name>web</name>"))
            .willReturn(ok(returning("hostGroupRetrieveByName", "<ID>6</ID><name>Web</name>"))));
    wm.stubFor(
        op("hostGroupRetrieveByName")
            .withRequestBody(containing("<name>none</name>"))
            .willReturn(
                faultResponse(fault("fault", "ManagerException", "Host Group does not exist"))));

    assertThat(groups.list(new PageRequest(0, 10)).items())
        .extracting(ComputerGroup::id, ComputerGroup::parentId)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(1, 6),
            org.assertj.core.groups.Tuple.tuple(6, null));
    assertThat(groups.get(6).name()).isEqualTo("Web");
    assertThatThrownBy(() -> groups.get(7))
        .isInstanceOfSatisfying(
            NotFoundException.class,
            e -> {
              assertThat(e.operation()).isEqualTo("hostGroupRetrieve");
              assertThat(e.getMessage()).contains("computer group with ID 7");
            });
    assertThat(groups.findByName("Web")).map(ComputerGroup::id).contains(6);
    assertThat(groups.findByName("web")).isEmpty();
    assertThat(groups.findByName("none")).isEmpty();
    wm.verify(1, requested("hostGroupRetrieveAll"));
  }
}
