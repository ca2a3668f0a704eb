package io.dsm4j.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dsm4j.Backend;
import io.dsm4j.Capability;
import io.dsm4j.RuleCatalog;
import io.dsm4j.exception.ConflictException;
import io.dsm4j.exception.InvalidRequestException;
import io.dsm4j.model.Rule;
import io.dsm4j.model.RuleDraft;
import io.dsm4j.model.RuleKind;
import io.dsm4j.model.RuleUpdate;
import io.dsm4j.model.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Custom rules: create, update, delete, for every kind. Part of {@link ManagerContractTest}. */
public interface RuleWriteContract extends ContractFixture {
  String IPS_XML = "<rule><meta><name>tck</name></meta><pattern>x-evil</pattern></rule>";

  private int appTypeId() {
    return state().rules(RuleKind.APPLICATION_TYPE).get(0).id();
  }

  private Backend writer(RuleKind k) {
    return manager().backendFor(Capability.RULE_WRITE, k).orElseThrow();
  }

  @Test
  default void ipsRule_createUpdateDelete_roundTrip() {
    RuleCatalog ips = manager().rules().intrusionPrevention();
    String name = ContractFixture.unique("tck-ips");

    Rule created =
        ips.create(
            RuleDraft.intrusionPrevention(name)
                .description("made by the contract suite")
                .applicationTypeId(appTypeId())
                .severity(Severity.HIGH)
                .detectOnly(true)
                .ruleXml(IPS_XML)
                .build());

    assertThat(created.id()).isPositive();
    assertThat(created.trendIssued()).isFalse();
    Rule stored = state().rule(RuleKind.INTRUSION_PREVENTION, created.id()).orElseThrow();
    assertThat(stored.name()).isEqualTo(name);
    assertThat(stored.severity()).isEqualTo(Severity.HIGH);
    assertThat(stored.detectOnly()).isTrue();
    assertThat(stored.applicationTypeId()).isEqualTo(appTypeId());
    assertThat(state().ruleXml(RuleKind.INTRUSION_PREVENTION, created.id())).contains(IPS_XML);
    String xmlField =
        writer(RuleKind.INTRUSION_PREVENTION) == Backend.REST ? "customXML" : "ruleXML";
    assertThat(ips.get(created.id()).extra().string(xmlField)).contains(IPS_XML);

    String newXml = IPS_XML.replace("x-evil", "x-worse");
    Rule updated =
        ips.update(
            created.id(), RuleUpdate.builder().description("changed").ruleXml(newXml).build());

    assertThat(updated.description()).isEqualTo("changed");
    stored = state().rule(RuleKind.INTRUSION_PREVENTION, created.id()).orElseThrow();
    assertThat(stored.description()).isEqualTo("changed");
    assertThat(stored.detectOnly()).as("a field the update did not name is kept").isTrue();
    assertThat(stored.severity()).isEqualTo(Severity.HIGH);
    assertThat(state().ruleXml(RuleKind.INTRUSION_PREVENTION, created.id())).contains(newXml);

    ips.delete(created.id());

    assertThat(state().rule(RuleKind.INTRUSION_PREVENTION, created.id())).isEmpty();
  }

  @Test
  default void everyKind_canBeCreatedAndDeleted() {
    String base = ContractFixture.unique("tck-kind");
    List<RuleDraft> drafts =
        List.of(
            RuleDraft.firewall(base + "-fw")
                .action("deny")
                .direction("incoming")
                .protocol("tcp")
                .destinationPorts(List.of("23"))
                .build(),
            RuleDraft.integrityMonitoring(base + "-im")
                .severity(Severity.LOW)
                .ruleXml("<FileSet base=\"/srv\"><include key=\"*.conf\"/></FileSet>")
                .build(),
            RuleDraft.logInspection(base + "-li")
                .ruleXml("<group name=\"tck,\"><rule id=\"100123\" level=\"5\"/></group>")
                .build(),
            RuleDraft.applicationType(base + "-app").direction("incoming").protocol("tcp").build());
    for (RuleDraft d : drafts) {
      RuleCatalog catalog = manager().rules().of(d.kind());

      Rule r = catalog.create(d);

      assertThat(state().rule(d.kind(), r.id()))
          .as(d.kind().toString())
          .map(Rule::name)
          .contains(d.name());
      if (d.ruleXml() != null) {
        assertThat(state().ruleXml(d.kind(), r.id())).as(d.kind().toString()).contains(d.ruleXml());
      }
      catalog.delete(r.id());
      assertThat(state().rule(d.kind(), r.id())).isEmpty();
    }
  }

  @Test
  default void create_withATakenName_isAConflict() {
    Rule taken = state().rules(RuleKind.FIREWALL).get(0);
    assertThatThrownBy(
            () ->
                manager()
                    .rules()
                    .firewall()
                    .create(RuleDraft.firewall(taken.name()).action("allow").build()))
        .isInstanceOf(ConflictException.class);
  }

