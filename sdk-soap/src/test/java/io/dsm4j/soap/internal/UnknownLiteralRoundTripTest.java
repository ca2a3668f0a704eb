package io.dsm4j.soap.internal;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static io.dsm4j.soap.internal.Wire.ok;
import static io.dsm4j.soap.internal.Wire.op;
import static io.dsm4j.soap.internal.Wire.requested;
import static io.dsm4j.soap.internal.Wire.returning;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.dsm4j.Backend;
import io.dsm4j.Manager;
import io.dsm4j.RetryOptions;
import io.dsm4j.model.ModuleState;
import io.dsm4j.model.PolicyUpdate;
import io.dsm4j.model.RuleKind;
import io.dsm4j.model.SecurityModule;
import io.dsm4j.model.Severity;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A manager newer than the WSDL may send enumeration literals the WSDL does not list. They read as
 * unknown, and the read-modify-write saves send them back exactly as they came: not as {@code
 * xsi:nil}, which would reset the field on the manager.
 */
class UnknownLiteralRoundTripTest {
  @RegisterExtension
  static WireMockExtension wm =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private Manager manager;

  @BeforeEach
  void setUp() {
    Wire.signIn(wm);
    manager =
        Manager.builder()
            .url(wm.baseUrl())
            .username("api-user")
            .password(Wire.PASSWORD.toCharArray())
            .backend(Backend.SOAP)
            .retry(RetryOptions.none())
            .requestsPerMinute(0)
            .build();
  }

  @AfterEach
  void tearDown() {
    manager.close();
  }

  /** A policy whose IPS state and recommendation state are literals from a future manager. */
  private static String futurePolicy(String dpiIds) {
    return Transports.policy(5, "P", dpiIds, "FUTURE_MODE")
        .replace(
            "<recommendationState>ONGOING</recommendationState>",
            "<recommendationState>AUTO_PILOT</recommendationState>")
        .replace(
            "<integrityState>REALTIME</integrityState>",
            "<integrityState>NEXT_GEN</integrityState>");
  }

  /** The one request of an operation WireMock received, as text. */
  private static String onlyRequest(String op) {
    List<LoggedRequest> sent = wm.findAll(requested(op));
    assertThat(sent).as(op + " requests").hasSize(1);
    return sent.get(0).getBodyAsString();
  }

  private static void assertFutureLiteralsSentBack(String body) {
    assertThat(body)
        .contains("<DPIState>FUTURE_MODE</DPIState>")
        .contains("<recommendationState>AUTO_PILOT</recommendationState>")
        .contains("<integrityState>NEXT_GEN</integrityState>")
        // the known literals are sent back too
        .contains("<firewallState>INHERITED</firewallState>")
        .contains("<antiMalwareState>ON</antiMalwareState>")
        .contains("<logInspectionState>OFF</logInspectionState>")
        .doesNotContainPattern("<DPIState[^>]*xsi:nil")
        .doesNotContainPattern("<recommendationState[^>]*xsi:nil")
        .doesNotContainPattern("<integrityState[^>]*xsi:nil");
  }

  @Test
  void readingAnUnknownStateIsUnknown() {
    wm.stubFor(
        op("securityProfileRetrieve")
            .willReturn(ok(returning("securityProfileRetrieve", futurePolicy("<item>1</item>")))));
    var p = manager.policies().get(5);
    assertThat(p.moduleStates())
        .containsEntry(SecurityModule.INTRUSION_PREVENTION, ModuleState.UNKNOWN)
        .containsEntry(SecurityModule.INTEGRITY_MONITORING, ModuleState.UNKNOWN)
        .containsEntry(SecurityModule.FIREWALL, ModuleState.INHERITED)
        .containsEntry(SecurityModule.ANTI_MALWARE, ModuleState.ON);
  }

  @Test
  void updateSendsUnknownLiteralsBackUnchanged() {
    wm.stubFor(
        op("securityProfileRetrieve")
            .willReturn(ok(returning("securityProfileRetrieve", futurePolicy("<item>1</item>")))));
    wm.stubFor(
        op("securityProfileSave")
            .willReturn(
                ok(
                    returning(
                        "securityProfileSave",
                        futurePolicy("<item>1</item>")
                            .replace(
                                "<description xsi:nil=\"true\"/>",
                                "<description>new</description>")))));
    var saved = manager.policies().update(5, PolicyUpdate.builder().description("new").build());
    assertThat(saved.description()).isEqualTo("new");
    assertThat(saved.moduleStates())
        .containsEntry(SecurityModule.INTRUSION_PREVENTION, ModuleState.UNKNOWN);
    String body = onlyRequest("securityProfileSave");
    assertThat(body).contains("<description>new</description>");
    assertFutureLiteralsSentBack(body);
  }

  @Test
  void ruleAssignmentSendsUnknownLiteralsBackUnchanged() {
    wm.stubFor(
        op("securityProfileRetrieve")
            .inScenario("rmw")
            .whenScenarioStateIs(STARTED)
            .willReturn(ok(returning("securityProfileRetrieve", futurePolicy("<item>1</item>"))))
            .willSetStateTo("saved"));
    String after = futurePolicy("<item>1</item><item>2</item>");
    wm.stubFor(
        op("securityProfileRetrieve")
            .inScenario("rmw")
            .whenScenarioStateIs("saved")
            .willReturn(ok(returning("securityProfileRetrieve", after))));
    wm.stubFor(op("securityProfileSave").willReturn(ok(returning("securityProfileSave", after))));
    // The rule added depends on nothing.
    wm.stubFor(
        op("DPIRuleDependenciesRetrieve")
            .willReturn(ok(Wire.response("DPIRuleDependenciesRetrieve", ""))));
    assertThat(manager.policies().assignments(RuleKind.INTRUSION_PREVENTION).assign(5, List.of(2)))
        .containsExactly(1, 2);
    String body = onlyRequest("securityProfileSave");
    assertThat(body).contains("<DPIRuleIDs><item>1</item><item>2</item></DPIRuleIDs>");
    assertFutureLiteralsSentBack(body);
  }

  @Test
  void setDetectOnlySendsUnknownLiteralsBackUnchanged() {
    String rule =
        Transports.ipsRule(20, "R", "", "SEVERE_PLUS")
            .replace("<priority>NORMAL</priority>", "<priority>URGENT</priority>")
            .replace(
                "<templateType>CUSTOM_XML</templateType>", "<templateType>YARA</templateType>");
    wm.stubFor(op("DPIRuleRetrieve").willReturn(ok(returning("DPIRuleRetrieve", rule))));
    wm.stubFor(
        op("DPIRuleSave")
            .willReturn(
                ok(
                    returning(
                        "DPIRuleSave", rule.replace("<detectOnly>false", "<detectOnly>true")))));
    var saved = manager.rules().intrusionPrevention().setDetectOnly(20, true);
    assertThat(saved.detectOnly()).isTrue();
    assertThat(saved.severity()).isEqualTo(Severity.UNKNOWN);
    assertThat(onlyRequest("DPIRuleSave"))
        .contains("<detectOnly>true</detectOnly>")
        .contains("<severity>SEVERE_PLUS</severity>")
        .contains("<priority>URGENT</priority>")
        .contains("<templateType>YARA</templateType>")
        .doesNotContainPattern("<severity[^>]*xsi:nil")
        .doesNotContainPattern("<priority[^>]*xsi:nil")
        .doesNotContainPattern("<templateType[^>]*xsi:nil");
  }
}
