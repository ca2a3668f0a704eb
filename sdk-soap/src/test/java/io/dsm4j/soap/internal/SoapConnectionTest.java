package io.dsm4j.soap.internal;

import static com.github.tomakehurst.wiremock.client.WireMock.notContaining;
import static io.dsm4j.soap.internal.Wire.ok;
import static io.dsm4j.soap.internal.Wire.op;
import static io.dsm4j.soap.internal.Wire.requested;
import static io.dsm4j.soap.internal.Wire.response;
import static io.dsm4j.soap.internal.Wire.returning;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dsm4j.Capability;
import io.dsm4j.model.RuleKind;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The root: server information and the groups SOAP serves. */
class SoapConnectionTest extends WireTest {

  @Test
  void serverInfoReadsTimeApiVersionAndManagerVersion() {
    wm.stubFor(
        op("getManagerTime")
            .willReturn(ok(returning("getManagerTime", "2026-11-28T10:00:00.000Z"))));
    wm.stubFor(op("getApiVersion").willReturn(ok(returning("getApiVersion", "6"))));
    wm.stubFor(
        op("systemInformationRetrieve")
            .willReturn(
                ok(
                    response(
                        "systemInformationRetrieve",
                        "<systemInformationRetrieveReturn><key>os</key><name>OS Version</name><value>Linux</value></systemInformationRetrieveReturn>"
                            + "<systemInformationRetrieveReturn><key>managerVersion</key><name>Manager Version</name><value>10.0.3345</value></systemInformationRetrieveReturn>"))));
    var info = conn.serverInfo();
    assertThat(info.apiVersion()).isEqualTo("6");
    assertThat(info.managerTime()).isEqualTo(Instant.parse("2026-11-28T10:00:00Z"));
    assertThat(info.managerVersion()).isEqualTo("10.0.3345");
    wm.verify(requested("getApiVersion").withRequestBody(notContaining("sID")));
  }

  @Test
  void everyGroupButRuleOverridesIsServed_andNothingIsSent() {
    assertThat(conn.policies()).isPresent();
    assertThat(conn.rules()).isPresent();
    assertThat(conn.computers()).isPresent();
    assertThat(conn.lists(io.dsm4j.model.ListKind.IP)).isPresent();
    assertThat(conn.computerGroups()).isPresent();
    assertThat(conn.securityUpdates()).isPresent();
    assertThat(conn.events()).isPresent();
    assertThat(conn.ruleOverrides()).isEmpty();
    assertThat(conn.capabilities().supports(Capability.IPS_DETECT_ONLY_PER_POLICY)).isFalse();
    assertThat(wm.getAllServeEvents()).isEmpty();
  }

  @Test
  void aTableMissingAKindIsRefused() {
    assertThatThrownBy(
            () -> SoapReads.table(RuleKind.class, Map.of(RuleKind.FIREWALL, "firewallRule")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("INTRUSION_PREVENTION");
  }
}