  @Test
  default void deleteATrendRule_isRefusedBeforeTheDelete() {
    Rule trend =
        state().rules(RuleKind.INTRUSION_PREVENTION).stream()
            .filter(Rule::trendIssued)
            .findFirst()
            .orElseThrow();
    int deletesBefore = deletes();

    assertThatThrownBy(() -> manager().rules().intrusionPrevention().delete(trend.id()))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessageContaining("Trend Micro")
        .hasMessageContaining(trend.identifier());

    assertThat(deletes()).as("no delete was sent").isEqualTo(deletesBefore);
    assertThat(state().rule(RuleKind.INTRUSION_PREVENTION, trend.id())).isPresent();
  }

  @Test
  default void changingATrendRulesXml_isRefusedBeforeTheSave() {
    Rule trend =
        state().rules(RuleKind.INTRUSION_PREVENTION).stream()
            .filter(Rule::trendIssued)
            .findFirst()
            .orElseThrow();
    String xmlBefore = state().ruleXml(RuleKind.INTRUSION_PREVENTION, trend.id()).orElseThrow();
    int writesBefore = ipsWrites();

    assertThatThrownBy(
            () ->
                manager()
                    .rules()
                    .intrusionPrevention()
                    .update(trend.id(), RuleUpdate.builder().ruleXml(IPS_XML).build()))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessageContaining("Trend Micro")
        .hasMessageContaining(trend.identifier());

    assertThat(ipsWrites()).as("no modify or save was sent").isEqualTo(writesBefore);
    assertThat(state().ruleXml(RuleKind.INTRUSION_PREVENTION, trend.id())).contains(xmlBefore);
  }

  @Test
  default void ruleXml_readsTheSameOnEveryBackend() {
    Rule created =
        manager()
            .rules()
            .integrityMonitoring()
            .create(
                RuleDraft.integrityMonitoring(ContractFixture.unique("tck-xml"))
                    .ruleXml("<FileSet base=\"/opt\"/>")
                    .build());

    assertThat(manager().rules().integrityMonitoring().get(created.id()).ruleXml())
        .isEqualTo("<FileSet base=\"/opt\"/>");
    manager().rules().integrityMonitoring().delete(created.id());
  }

  /** Assignment, not rule writing, but it is where custom rules meet their dependencies. */
  @Test
  default void assigningAnIpsRule_assignsWhatItDependsOn_transitively() {
    List<Rule> rules = state().rules(RuleKind.INTRUSION_PREVENTION);
    int rule = rules.get(rules.size() - 1).id();
    int dep = rules.get(rules.size() - 2).id();
    int depOfDep = rules.get(rules.size() - 3).id();
    state().setRuleDependencies(rule, List.of(dep));
    state().setRuleDependencies(dep, List.of(depOfDep));
    int policy = state().addPolicy(ContractFixture.unique("tck-deps"), null).id();

    try {
      List<Integer> direct =
          manager()
              .policies()
              .assignments(RuleKind.INTRUSION_PREVENTION)
              .assign(policy, List.of(rule));

      assertThat(state().directRuleIds(policy, RuleKind.INTRUSION_PREVENTION))
          .containsExactlyInAnyOrder(rule, dep, depOfDep);
      assertThat(direct).containsExactlyInAnyOrder(rule, dep, depOfDep);
    } finally {
      // The simulator may be shared by the suite's other tests.
      state().setRuleDependencies(rule, List.of());
      state().setRuleDependencies(dep, List.of());
    }
  }

  private int ipsWrites() {
    return state().operationCounts().entrySet().stream()
        .filter(
            e ->
                (e.getKey().startsWith("POST /api/intrusionpreventionrules/")
                        && !e.getKey().endsWith("/search"))
                    || e.getKey().equals("soap:DPIRuleSave"))
        .mapToInt(java.util.Map.Entry::getValue)
        .sum();
  }

  private int deletes() {
    return state().operationCounts().entrySet().stream()
        .filter(
            e ->
                e.getKey().contains("DELETE /api/intrusionpreventionrules")
                    || e.getKey().equals("soap:DPIRuleDelete"))
        .mapToInt(java.util.Map.Entry::getValue)
        .sum();
  }

  @Test
  default void aFirewallRuleContext_isRestOnly() {
    RuleDraft d =
        RuleDraft.firewall(ContractFixture.unique("tck-ctx")).action("allow").contextId(3).build();
    if (writer(RuleKind.FIREWALL) == Backend.SOAP) {
      int before = state().requestCount();
      assertThatThrownBy(() -> manager().rules().firewall().create(d))
          .isInstanceOf(InvalidRequestException.class)
          .hasMessageContaining("contextID");
      assertThat(state().requestCount()).as("refused before sending").isEqualTo(before);
      return;
    }
    Rule r = manager().rules().firewall().create(d);
    assertThat(state().ruleRestFields(RuleKind.FIREWALL, r.id())).containsEntry("contextID", 3);
    manager().rules().firewall().delete(r.id());
  }
}
