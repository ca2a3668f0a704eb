package io.dsm4j.soap.internal;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static io.dsm4j.soap.internal.Transports.childPolicy;
import static io.dsm4j.soap.internal.Transports.item;
import static io.dsm4j.soap.internal.Transports.nilElement;
import static io.dsm4j.soap.internal.Transports.policy;
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

import io.dsm4j.exception.ConflictException;
import io.dsm4j.exception.NotFoundException;
import io.dsm4j.exception.UnsupportedCapabilityException;
import io.dsm4j.model.ModuleState;
import io.dsm4j.model.Policy;
import io.dsm4j.model.PolicyDraft;
import io.dsm4j.model.PolicyUpdate;
import io.dsm4j.model.RuleKind;
import io.dsm4j.model.SecurityModule;
import io.dsm4j.spi.PageRequest;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Policies: what each operation sends and how it reads real-looking answers. */
class SoapPoliciesTest extends WireTest {

  @Test
  void listsPoliciesSortedAndSkipsOnesWithoutId() {
    String all =
        "<securityProfileRetrieveAllReturn>"
            + policy(9, "B", item(), "ON")
            + "</securityProfileRetrieveAllReturn>"
            + "<securityProfileRetrieveAllReturn><ID xsi:nil=\"true\"/><name>ghost</name>"
            + "</securityProfileRetrieveAllReturn>"
            + "<securityProfileRetrieveAllReturn>"
            + policy(2, "A", item(1), "PASSIVE")
            + "</securityProfileRetrieveAllReturn>";
    wm.stubFor(
        op("securityProfileRetrieveAll")
            .willReturn(ok(response("securityProfileRetrieveAll", all))));
    var page = policies().list(new PageRequest(0, 10));
    assertThat(page.complete()).isTrue();
    assertThat(page.items()).extracting(Policy::id).containsExactly(2, 9);
    Policy a = page.items().get(0);
    assertThat(a.moduleStates())
        .containsEntry(SecurityModule.INTRUSION_PREVENTION, ModuleState.DETECT)
        .containsEntry(SecurityModule.INTEGRITY_MONITORING, ModuleState.REAL_TIME)
        .containsEntry(SecurityModule.FIREWALL, ModuleState.INHERITED)
        .containsEntry(SecurityModule.LOG_INSPECTION, ModuleState.OFF);
    assertThat(a.parentId()).isNull();
    assertThat(a.description()).isEmpty();
    wm.verify(1, requested("securityProfileRetrieveAll"));
  }

  @Test
  void unknownEnumLiteralsBecomeUnknown() {
    wm.stubFor(
        op("securityProfileRetrieve")
            .willReturn(
                ok(returning("securityProfileRetrieve", policy(4, "X", item(1), "TURBO")))));
    assertThat(policies().get(4).moduleStates())
        .containsEntry(SecurityModule.INTRUSION_PREVENTION, ModuleState.UNKNOWN);
  }

  @Test
  void nilAnswerIsNotFound() {
    wm.stubFor(op("securityProfileRetrieve").willReturn(ok(nilReturn("securityProfileRetrieve"))));
    assertThatThrownBy(() -> policies().get(4))
        .isInstanceOfSatisfying(
            NotFoundException.class,
            e -> assertThat(e.operation()).isEqualTo("securityProfileRetrieve"));
  }

  @Test
  void findByNameNeedsAnExactMatch() {
    wm.stubFor(
        op("securityProfileRetrieveByName")
            .willReturn(
                ok(
                    returning(
                        "securityProfileRetrieveByName", policy(3, "Base Policy", "", "ON")))));
    assertThat(policies().findByName("Base Policy")).map(Policy::id).contains(3);
    assertThat(policies().findByName("base policy")).isEmpty();
    wm.stubFor(
        op("securityProfileRetrieveByName")
            .willReturn(
                faultResponse(
                    fault("fault", "ManagerException", "Security Profile does not exist"))));
    assertThat(policies().findByName("Base Policy")).isEmpty();
  }

