package io.dsm4j.spi;

import io.dsm4j.model.Rule;
import io.dsm4j.model.RuleDraft;
import io.dsm4j.model.RuleKind;
import io.dsm4j.model.RuleQuery;
import io.dsm4j.model.RuleUpdate;
import java.util.Optional;

/**
 * The rule catalogs, one per {@link RuleKind}. The reads follow the rules of {@link
 * ReadOperations}, per kind; a backend implements the kinds as a table (kind → operation, call,
 * mapper), not a switch per method.
 *
 * <p>SPI: for backend implementors.
 */
public interface RuleOperations {

  /**
   * Capability {@code RULES} for the kind, and the {@code RULE_QUERY_…} capability of each
   * criterion the query uses. A backend filters on the manager where it can; the core drops what a
   * broader server-side match let through, so a backend may return a superset of the matches but
   * never miss one.
   *
   * @param kind the catalog
   * @param query the criteria (possibly none)
   * @param page the cursor and page size
   * @return one page
   */
  PageResult<Rule> list(RuleKind kind, RuleQuery query, PageRequest page);

  /**
   * Capability {@code RULES} for the kind.
   *
   * @param kind the catalog
   * @param id the rule
   * @return the rule
   * @throws io.dsm4j.exception.NotFoundException when there is none
   */
  Rule get(RuleKind kind, int id);

  /**
   * Capability {@code RULES} for the kind: an exact, case-sensitive name match.
   *
   * @param kind the catalog
   * @param name the name
   * @return the rule, if any
   */
  Optional<Rule> findByName(RuleKind kind, String name);

  /**
   * Capability {@code IPS_DETECT_ONLY_GLOBAL}: sets an intrusion prevention rule's own detect-only
   * flag, which every policy using the rule sees (unless a policy overrides it).
   *
   * @param ruleId the intrusion prevention rule
   * @param detectOnly the flag
   * @return the rule afterwards
   */
  Rule setDetectOnly(int ruleId, boolean detectOnly);

  /**
   * Capability {@code RULE_WRITE} for the draft's kind: creates a custom rule.
   *
   * @param draft the rule
   * @return the rule as stored
   */
  Rule create(RuleDraft draft);

  /**
   * Capability {@code RULE_WRITE} for the kind. REST sends only the changed fields; a backend whose
   * save takes the whole object reads it first and keeps every field it does not change.
   *
   * @param kind the catalog
   * @param id the rule
   * @param update the changes, never empty
   * @return the rule afterwards
   */
  Rule update(RuleKind kind, int id, RuleUpdate update);

  /**
   * Capability {@code RULE_WRITE} for the kind.
   *
   * @param kind the catalog
   * @param id the rule
   */
  void delete(RuleKind kind, int id);
}
