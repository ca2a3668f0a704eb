package io.dsm4j.soap.internal;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static io.dsm4j.soap.internal.Transports.ipsRule;
import static io.dsm4j.soap.internal.Wire.ok;
import static io.dsm4j.soap.internal.Wire.op;
import static io.dsm4j.soap.internal.Wire.requested;
import static io.dsm4j.soap.internal.Wire.response;
import static io.dsm4j.soap.internal.Wire.returning;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dsm4j.exception.NotFoundException;
import io.dsm4j.model.Rule;
import io.dsm4j.model.RuleKind;
import io.dsm4j.model.RuleQuery;
import io.dsm4j.model.Severity;
import io.dsm4j.spi.PageRequest;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The rule catalogs: one table entry per kind, queries applied to the whole catalog. */
class SoapRulesTest extends WireTest {

  @Test
  void nilAnswerIsNotFound() {
    wm.stubFor(
        op("DPIRuleRetrieve")
            .willReturn(ok(returning("DPIRuleRetrieve", "<ID xsi:nil=\"true\"/>"))));
    assertThatThrownBy(() -> rules().get(RuleKind.INTRUSION_PREVENTION, 4))
        .isInstanceOf(NotFoundException.class);
  }

  @ParameterizedTest
  @CsvSource({
    "INTRUSION_PREVENTION, DPIRule",
    "FIREWALL, firewallRule",
    "INTEGRITY_MONITORING, integrityRule",
    "LOG_INSPECTION, logInspectionRule",
    "APPLICATION_TYPE, applicationType"
  })
  void eachKindReadsItsOwnCatalog(RuleKind kind, String prefix) {
    String rule = "<ID>3</ID><description>d</description><name>R3</name>";
    String ghost = "<ID xsi:nil=\"true\"/><name>ghost</name>";
    String all = prefix + "RetrieveAll";
    wm.stubFor(
        op(all)
            .willReturn(
                ok(
                    response(
                        all,
                        "<" + all + "Return>" + rule + "</" + all + "Return>" + "<" + all
                            + "Return>" + ghost + "</" + all + "Return>"))));
    wm.stubFor(op(prefix + "Retrieve").willReturn(ok(returning(prefix + "Retrieve", rule))));
    wm.stubFor(
        op(prefix + "RetrieveByName").willReturn(ok(returning(prefix + "RetrieveByName", rule))));

    assertThat(rules().list(kind, RuleQuery.all(), new PageRequest(0, 10)).items())
        .singleElement()
        .satisfies(r -> assertThat(r.kind()).isEqualTo(kind));
    assertThat(rules().get(kind, 3).kind()).isEqualTo(kind);
    assertThat(rules().findByName(kind, "R3")).map(Rule::kind).contains(kind);
    assertThat(rules().findByName(kind, "r3")).isEmpty();

    wm.verify(1, requested(all));
    wm.verify(1, requested(prefix + "Retrieve").withRequestBody(containing("<id>3</id>")));
    wm.verify(2, requested(prefix + "RetrieveByName"));
  }

  @Test
  void rulesAreFilteredClientSide() {
    String all =
        "<DPIRuleRetrieveAllReturn>"
            + ipsRule(20, "Log4j RCE", "CVE-2021-44228, CVE-2021-45046", "CRITICAL")
            + "</DPIRuleRetrieveAllReturn><DPIRuleRetrieveAllReturn>"
            + ipsRule(10, "Other", "", "SEVERE")
            + "</DPIRuleRetrieveAllReturn>";
    wm.stubFor(op("DPIRuleRetrieveAll").willReturn(ok(response("DPIRuleRetrieveAll", all))));
    var hit =
        rules()
            .list(
                RuleKind.INTRUSION_PREVENTION,
                RuleQuery.builder().cve("cve-2021-45046").build(),
                new PageRequest(0, 10));
    assertThat(hit.items())
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.id()).isEqualTo(20);
              assertThat(r.cves()).containsExactly("CVE-2021-44228", "CVE-2021-45046");
              assertThat(r.severity()).isEqualTo(Severity.CRITICAL);
              assertThat(r.issued()).isEqualTo(Instant.parse("2021-12-10T00:00:00Z"));
              assertThat(r.detectOnly()).isFalse();
              assertThat(r.cvssScore()).isEqualTo(9.8);
              assertThat(r.lastUpdated()).isNull();
            });
    var all2 = rules().list(RuleKind.INTRUSION_PREVENTION, RuleQuery.all(), new PageRequest(0, 10));
    assertThat(all2.items()).extracting(r -> r.id()).containsExactly(10, 20);
    assertThat(all2.items().get(0).severity()).isEqualTo(Severity.UNKNOWN);
  }

  @Test
  void setDetectOnlySavesTheWholeRule() {
    wm.stubFor(
        op("DPIRuleRetrieve")
            .willReturn(ok(returning("DPIRuleRetrieve", ipsRule(20, "R", "", "HIGH")))));
    wm.stubFor(
        op("DPIRuleSave")
            .willReturn(
                ok(
                    returning(
                        "DPIRuleSave",
                        ipsRule(20, "R", "", "HIGH")
                            .replace("<detectOnly>false", "<detectOnly>true")))));
    assertThat(rules().setDetectOnly(20, true).detectOnly()).isTrue();
    wm.verify(
        requested("DPIRuleSave")
            .withRequestBody(containing("<detectOnly>true</detectOnly>"))
            .withRequestBody(containing("<identifier>1008610</identifier>"))
            .withRequestBody(containing("<applicationTypeID>12</applicationTypeID>")));
  }

  @Test
  void updateSavesTheCompleteRule_withOnlyTheNamedFieldsChanged() {
    wm.stubFor(
        op("DPIRuleRetrieve")
            .willReturn(ok(returning("DPIRuleRetrieve", ipsRule(20, "R", "", "HIGH")))));
    wm.stubFor(
        op("DPIRuleSave")
            .willReturn(ok(returning("DPIRuleSave", ipsRule(20, "R", "new text", "HIGH")))));

    rules()
        .update(
            RuleKind.INTRUSION_PREVENTION,
            20,
            io.dsm4j.model.RuleUpdate.builder().description("new text").priority("high").build());

    wm.verify(
        requested("DPIRuleSave")
            .withRequestBody(containing("<description>new text</description>"))
            .withRequestBody(containing("<priority>HIGH</priority>"))
            // Every other field is sent back as read.
            .withRequestBody(containing("<identifier>1008610</identifier>"))
            .withRequestBody(containing("<applicationTypeID>12</applicationTypeID>"))
            .withRequestBody(containing("<severity>HIGH</severity>")));
  }

  @Test
  void aFieldSoapCannotHold_isRefusedBeforeSending() {
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () ->
                rules()
                    .create(
                        io.dsm4j.model.RuleDraft.integrityMonitoring("x").realTime(true).build()))
        .isInstanceOf(io.dsm4j.exception.InvalidRequestException.class)
        .hasMessageContaining("realTimeMonitoringEnabled");
    wm.verify(0, requested("integrityRuleSave"));
  }
}
