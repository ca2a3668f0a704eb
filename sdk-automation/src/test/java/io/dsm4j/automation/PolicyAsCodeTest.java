package io.dsm4j.automation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dsm4j.Backend;
import io.dsm4j.Capability;
import io.dsm4j.Manager;
import io.dsm4j.automation.PolicyDocument.RuleRef;
import io.dsm4j.model.IdOrName;
import io.dsm4j.model.ModuleState;
import io.dsm4j.model.Policy;
import io.dsm4j.model.PolicyDraft;
import io.dsm4j.model.PolicyUpdate;
import io.dsm4j.model.Rule;
import io.dsm4j.model.RuleDraft;
import io.dsm4j.model.RuleKind;
import io.dsm4j.model.SecurityModule;
import io.dsm4j.model.Severity;
import io.dsm4j.testkit.DsmSimulator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Policy as code: export, plan, apply; the round trip across two managers. */
class PolicyAsCodeTest {
  private static final io.dsm4j.model.CommonSetting COMMON =
      io.dsm4j.model.CommonSetting.HEARTBEAT_INTERVAL;
  private String setting = COMMON.restName();
  private DsmSimulator source;
  private DsmSimulator target;
  private Manager from;
  private Manager to;

  @BeforeEach
  void start() {
    source = DsmSimulator.builder().seed(11).start();
    target = DsmSimulator.builder().seed(11).start();
    from = source.managerBuilder(Backend.REST).build();
    to = target.managerBuilder(Backend.REST).build();
  }

  @AfterEach
  void stop() {
    from.close();
    to.close();
    source.close();
    target.close();
  }

  /** A child policy with a setting, module states, Trend and custom rules of two kinds. */
  private Policy sourcePolicy() {
    Policy base =
        from.policies().list().stream().filter(p -> p.parentId() == null).findFirst().orElseThrow();
    Policy p =
        from.policies()
            .create(
                PolicyDraft.builder("pac-web")
                    .description("web servers")
                    .parentId(base.id())
                    .moduleState(SecurityModule.INTRUSION_PREVENTION, ModuleState.ON)
                    .moduleState(SecurityModule.FIREWALL, ModuleState.OFF)
                    .build());
    from.policies().settings(p.id()).set(setting, "7");
    if (from.capabilities().supports(Capability.EXTENDED_MODULE_STATES)) {
      from.policies()
          .update(
              p.id(),
              PolicyUpdate.builder()
                  .moduleState(SecurityModule.WEB_REPUTATION, ModuleState.ON)
                  .moduleState(SecurityModule.ACTIVITY_MONITORING, ModuleState.OFF)
                  .build());
    }
    int app = from.rules().applicationTypes().list().stream().findFirst().orElseThrow().id();
    Rule custom =
        from.rules()
            .intrusionPrevention()
            .create(
                RuleDraft.intrusionPrevention("pac-custom")
                    .description("ours")
                    .severity(Severity.HIGH)
                    .detectOnly(true)
                    .applicationTypeId(app)
                    .ruleXml("<rule><pattern>evil</pattern></rule>")
                    .build());
    List<Integer> trend =
        from.rules().intrusionPrevention().list().stream()
            .filter(Rule::trendIssued)
            .limit(3)
            .map(Rule::id)
            .toList();
    from.policies().assignments(RuleKind.INTRUSION_PREVENTION).assign(p.id(), trend);
    from.policies().assignments(RuleKind.INTRUSION_PREVENTION).assign(p.id(), List.of(custom.id()));
    Rule im =
        from.rules().integrityMonitoring().list().stream()
            .filter(Rule::trendIssued)
            .findFirst()
            .orElseThrow();
    from.policies().assignments(RuleKind.INTEGRITY_MONITORING).assign(p.id(), List.of(im.id()));
    Rule fw =
        from.rules()
            .firewall()
            .create(
                RuleDraft.firewall("pac-deny-telnet")
                    .description("no telnet")
                    .action("deny")
                    .direction("incoming")
                    .protocol("tcp")
                    .destinationPorts(List.of("23"))
                    .build());
    from.policies().assignments(RuleKind.FIREWALL).assign(p.id(), List.of(fw.id()));
    return p;
  }

