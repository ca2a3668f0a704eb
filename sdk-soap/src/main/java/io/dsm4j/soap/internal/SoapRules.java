package io.dsm4j.soap.internal;

import io.dsm4j.Backend;
import io.dsm4j.exception.ServerException;
import io.dsm4j.model.Rule;
import io.dsm4j.model.RuleDraft;
import io.dsm4j.model.RuleKind;
import io.dsm4j.model.RuleQuery;
import io.dsm4j.model.RuleUpdate;
import io.dsm4j.soap.internal.generated.ApplicationTypeTransport;
import io.dsm4j.soap.internal.generated.DPIRuleTransport;
import io.dsm4j.soap.internal.generated.FirewallRuleTransport;
import io.dsm4j.soap.internal.generated.IntegrityRuleTransport;
import io.dsm4j.soap.internal.generated.LogInspectionRuleTransport;
import io.dsm4j.soap.internal.generated.Manager;
import io.dsm4j.spi.PageRequest;
import io.dsm4j.spi.PageResult;
import io.dsm4j.spi.RuleOperations;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The five rule catalogs, one {@link SoapCatalog} per kind. SOAP has no rule search: a query is
 * applied here, to the whole catalog.
 */
final class SoapRules implements RuleOperations {
  private static final Map<RuleKind, SoapCatalog<?, Rule>> CATALOGS =
      SoapReads.table(
          RuleKind.class,
          Map.of(
              RuleKind.INTRUSION_PREVENTION,
              new SoapCatalog<>(
                  "intrusion prevention rule",
                  "rules",
                  "DPIRuleRetrieveAll",
                  Manager::dpiRuleRetrieveAll,
                  "DPIRuleRetrieve",
                  Manager::dpiRuleRetrieve,
                  "DPIRuleRetrieveByName",
                  Manager::dpiRuleRetrieveByName,
                  DPIRuleTransport::getName,
                  Mappers::ipsRule,
                  Rule::id),
              RuleKind.FIREWALL,
              new SoapCatalog<>(
                  "firewall rule",
                  "rules",
                  "firewallRuleRetrieveAll",
                  Manager::firewallRuleRetrieveAll,
                  "firewallRuleRetrieve",
                  Manager::firewallRuleRetrieve,
                  "firewallRuleRetrieveByName",
                  Manager::firewallRuleRetrieveByName,
                  FirewallRuleTransport::getName,
                  Mappers::firewallRule,
                  Rule::id),
              RuleKind.INTEGRITY_MONITORING,
              new SoapCatalog<>(
                  "integrity monitoring rule",
                  "rules",
                  "integrityRuleRetrieveAll",
                  Manager::integrityRuleRetrieveAll,
                  "integrityRuleRetrieve",
                  Manager::integrityRuleRetrieve,
                  "integrityRuleRetrieveByName",
                  Manager::integrityRuleRetrieveByName,
                  IntegrityRuleTransport::getName,
                  Mappers::integrityRule,
                  Rule::id),
              RuleKind.LOG_INSPECTION,
              new SoapCatalog<>(
                  "log inspection rule",
                  "rules",
                  "logInspectionRuleRetrieveAll",
                  Manager::logInspectionRuleRetrieveAll,
                  "logInspectionRuleRetrieve",
                  Manager::logInspectionRuleRetrieve,
                  "logInspectionRuleRetrieveByName",
                  Manager::logInspectionRuleRetrieveByName,
                  LogInspectionRuleTransport::getName,
                  Mappers::logInspectionRule,
                  Rule::id),
              RuleKind.APPLICATION_TYPE,
              new SoapCatalog<>(
                  "application type",
                  "application types",
                  "applicationTypeRetrieveAll",
                  Manager::applicationTypeRetrieveAll,
                  "applicationTypeRetrieve",
                  Manager::applicationTypeRetrieve,
                  "applicationTypeRetrieveByName",
                  Manager::applicationTypeRetrieveByName,
                  ApplicationTypeTransport::getName,
                  Mappers::applicationType,
                  Rule::id)));

  private final SoapClient client;
  private final SoapRuleWrites writes;

  SoapRules(SoapClient client) {
    this.client = client;
    this.writes = new SoapRuleWrites(client);
  }

  @Override
  public Rule create(RuleDraft draft) {
    return writes.create(draft);
  }

  @Override
  public Rule update(RuleKind kind, int id, RuleUpdate update) {
    return writes.update(kind, id, update);
  }

  @Override
  public void delete(RuleKind kind, int id) {
    writes.delete(kind, id);
  }

  @Override
  public PageResult<Rule> list(RuleKind kind, RuleQuery query, PageRequest page) {
    List<Rule> all = CATALOGS.get(kind).list(client);
    return PageResult.all(all.stream().filter(query::matches).toList());
  }

  @Override
  public Rule get(RuleKind kind, int id) {
    return CATALOGS.get(kind).get(client, id);
  }

  @Override
  public Optional<Rule> findByName(RuleKind kind, String name) {
    return CATALOGS.get(kind).findByName(client, name);
  }

  /**
   * {@inheritDoc}
   *
   * <p>The flag belongs to the rule, so this affects every policy that uses it. The whole rule as
   * read is saved, so that no other field is reset.
   */
  @Override
  public Rule setDetectOnly(int ruleId, boolean detectOnly) {
    String op = "DPIRuleRetrieve";
    DPIRuleTransport t = client.call(op, false, (p, s) -> p.dpiRuleRetrieve(ruleId, s));
    if (t == null || t.getID() == null) {
      throw SoapReads.notFound("intrusion prevention rule", ruleId, op);
    }
    t.setDetectOnly(detectOnly);
    DPIRuleTransport saved = client.call("DPIRuleSave", false, (p, s) -> p.dpiRuleSave(t, s));
    Rule rule = Mappers.ipsRule(saved);
    if (rule == null) {
      throw new ServerException(
          "the manager returned no rule after saving", "DPIRuleSave", Backend.SOAP, 0, null, null);
    }
    return rule;
  }
}
