package io.dsm4j;

import io.dsm4j.model.Rule;
import io.dsm4j.model.RuleDraft;
import io.dsm4j.model.RuleQuery;
import io.dsm4j.model.RuleUpdate;

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

  /**
   * Creates a custom rule (capability {@link Capability#RULE_WRITE} for the kind).
   *
   * @param draft the rule; its kind must be this catalog's
   * @return the rule as the manager stored it
   * @throws IllegalArgumentException when the draft is of another kind
   * @throws io.dsm4j.exception.ConflictException when the name is taken
   */
  Rule create(RuleDraft draft);

  /**
   * Changes a rule's fields. REST sends only the changed fields; SOAP reads the complete rule,
   * changes those fields and saves it whole (nothing else is reset). The manager refuses most
   * changes to rules Trend Micro issued; renaming one or changing its rule XML is refused with
   * {@link io.dsm4j.exception.InvalidRequestException} before anything is sent.
   *
   * @param id the rule
   * @param update the fields to change (not empty)
   * @return the rule afterwards
   */
  Rule update(int id, RuleUpdate update);

  /**
   * Deletes a custom rule. A rule Trend Micro issued ({@link Rule#trendIssued()}) cannot be
   * deleted: refused with {@link io.dsm4j.exception.InvalidRequestException} before the delete is
   * sent.
   *
   * @param id the rule
   * @throws io.dsm4j.exception.NotFoundException when there is none
   */
  void delete(int id);
}