  @ParameterizedTest
  @EnumSource(
      value = Backend.class,
      names = {"REST", "SOAP"})
  void export_applyOnASecondManager_exportAgain_givesTheSameDocument(Backend backend) {
    if (backend != Backend.REST) {
      from.close();
      to.close();
      from = source.managerBuilder(backend).build();
      to = target.managerBuilder(backend).build();
      setting = COMMON.nameFor(backend);
    }
    sourcePolicy();
    PolicyDocument exported = new PolicyAsCode(from).export(IdOrName.parse("pac-web", "policy"));
    assertThat(exported.settings()).containsEntry(setting, "7");
    if (backend == Backend.REST) {
      // The modules only the REST API has travel too.
      assertThat(exported.modules())
          .containsEntry(SecurityModule.WEB_REPUTATION, ModuleState.ON)
          .containsEntry(SecurityModule.ACTIVITY_MONITORING, ModuleState.OFF);
      assertThat(exported.toJson()).contains("web-reputation", "activity-monitoring");
    } else {
      assertThat(exported.modules()).doesNotContainKey(SecurityModule.WEB_REPUTATION);
    }
    assertThat(exported.rules().get(RuleKind.INTRUSION_PREVENTION))
        .hasSize(4)
        .contains(RuleRef.custom("pac-custom"));
    assertThat(exported.customRules())
        .extracting(PolicyDocument.CustomRule::name)
        .containsExactly("pac-custom", "pac-deny-telnet");
    PolicyDocument.CustomRule ips = exported.customRules().get(0);
    assertThat(ips.ruleXml()).isEqualTo("<rule><pattern>evil</pattern></rule>");
    assertThat(ips.applicationType()).isNotNull();
    PolicyDocument.CustomRule fw = exported.customRules().get(1);
    assertThat(fw.fields()).containsKey("action").isNotEmpty();
    assertThat(exported.toJson()).doesNotContain("\"id\"", "issued", "lastUpdated");
    // The document survives its JSON form.
    PolicyDocument read = PolicyDocument.fromJson(exported.toJson());
    assertThat(read).isEqualTo(exported);

    PolicyAsCode pac = new PolicyAsCode(to);
    PolicyPlan plan = pac.apply(read, false);

    assertThat(plan.changes())
        .extracting(PolicyChange::action)
        .contains("create-rule", "create-policy", "set-setting", "assign");
    PolicyDocument again = pac.export(IdOrName.parse("pac-web", "policy"));
    assertThat(again).isEqualTo(exported);
    assertThat(again.toJson()).isEqualTo(exported.toJson());
    // The target really holds it, not just the answers.
    Policy created = to.policies().findByName("pac-web").orElseThrow();
    if (backend == Backend.REST) {
      assertThat(target.state().policy(created.id()).orElseThrow().moduleStates())
          .containsEntry(SecurityModule.WEB_REPUTATION, ModuleState.ON)
          .containsEntry(SecurityModule.ACTIVITY_MONITORING, ModuleState.OFF);
    }
    assertThat(target.state().directRuleIds(created.id(), RuleKind.INTRUSION_PREVENTION))
        .hasSize(4);

    Map<String, Integer> writesBefore = writes(target);
    PolicyPlan second = pac.plan(read, false);
    assertThat(second.hasChanges()).as(second.toString()).isFalse();
    assertThat(pac.apply(read, true).hasChanges()).isFalse();
    assertThat(writes(target)).as("the second apply sent no write").isEqualTo(writesBefore);
  }

  /** Requests that change something: no GET, search, retrieve or sign-in. */
  private static Map<String, Integer> writes(DsmSimulator sim) {
    Map<String, Integer> out = new java.util.TreeMap<>();
    sim.state()
        .operationCounts()
        .forEach(
            (k, v) -> {
              boolean read =
                  k.startsWith("GET ")
                      || k.endsWith("/search")
                      || k.contains("Retrieve")
                      || k.endsWith("Get")
                      || k.equals("soap:authenticate");
              if (!read) {
                out.put(k, v);
              }
            });
    return out;
  }

