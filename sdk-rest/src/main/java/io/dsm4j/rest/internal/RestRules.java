package io.dsm4j.rest.internal;

import io.dsm4j.model.Rule;
import io.dsm4j.model.RuleDraft;
import io.dsm4j.model.RuleKind;
import io.dsm4j.model.RuleQuery;
import io.dsm4j.model.RuleUpdate;
import io.dsm4j.rest.internal.dto.Dtos.DetectOnlyDto;
import io.dsm4j.rest.internal.dto.Dtos.RuleDto;
import io.dsm4j.rest.internal.dto.Dtos.RuleList;
import io.dsm4j.rest.internal.dto.Dtos.SearchCriteria;
import io.dsm4j.spi.PageRequest;
import io.dsm4j.spi.PageResult;
import io.dsm4j.spi.RuleOperations;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The five rule catalogs ({@code /api/intrusionpreventionrules}, {@code /api/firewallrules}, …):
 * one {@link RestReads} per kind, made from the kind's {@link RuleCatalog} row. Rule queries are
 * search criteria on the manager; the core drops what a wildcard let through.
 */
final class RestRules implements RuleOperations {
  private final RestClient client;
  private final RestRuleWrites writes;
  private final Map<RuleKind, RestReads<RuleList, RuleDto, Rule>> catalogs =
      new EnumMap<>(RuleKind.class);

  RestRules(RestClient client) {
    this.client = client;
    this.writes = new RestRuleWrites(client);
    DsmApi api = client.api();
    for (RuleKind kind : RuleKind.values()) {
      RuleCatalog c = RuleCatalog.of(kind);
      catalogs.put(
          kind,
          new RestReads<>(
              client,
              new RestReads.Resource<>(
                  f -> api.searchRules(c.path(), f),
                  c::itemsOf,
                  id -> api.getRule(c.path(), id),
                  RuleDto::id,
                  RuleDto::name,
                  "name",
                  d -> Mapper.rule(kind, d))));
    }
  }

  @Override
  public PageResult<Rule> list(RuleKind kind, RuleQuery query, PageRequest page) {
    return catalogs.get(kind).list(page, criteria(query));
  }

  /** The server-side criteria of a query; the core drops wildcard false positives afterwards. */
  static List<SearchCriteria> criteria(RuleQuery q) {
    List<SearchCriteria> c = new ArrayList<>();
    if (q.identifier() != null) {
      c.add(SearchCriteria.stringEquals("identifier", q.identifier(), false));
    }
    if (q.cve() != null) {
      c.add(SearchCriteria.stringEquals("CVE", "%" + q.cve() + "%", true));
    }
    if (q.severity() != null) {
      c.add(SearchCriteria.choiceEquals("severity", q.severity().name().toLowerCase(Locale.ROOT)));
    }
    if (q.updatedSince() != null) {
      c.add(SearchCriteria.dateFrom("lastUpdated", q.updatedSince().toEpochMilli()));
    }
    if (q.nameContains() != null) {
      c.add(SearchCriteria.stringEquals("name", "%" + q.nameContains() + "%", true));
    }
    return c;
  }

  @Override
  public Rule get(RuleKind kind, int id) {
    return catalogs.get(kind).get(id);
  }

  @Override
  public Optional<Rule> findByName(RuleKind kind, String name) {
    return catalogs.get(kind).findByName(name);
  }

  @Override
  public Rule setDetectOnly(int ruleId, boolean detectOnly) {
    return Mapper.rule(
        RuleKind.INTRUSION_PREVENTION,
        client.require(client.api().modifyIpsRule(ruleId, new DetectOnlyDto(detectOnly))));
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
}