  @Test
  void createSendsNilIdAndDeliberatePrimitives() {
    wm.stubFor(
        op("securityProfileSave")
            .willReturn(ok(returning("securityProfileSave", policy(31, "Web", "", "PASSIVE")))));
    Policy p =
        policies()
            .create(
                PolicyDraft.builder("Web")
                    .parentId(1)
                    .moduleState(SecurityModule.INTRUSION_PREVENTION, ModuleState.DETECT)
                    .build());
    assertThat(p.id()).isEqualTo(31);
    wm.verify(
        requested("securityProfileSave")
            .withRequestBody(nilElement("ID"))
            .withRequestBody(containing("<name>Web</name>"))
            .withRequestBody(containing("<DPIState>PASSIVE</DPIState>"))
            .withRequestBody(containing("<firewallState>INHERITED</firewallState>"))
            .withRequestBody(
                containing("<antiMalwareManualInherit>true</antiMalwareManualInherit>"))
            .withRequestBody(
                containing("<antiMalwareScheduledInherit>true</antiMalwareScheduledInherit>"))
            .withRequestBody(containing("<parentSecurityProfileID>1</parentSecurityProfileID>")));
  }

  @Test
  void updateSavesTheCompleteTransportAsRead() {
    wm.stubFor(
        op("securityProfileRetrieve")
            .willReturn(
                ok(returning("securityProfileRetrieve", policy(5, "Old", item(1, 2), "ON")))));
    wm.stubFor(
        op("securityProfileSave")
            .willReturn(ok(returning("securityProfileSave", policy(5, "New", item(1, 2), "ON")))));
    policies().update(5, PolicyUpdate.builder().name("New").build());
    wm.verify(
        requested("securityProfileSave")
            .withRequestBody(containing("<name>New</name>"))
            .withRequestBody(containing("<DPIRuleIDs><item>1</item><item>2</item></DPIRuleIDs>"))
            .withRequestBody(containing("<firewallRuleIDs><item>7</item></firewallRuleIDs>"))
            .withRequestBody(containing("<antiMalwareScheduledID>17</antiMalwareScheduledID>"))
            .withRequestBody(
                containing("<antiMalwareScheduledInherit>false</antiMalwareScheduledInherit>"))
            .withRequestBody(containing("<statefulConfigurationID>3</statefulConfigurationID>"))
            .withRequestBody(containing("<recommendationState>ONGOING</recommendationState>")));
  }

  private void policyReads(String first, String afterSave) {
    // Assigning intrusion prevention rules asks what they depend on: nothing here.
    wm.stubFor(
        op("DPIRuleDependenciesRetrieve")
            .willReturn(ok(Wire.response("DPIRuleDependenciesRetrieve", ""))));
    wm.stubFor(
        op("securityProfileRetrieve")
            .inScenario("rmw")
            .whenScenarioStateIs(STARTED)
            .willReturn(ok(returning("securityProfileRetrieve", policy(5, "P", first, "ON"))))
            .willSetStateTo("saved"));
    wm.stubFor(
        op("securityProfileRetrieve")
            .inScenario("rmw")
            .whenScenarioStateIs("saved")
            .willReturn(ok(returning("securityProfileRetrieve", policy(5, "P", afterSave, "ON")))));
    wm.stubFor(
        op("securityProfileSave")
            .willReturn(ok(returning("securityProfileSave", policy(5, "P", afterSave, "ON")))));
  }

  @Test
  void assignIsReadModifyWrite() {
    policyReads(item(1, 2), item(1, 2, 3));
    assertThat(policies().assign(5, RuleKind.INTRUSION_PREVENTION, Set.of(3, 2)))
        .containsExactly(1, 2, 3);
    wm.verify(
        1,
        requested("securityProfileSave")
            .withRequestBody(
                containing("<DPIRuleIDs><item>1</item><item>2</item><item>3</item></DPIRuleIDs>"))
            .withRequestBody(containing("<firewallRuleIDs><item>7</item></firewallRuleIDs>")));
  }