  @Test
  void manyRules_roundTrip_withOneListingPerKind() {
    Policy p = from.policies().create(PolicyDraft.builder("pac-many").build());
    List<Integer> trend =
        from.rules().intrusionPrevention().list().stream()
            .filter(Rule::trendIssued)
            .limit(40)
            .map(Rule::id)
            .toList();
    from.policies().assignments(RuleKind.INTRUSION_PREVENTION).assign(p.id(), trend);
    PolicyDocument doc = new PolicyAsCode(from).export(IdOrName.parse("pac-many", "policy"));
    assertThat(doc.rules().get(RuleKind.INTRUSION_PREVENTION)).hasSize(40);
    int singleGets = gets(source);
    assertThat(singleGets).as("no GET per rule on export").isLessThan(10);

    PolicyAsCode pac = new PolicyAsCode(to);
    pac.apply(doc, false);

    assertThat(gets(target)).as("no GET per rule on apply").isLessThan(10);
    assertThat(pac.export(IdOrName.parse("pac-many", "policy"))).isEqualTo(doc);
    assertThat(pac.plan(doc, true).hasChanges()).isFalse();
  }

  private static int gets(DsmSimulator sim) {
    return sim.state().operationCounts().getOrDefault("GET /api/intrusionpreventionrules/{id}", 0);
  }

  @Test
  void aTrendRuleMissingOnTheTarget_failsThePlan_andChangesNothing() {
    sourcePolicy();
    PolicyDocument doc = new PolicyAsCode(from).export(IdOrName.parse("pac-web", "policy"));
    Map<RuleKind, List<RuleRef>> rules = new java.util.EnumMap<>(doc.rules());
    List<RuleRef> ips = new java.util.ArrayList<>(rules.get(RuleKind.INTRUSION_PREVENTION));
    ips.add(RuleRef.trend("9999999"));
    rules.put(RuleKind.INTRUSION_PREVENTION, ips);
    PolicyDocument bad =
        new PolicyDocument(
            doc.name(),
            doc.description(),
            doc.parent(),
            doc.modules(),
            doc.settings(),
            rules,
            doc.customRules());

    assertThatThrownBy(() -> new PolicyAsCode(to).apply(bad, false))
        .isInstanceOf(RefusedException.class)
        .hasMessageContaining("identifier 9999999");

    assertThat(to.policies().findByName("pac-web")).isEmpty();
    assertThat(to.rules().intrusionPrevention().findByName("pac-custom")).isEmpty();
  }

  @Test
  void drift_isPlanned_andPruneRemovesWhatTheDocumentDoesNotList() {
    Policy p = sourcePolicy();
    PolicyAsCode pac = new PolicyAsCode(from);
    PolicyDocument doc = pac.export(IdOrName.parse("pac-web", "policy"));
    int extra =
        from.rules().intrusionPrevention().list().stream()
            .filter(Rule::trendIssued)
            .skip(10)
            .findFirst()
            .orElseThrow()
            .id();
    from.policies().assignments(RuleKind.INTRUSION_PREVENTION).assign(p.id(), List.of(extra));
    from.policies().settings(p.id()).set(setting, "9");

    PolicyPlan plan = pac.plan(doc, false);
    assertThat(plan.changes()).extracting(PolicyChange::action).containsExactly("set-setting");

    PolicyPlan pruned = pac.apply(doc, true);

    assertThat(pruned.changes())
        .extracting(PolicyChange::action)
        .containsExactlyInAnyOrder("set-setting", "unassign");
    assertThat(source.state().directRuleIds(p.id(), RuleKind.INTRUSION_PREVENTION))
        .doesNotContain(extra);
    assertThat(pac.export(IdOrName.parse("pac-web", "policy"))).isEqualTo(doc);
  }

  @Test
  void aBadDocument_saysWhere() {
    assertThatThrownBy(
            () ->
                PolicyDocument.fromJson(
                    "{\"format\":\"dsm4j-policy/1\",\"name\":\"x\",\"rules\":{\"ips\":[{}]}}"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("rules.ips");
    assertThatThrownBy(
            () -> PolicyDocument.fromJson("{\"format\":\"dsm4j-policy/1\",\"nme\":\"x\"}"))
        .hasMessageContaining("nme");
  }
}
