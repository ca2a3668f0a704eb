package io.dsm4j.spi;

import io.dsm4j.Backend;
import io.dsm4j.Capabilities;
import io.dsm4j.exception.NotFoundException;
import io.dsm4j.model.BulkResult;
import io.dsm4j.model.Computer;
import io.dsm4j.model.ComputerAction;
import io.dsm4j.model.ComputerGroup;
import io.dsm4j.model.ComputerStatus;
import io.dsm4j.model.EventKind;
import io.dsm4j.model.IpList;
import io.dsm4j.model.Policy;
import io.dsm4j.model.PolicyDraft;
import io.dsm4j.model.PolicyUpdate;
import io.dsm4j.model.Recommendations;
import io.dsm4j.model.Rule;
import io.dsm4j.model.RuleKind;
import io.dsm4j.model.RuleQuery;
import io.dsm4j.model.SecurityUpdate;
import io.dsm4j.model.SecurityUpdateResult;
import io.dsm4j.model.StagingSettings;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * One backend's connection to a manager: a thin translator between dsm4j types and one wire
 * protocol. Arguments are already validated, retries, rate limiting and paging are done by the
 * core; a method is only called when {@link #capabilities()} declares it. Errors are raised as
 * {@link io.dsm4j.exception.DsmException} subclasses, with the wire operation as the operation.
 *
 * <p>SPI: for backend implementors; may gain methods in minor releases (with default bodies).
 */
public interface BackendConnection extends AutoCloseable {

  /**
   * @return which backend this is
   */
  Backend backend();

  /**
   * @return what it can do (no network call)
   */
  Capabilities capabilities();

  /**
   * @return the manager's version and time as this API reports them
   */
  ServerInfo serverInfo();

  /**
   * Proves that this connection's credentials are accepted now, for {@code Manager.verify()}: makes
   * at least one request that the manager answers only for valid credentials (an API-key
   * authenticated request; a sign-in, or a call with a session from an earlier sign-in), then
   * reports what the manager says about itself. A refused credential fails as any call does, with
   * {@link io.dsm4j.exception.AuthenticationException}; an unreachable manager with a {@link
   * io.dsm4j.exception.ConnectionException}. The default calls {@link #serverInfo()}, which is
   * enough only for a backend whose {@code serverInfo()} is itself authenticated.
   *
   * @return the manager's version and time as this API reports them
   */
  default ServerInfo verifyCredentials() {
    return serverInfo();
  }

  // Policies

  PageResult<Policy> listPolicies(PageRequest page);

  Policy getPolicy(int id);

  Optional<Policy> findPolicyByName(String name);

  Policy createPolicy(PolicyDraft draft);

  Policy updatePolicy(int id, PolicyUpdate update);

  void deletePolicy(int id);

  /**
   * @return the rule IDs assigned directly to the policy
   */
  List<Integer> directRuleIds(int policyId, RuleKind kind);

  /**
   * The rule IDs in effect on a policy. The default walks the parent chain and unions the direct
   * assignments (what SOAP requires); a backend whose API answers this directly overrides it.
   */
  default List<Integer> effectiveRuleIds(int policyId, RuleKind kind) {
    Set<Integer> seen = new HashSet<>();
    TreeSet<Integer> rules = new TreeSet<>();
    Integer current = policyId;
    while (current != null && seen.add(current)) {
      if (seen.size() > MAX_POLICY_DEPTH) {
        throw new io.dsm4j.exception.ServerException(
            "the parent chain of policy "
                + policyId
                + " is longer than "
                + MAX_POLICY_DEPTH
                + " policies; it looks broken",
            "effectiveRuleIds",
            backend(),
            0,
            null,
            null);
      }
      rules.addAll(directRuleIds(current, kind));
      current = getPolicy(current).parentId();
    }
    return List.copyOf(rules);
  }

  /** A policy tree deeper than this is treated as broken rather than walked forever. */
  int MAX_POLICY_DEPTH = 64;

  /**
   * @return the direct assignments afterwards
   */
  List<Integer> assignRules(int policyId, RuleKind kind, Set<Integer> ruleIds);

  /**
   * @return the direct assignments afterwards
   */
  List<Integer> unassignRules(int policyId, RuleKind kind, Set<Integer> ruleIds);

  /**
   * @return the direct assignments afterwards
   */
  List<Integer> replaceRules(int policyId, RuleKind kind, Set<Integer> ruleIds);

  Recommendations policyRecommendations(int policyId, RuleKind kind);

  // Rules

  /** Lists rules matching the query; the query's criteria are declared capabilities. */
  PageResult<Rule> listRules(RuleKind kind, RuleQuery query, PageRequest page);

  Rule getRule(RuleKind kind, int id);

  Optional<Rule> findRuleByName(RuleKind kind, String name);

  Rule setDetectOnly(int ruleId, boolean detectOnly);

  default void setDetectOnlyOnPolicy(int policyId, int ruleId, boolean detectOnly) {
    throw new UnsupportedOperationException("not declared");
  }

  // Computers

  PageResult<Computer> listComputers(PageRequest page);

  Computer getComputer(int id);

  Optional<Computer> findComputerByHostName(String hostName);

  void assignPolicy(int policyId, List<Integer> computerIds);

  ComputerStatus computerStatus(int computerId);

  BulkResult runAction(ComputerAction action, List<Integer> computerIds);

  Recommendations computerRecommendations(int computerId, RuleKind kind);

  // Security updates (default: not declared)

  default List<SecurityUpdate> listSecurityUpdates() {
    throw new UnsupportedOperationException("not declared");
  }

  default boolean checkForSecurityUpdates() {
    throw new UnsupportedOperationException("not declared");
  }

  default SecurityUpdateResult applySecurityUpdate(int id, boolean detectOnly) {
    throw new UnsupportedOperationException("not declared");
  }

  default SecurityUpdateResult securityUpdateResult(int id) {
    throw new UnsupportedOperationException("not declared");
  }

  /** The staging settings of the manager and of these policies. */
  default StagingSettings stagingSettings(List<Integer> policyIds) {
    throw new UnsupportedOperationException("not declared");
  }

  // Events (default: not declared)

  /**
   * One event query.
   *
   * @param kind the kind
   * @param from start, inclusive
   * @param to end, exclusive
   * @param computerId one computer, or null for all
   * @param afterId only events with a greater ID, or null
   * @return the answer
   */
  default EventBatch fetchEvents(
      EventKind kind, Instant from, Instant to, Integer computerId, Long afterId) {
    throw new UnsupportedOperationException("not declared");
  }

  // IP lists and computer groups

  PageResult<IpList> listIpLists(PageRequest page);

  IpList getIpList(int id);

  Optional<IpList> findIpListByName(String name);

  PageResult<ComputerGroup> listComputerGroups(PageRequest page);

  ComputerGroup getComputerGroup(int id);

  Optional<ComputerGroup> findComputerGroupByName(String name);

  /** Ends the session if there is one. Called once; must not throw. */
  @Override
  void close();

  /**
   * A helper for backends: the not-found error of a by-ID read.
   *
   * @param what e.g. "policy"
   * @param id the ID
   * @param operation the wire operation
   * @param backend the backend
   * @return the exception
   */
  static NotFoundException notFound(String what, int id, String operation, Backend backend) {
    return new NotFoundException(
        "the " + what + " with ID " + id + " does not exist", operation, backend, 0, null, null);
  }
}
