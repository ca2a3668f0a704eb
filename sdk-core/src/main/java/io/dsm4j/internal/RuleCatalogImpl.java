package io.dsm4j.internal;

import io.dsm4j.Capability;
import io.dsm4j.Page;
import io.dsm4j.PagedIterable;
import io.dsm4j.RuleCatalog;
import io.dsm4j.exception.InvalidRequestException;
import io.dsm4j.exception.ResponseRejectedException;
import io.dsm4j.exception.UnsupportedCapabilityException;
import io.dsm4j.model.Rule;
import io.dsm4j.model.RuleDraft;
import io.dsm4j.model.RuleKind;
import io.dsm4j.model.RuleQuery;
import io.dsm4j.model.RuleUpdate;
import io.dsm4j.spi.BackendConnection;
import io.dsm4j.spi.RuleOperations;
import java.util.Iterator;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/** One rule catalog over {@link RuleOperations}. */
class RuleCatalogImpl implements RuleCatalog {
  final CallPipeline pipeline;
  final RuleKind kind;

  RuleCatalogImpl(CallPipeline pipeline, RuleKind kind) {
    this.pipeline = pipeline;
    this.kind = kind;
  }

  <T> T call(String op, Capability cap, RuleKind k, boolean read, Function<RuleOperations, T> fn) {
    return pipeline.call("rules." + op, cap, k, read, BackendConnection::rules, "rules", fn);
  }

  @Override
  public PagedIterable<Rule> list() {
    return list(RuleQuery.all());
  }

  @Override
  public PagedIterable<Rule> list(RuleQuery query) {
    Objects.requireNonNull(query, "query");
    String op = "rules.list";
    BackendConnection c = pipeline.route(op, Capability.RULES, kind);
    requireQuery(op, c, query);
    PagedIterable<Rule> raw =
        pipeline.paged(
            op,
            Capability.RULES,
            kind,
            BackendConnection::rules,
            "rules",
            g -> req -> g.list(kind, query, req),
            Rule::id);
    if (query.isEmpty()) {
      return raw;
    }
    // Backends filter on the server where they can; this drops what a wildcard matched too
    // broadly, while the cursor still advances over the raw page.
    return PagedIterable.fromPages(
        () -> {
          Iterator<Page<Rule>> pages = raw.byPage().iterator();
          return new Iterator<Page<Rule>>() {
            @Override
            public boolean hasNext() {
              return pages.hasNext();
            }

            @Override
            public Page<Rule> next() {
              return new Page<>(pages.next().items().stream().filter(query::matches).toList());
            }
          };
        });
  }

  private void requireQuery(String op, BackendConnection c, RuleQuery q) {
    check(op, c, q.identifier() != null, Capability.RULE_QUERY_IDENTIFIER);
    check(op, c, q.cve() != null, Capability.RULE_QUERY_CVE);
    check(op, c, q.severity() != null, Capability.RULE_QUERY_SEVERITY);
    check(op, c, q.updatedSince() != null, Capability.RULE_QUERY_UPDATED_SINCE);
    check(op, c, q.nameContains() != null, Capability.RULE_QUERY_NAME);
  }

  private void check(String op, BackendConnection c, boolean used, Capability cap) {
    if (used && !c.capabilities().supports(cap, kind)) {
      // Another backend may answer the whole query.
      for (BackendConnection other : pipeline.connections) {
        if (other != c && other.capabilities().supports(cap, kind)) {
          throw new UnsupportedCapabilityException(
              cap
                  + " for "
                  + kind
                  + " is supported by the "
                  + other.backend()
                  + " backend only; query it there or drop the criterion",
              op,
              c.backend());
        }
      }
      throw new UnsupportedCapabilityException(
          cap + " for " + kind + " is not supported by the " + c.backend() + " backend",
          op,
          c.backend());
    }
  }

  @Override
  public Rule get(int id) {
    Args.id(id, "rule ID");
    Rule rule = call("get", Capability.RULES, kind, true, g -> g.get(kind, id));
    if (rule.id() != id) {
      throw new ResponseRejectedException(
          "the manager answered with rule " + rule.id() + " when asked for " + id,
          "rules.get",
          null,
          0,
          null);
    }
    return rule;
  }

  @Override
  public Optional<Rule> findByName(String name) {
    Args.name(name, "rule name");
    return pipeline.bulkCall(
        "rules.findByName",
        Capability.RULES,
        kind,
        true,
        BackendConnection::rules,
        "rules",
        g -> g.findByName(kind, name));
  }

  @Override
  public Rule create(RuleDraft draft) {
    Objects.requireNonNull(draft, "draft");
    if (draft.kind() != kind) {
      throw new IllegalArgumentException(
          "a " + draft.kind() + " draft cannot be created in the " + kind + " catalog");
    }
    return call("create", Capability.RULE_WRITE, kind, false, g -> g.create(draft));
  }

  @Override
  public Rule update(int id, RuleUpdate update) {
    Args.id(id, "rule ID");
    Objects.requireNonNull(update, "update");
    if (update.isEmpty()) {
      throw new IllegalArgumentException("the update changes nothing");
    }
    if (update.ruleXml() != null || update.fields().containsKey("name")) {
      // The manager never renames a Trend Micro rule nor changes its XML: say so before sending.
      pipeline.route("rules.update", Capability.RULE_WRITE, kind);
      Rule rule = get(id);
      if (rule.trendIssued()) {
        throw trendRule(rule, "rules.update", "rename Trend Micro rules nor change their rule XML");
      }
    }
    return call("update", Capability.RULE_WRITE, kind, false, g -> g.update(kind, id, update));
  }

  private static InvalidRequestException trendRule(Rule rule, String op, String what) {
    return new InvalidRequestException(
        "rule "
            + rule.id()
            + " ("
            + rule.name()
            + ") was issued by Trend Micro (identifier "
            + rule.identifier()
            + "); the manager does not "
            + what,
        op,
        null,
        0,
        null,
        null);
  }

  @Override
  public void delete(int id) {
    Args.id(id, "rule ID");
    // Route first: an unsupported kind fails before the read below.
    pipeline.route("rules.delete", Capability.RULE_WRITE, kind);
    Rule rule = get(id);
    if (rule.trendIssued()) {
      throw trendRule(rule, "rules.delete", "delete Trend Micro rules: unassign it instead");
    }
    call(
        "delete",
        Capability.RULE_WRITE,
        kind,
        false,
        g -> {
          g.delete(kind, id);
          return null;
        });
  }
}
