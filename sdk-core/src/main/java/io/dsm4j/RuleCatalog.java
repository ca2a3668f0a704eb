package io.dsm4j;

import io.dsm4j.model.Rule;
import io.dsm4j.model.RuleQuery;

/**
 * One rule catalog (intrusion prevention, firewall, integrity monitoring, log inspection or
 * application types).
 *
 * <pre>{@code
 * manager.rules().integrityMonitoring()
 *     .list(RuleQuery.builder().severity(Severity.HIGH).build())
 *     .forEach(r -> System.out.println(r.identifier() + " " + r.name()));
 * }</pre>
 */
public interface RuleCatalog extends ResourceGroup<Rule> {
  /**
   * Lists the rules that match a query. REST runs the query on the manager; SOAP (which only has
   * {@code RetrieveAll}) filters the catalog it downloads. A criterion the backend cannot answer
   * for this kind fails with {@link io.dsm4j.exception.UnsupportedCapabilityException}, never with
   * an empty result.
   *
   * @param query the criteria
   * @return the matching rules, lazily
   */
  PagedIterable<Rule> list(RuleQuery query);
}