  @Test
  void aListChangedConcurrentlyIsAConflict() {
    policyReads(item(1, 2), item(1, 2, 9));
    assertThatThrownBy(() -> policies().assign(5, RuleKind.INTRUSION_PREVENTION, Set.of(3)))
        .isInstanceOf(ConflictException.class)
        .hasMessageContaining("changed concurrently");
  }

  @Test
  void restOnlyModuleStates_areRefusedBeforeAnyRequest() {
    int before = wm.getAllServeEvents().size();
    assertThatThrownBy(
            () ->
                policies()
                    .update(
                        5,
                        PolicyUpdate.builder()
                            .moduleState(SecurityModule.WEB_REPUTATION, ModuleState.ON)
                            .build()))
        .isInstanceOf(UnsupportedCapabilityException.class)
        .hasMessageContaining("WEB_REPUTATION");
    assertThatThrownBy(
            () ->
                policies()
                    .create(
                        PolicyDraft.builder("Web")
                            .moduleState(SecurityModule.ACTIVITY_MONITORING, ModuleState.OFF)
                            .build()))
        .isInstanceOf(UnsupportedCapabilityException.class)
        .hasMessageContaining("ACTIVITY_MONITORING");
    assertThat(wm.getAllServeEvents()).hasSize(before);
  }

  @Test
  void nothingToChangeSavesNothing() {
    policyReads(item(1, 2), item(1, 2));
    assertThat(policies().unassign(5, RuleKind.INTRUSION_PREVENTION, Set.of(8)))
        .containsExactly(1, 2);
    wm.verify(0, requested("securityProfileSave"));
  }

  @Test
  void effectiveRulesWalkTheParentsReadingEachPolicyOnce() {
    wm.stubFor(
        op("securityProfileRetrieve")
            .withRequestBody(containing("<id>5</id>"))
            .willReturn(ok(returning("securityProfileRetrieve", childPolicy(5, "C", item(1), 3)))));
    wm.stubFor(
        op("securityProfileRetrieve")
            .withRequestBody(containing("<id>3</id>"))
            .willReturn(
                ok(returning("securityProfileRetrieve", policy(3, "Base", item(4, 1), "ON")))));

    assertThat(policies().effectiveRuleIds(5, RuleKind.INTRUSION_PREVENTION)).containsExactly(1, 4);
    assertThat(policies().directRuleIds(5, RuleKind.INTRUSION_PREVENTION)).containsExactly(1);

    wm.verify(2, requested("securityProfileRetrieve").withRequestBody(containing("<id>5</id>")));
    wm.verify(1, requested("securityProfileRetrieve").withRequestBody(containing("<id>3</id>")));
  }

  @Test
  void policyRecommendationsLeaveOutAssignedRules() {
    policyReads(item(1, 2), item(1, 2));
    wm.stubFor(
        op("securityProfileRecommendationRuleIDsRetrieve")
            .willReturn(
                ok(
                    response(
                        "securityProfileRecommendationRuleIDsRetrieve",
                        "<securityProfileRecommendationRuleIDsRetrieveReturn>2</securityProfileRecommendationRuleIDsRetrieveReturn>"
                            + "<securityProfileRecommendationRuleIDsRetrieveReturn>4</securityProfileRecommendationRuleIDsRetrieveReturn>"))));
    var r = policies().recommendations(5, RuleKind.INTRUSION_PREVENTION);
    assertThat(r.toAssign()).containsExactly(4);
    assertThat(r.toUnassign()).isEmpty();
    wm.verify(
        requested("securityProfileRecommendationRuleIDsRetrieve")
            .withRequestBody(containing("<type>2</type>")));
  }
}
