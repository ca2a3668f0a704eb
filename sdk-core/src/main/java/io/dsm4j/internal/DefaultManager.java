package io.dsm4j.internal;

import io.dsm4j.Backend;
import io.dsm4j.Capabilities;
import io.dsm4j.Capability;
import io.dsm4j.Computers;
import io.dsm4j.Events;
import io.dsm4j.IntrusionPreventionRules;
import io.dsm4j.Manager;
import io.dsm4j.ManagerInfo;
import io.dsm4j.PagedIterable;
import io.dsm4j.Policies;
import io.dsm4j.ResourceGroup;
import io.dsm4j.RuleAssignments;
import io.dsm4j.RuleCatalog;
import io.dsm4j.Rules;
import io.dsm4j.SecurityUpdates;
import io.dsm4j.exception.ConnectionException;
import io.dsm4j.exception.DsmException;
import io.dsm4j.exception.UnsupportedCapabilityException;
import io.dsm4j.model.BulkResult;
import io.dsm4j.model.Computer;
import io.dsm4j.model.ComputerAction;
import io.dsm4j.model.ComputerGroup;
import io.dsm4j.model.ComputerStatus;
import io.dsm4j.model.Event;
import io.dsm4j.model.EventQuery;
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
import io.dsm4j.spi.BackendConfig;
import io.dsm4j.spi.BackendConnection;
import io.dsm4j.spi.BackendProvider;
import io.dsm4j.spi.CallContext;
import io.dsm4j.spi.PageRequest;
import io.dsm4j.spi.PageResult;
import io.dsm4j.spi.RequestGate;
import io.dsm4j.spi.Secrets;
import io.dsm4j.spi.ServerInfo;
import io.dsm4j.spi.TlsMaterial;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one implementation of the public API over the backend SPI: argument checks, routing by
 * capability, retries, paging and error hygiene live here, once, for every backend.
 */
public final class DefaultManager implements Manager {
  private static final Logger LOG = LoggerFactory.getLogger(DefaultManager.class);

  private final Settings settings;
  private final List<BackendConnection> connections;
  private final Secrets secrets;
  private final AtomicBoolean closed = new AtomicBoolean();
  private volatile Thread shutdownHook;

  private final PoliciesImpl policies = new PoliciesImpl();
  private final RulesImpl rules = new RulesImpl();
  private final ComputersImpl computers = new ComputersImpl();
  private final SecurityUpdatesImpl securityUpdates = new SecurityUpdatesImpl();
  private final EventsImpl events = new EventsImpl();
  private final IpListsImpl ipLists = new IpListsImpl();
  private final GroupsImpl computerGroups = new GroupsImpl();

  private DefaultManager(Settings settings, List<BackendConnection> connections, Secrets secrets) {
    this.settings = settings;
    this.connections = List.copyOf(connections);
    this.secrets = secrets;
  }

  /**
   * Creates a manager from validated settings, finding the backends with {@link ServiceLoader}.
   *
   * @param settings the settings
   * @return the manager
   */
  public static Manager create(Settings settings) {
    Map<Backend, BackendProvider> providers = new EnumMap<>(Backend.class);
    for (BackendProvider p : ServiceLoader.load(BackendProvider.class, loader())) {
      providers.putIfAbsent(p.backend(), p);
    }
    return create(settings, providers);
  }

  private static ClassLoader loader() {
    ClassLoader cl = Thread.currentThread().getContextClassLoader();
    return cl != null ? cl : DefaultManager.class.getClassLoader();
  }

  /**
   * Creates a manager with explicit providers (tests).
   *
   * @param settings the settings
   * @param providers the providers by backend
   * @return the manager
   */
  public static Manager create(Settings settings, Map<Backend, BackendProvider> providers) {
    TlsMaterial tls = TlsSupport.create(settings.tls(), settings.url().toString());
    RequestGate gate =
        settings.requestsPerMinute() > 0 ? new RateLimiter(settings.requestsPerMinute()) : () -> {};
    Secrets secrets = new Secrets();
    secrets.add(settings.apiKey());
    secrets.add(settings.password());
    List<BackendConnection> conns = new ArrayList<>();
    if (settings.apiKey() != null) {
      conns.add(
          connect(
              provider(providers, Backend.REST, "dsm4j-rest"),
              config(settings, tls, gate, secrets)));
    }
    if (settings.username() != null) {
      conns.add(
          connect(
              provider(providers, Backend.SOAP, "dsm4j-soap"),
              config(settings, tls, gate, secrets)));
    }
    DefaultManager manager = new DefaultManager(settings, conns, secrets);
    if (settings.endSessionOnShutdown()) {
      manager.registerShutdownHook();
    }
    return manager;
  }

  /** How long the shutdown hook waits for the manager to end its sessions. */
  static final long SHUTDOWN_CLOSE_MILLIS = 2000;

  private void registerShutdownHook() {
    Thread hook = new Thread(this::closeBounded, "dsm4j-end-session");
    Runtime.getRuntime().addShutdownHook(hook);
    shutdownHook = hook;
  }

  /** Closes on another thread and waits at most {@link #SHUTDOWN_CLOSE_MILLIS}. */
  private void closeBounded() {
    Thread closer = new Thread(this::close, "dsm4j-close");
    closer.setDaemon(true);
    closer.start();
    try {
      closer.join(SHUTDOWN_CLOSE_MILLIS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /**
   * The provider's connection, made now or, when the provider knows its capabilities without one,
   * on the first call that needs it (after checking the configuration now).
   */
  private static BackendConnection connect(BackendProvider p, BackendConfig config) {
    Capabilities caps = p.capabilities();
    if (caps == null) {
      return p.connect(config);
    }
    p.check(config);
    return LazyConnection.of(p, config, caps);
  }

  private static BackendProvider provider(
      Map<Backend, BackendProvider> providers, Backend backend, String artifact) {
    BackendProvider p = providers.get(backend);
    if (p == null) {
      throw new IllegalStateException(
          "the "
              + backend
              + " backend is not on the class path: add the io.dsm4j:"
              + artifact
              + " dependency");
    }
    return p;
  }

  private static BackendConfig config(
      Settings s, TlsMaterial tls, RequestGate gate, Secrets secrets) {
    return new BackendConfig(
        s.url(),
        s.apiKey(),
        s.cloudOneKey(),
        s.username(),
        s.password(),
        s.tenant(),
        tls,
        s.proxy(),
        s.connectTimeout(),
        s.readTimeout(),
        s.bulkReadTimeout(),
        s.userAgent(),
        s.pageSize(),
        gate,
        s.callTimeout(),
        s.maxResponseBytes(),
        s.maxBulkResponseBytes(),
        secrets);
  }

  // ---------------------------------------------------------------- invocation

  private BackendConnection route(String op, Capability cap, RuleKind kind) {
    if (closed.get()) {
      throw new IllegalStateException("this Manager is closed");
    }
    for (BackendConnection c : connections) {
      if (kind == null ? c.capabilities().supports(cap) : c.capabilities().supports(cap, kind)) {
        return c;
      }
    }
    String what = cap + (kind != null && cap.perKind() ? " for " + kind : "");
    Backend only = connections.size() == 1 ? connections.get(0).backend() : null;
    String hint =
        only == Backend.REST
            ? "; the SOAP backend may support it (give a username and password)"
            : only == Backend.SOAP ? "; the REST backend may support it (give an API key)" : "";
    throw new UnsupportedCapabilityException(
        what + " is not supported by the " + backendNames() + " backend" + hint, op, only);
  }

  private String backendNames() {
    return connections.stream()
        .map(c -> c.backend().name())
        .reduce((a, b) -> a + "+" + b)
        .orElse("");
  }

  private <T> T call(
      String op, Capability cap, RuleKind kind, boolean read, Function<BackendConnection, T> fn) {
    BackendConnection c = route(op, cap, kind);
    return invoke(op, c, read, false, () -> fn.apply(c));
  }

  /**
   * Like {@link #call} for calls a backend may answer with a whole catalog (a by-name search over a
   * downloaded catalog, security updates): the bulk deadline and size limit apply.
   */
  private <T> T bulkCall(
      String op, Capability cap, RuleKind kind, boolean read, Function<BackendConnection, T> fn) {
    BackendConnection c = route(op, cap, kind);
    return invoke(op, c, read, true, () -> fn.apply(c));
  }

  /**
   * One SDK call: one deadline for all attempts and their backoff, retries by the retry policy,
   * every error labelled with the operation and redacted before it leaves.
   */
  private <T> T invoke(String op, BackendConnection c, boolean read, boolean bulk, Supplier<T> fn) {
    CallContext ctx =
        CallContext.open(op, bulk ? settings.bulkCallTimeout() : settings.callTimeout(), bulk);
    int max = settings.retry().maxAttempts();
    int attempt = 0;
    while (true) {
      attempt++;
      long start = System.nanoTime();
      try {
        T result = ctx.run(fn);
        if (LOG.isDebugEnabled()) {
          LOG.debug(
              "{} via {} took {} ms", op, c.backend(), (System.nanoTime() - start) / 1_000_000);
        }
        return result;
      } catch (DsmException e) {
        DsmException labelled = Errors.redact(Errors.withOperation(e, op), secrets);
        if (attempt >= max || !Errors.retryable(e, read) || ctx.expired()) {
          LOG.debug("{} via {} failed: {}", op, c.backend(), labelled.getMessage());
          throw labelled;
        }
        Duration wait = settings.retry().backoff(attempt, ThreadLocalRandom.current().nextDouble());
        if (wait.compareTo(ctx.remaining()) >= 0) {
          // Another attempt could not finish within the call's deadline: this failure is the
          // answer.
          LOG.debug(
              "{} via {} failed, no time left to retry: {}",
              op,
              c.backend(),
              labelled.getMessage());
          throw labelled;
        }
        LOG.debug(
            "{} attempt {} failed ({}); retrying in {} ms",
            op,
            attempt,
            e.getClass().getSimpleName(),
            wait.toMillis());
        notifyRetry(op, attempt, max, wait, labelled);
        sleep(wait.toMillis(), op);
      } catch (RuntimeException e) {
        if (secrets.containsSecret(e.getMessage())) {
          // Not one of ours (a bug or a library's unchecked error): still never leak a secret.
          throw Errors.redact(new DsmException(e.toString(), op, c.backend(), 0, null, e), secrets);
        }
        throw e;
      }
    }
  }

  private void notifyRetry(String op, int attempt, int max, Duration wait, DsmException why) {
    try {
      settings.retryListener().retrying(op, attempt, max, wait, why);
    } catch (RuntimeException listenerFailure) {
      // A listener must not change the call's outcome.
      LOG.debug("the retry listener failed: {}", listenerFailure.toString());
    }
  }

  private static void sleep(long millis, String op) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException ie) {
      Thread.currentThread().interrupt();
      throw new ConnectionException("interrupted while waiting to retry", op, null, 0, null, ie);
    }
  }

  private <T> PagedIterable<T> paged(
      String op,
      Capability cap,
      RuleKind kind,
      Function<BackendConnection, Function<PageRequest, PageResult<T>>> fetch,
      java.util.function.ToLongFunction<T> idOf) {
    BackendConnection c = route(op, cap, kind);
    Function<PageRequest, PageResult<T>> f = fetch.apply(c);
    return Pager.keyset(
        op, settings.pageSize(), req -> invoke(op, c, true, true, () -> f.apply(req)), idOf);
  }

  // ---------------------------------------------------------------- argument checks

  private static int id(int id, String what) {
    if (id <= 0) {
      throw new IllegalArgumentException(what + " must be a positive ID, got " + id);
    }
    return id;
  }

  private static String name(String name, String what) {
    Objects.requireNonNull(name, what);
    if (name.isBlank()) {
      throw new IllegalArgumentException(what + " must not be blank");
    }
    return name;
  }

  private static Set<Integer> ids(Collection<Integer> ids, String what, boolean allowEmpty) {
    Objects.requireNonNull(ids, what);
    if (!allowEmpty && ids.isEmpty()) {
      throw new IllegalArgumentException(what + " must not be empty");
    }
    Set<Integer> out = new LinkedHashSet<>();
    for (Integer i : ids) {
      if (i == null || i <= 0) {
        throw new IllegalArgumentException(what + " must be positive IDs, got " + i);
      }
      out.add(i);
    }
    return out;
  }

  private static List<Integer> sorted(List<Integer> ids) {
    return ids.stream().distinct().sorted().toList();
  }

  // ---------------------------------------------------------------- Manager

  @Override
  public ManagerInfo info() {
    if (closed.get()) {
      throw new IllegalStateException("this Manager is closed");
    }
    BackendConnection first = connections.get(0);
    ServerInfo si = invoke("info", first, true, false, first::serverInfo);
    Map<Backend, Capabilities> caps = new EnumMap<>(Backend.class);
    for (BackendConnection c : connections) {
      caps.put(c.backend(), c.capabilities());
    }
    return new ManagerInfo(
        settings.url(),
        settings.tenant(),
        si.managerVersion(),
        si.managerTime(),
        si.apiVersion(),
        backends(),
        caps);
  }

  @Override
  public List<io.dsm4j.CredentialCheck> verify() {
    if (closed.get()) {
      throw new IllegalStateException("this Manager is closed");
    }
    List<io.dsm4j.CredentialCheck> checks = new ArrayList<>();
    for (BackendConnection c : connections) {
      try {
        ServerInfo si = invoke("verify", c, true, false, c::verifyCredentials);
        checks.add(
            io.dsm4j.CredentialCheck.passed(c.backend(), si.managerVersion(), si.apiVersion()));
      } catch (DsmException e) {
        checks.add(io.dsm4j.CredentialCheck.failed(c.backend(), e));
      }
    }
    return List.copyOf(checks);
  }

  @Override
  public Capabilities capabilities() {
    Capabilities all = Capabilities.builder().build();
    for (BackendConnection c : connections) {
      all = all.union(c.capabilities());
    }
    return all;
  }

  @Override
  public Set<Backend> backends() {
    Set<Backend> set = EnumSet.noneOf(Backend.class);
    connections.forEach(c -> set.add(c.backend()));
    return set;
  }

  @Override
  public Optional<Backend> backendFor(Capability capability, RuleKind kind) {
    Objects.requireNonNull(capability, "capability");
    for (BackendConnection c : connections) {
      if (kind == null
          ? c.capabilities().supports(capability)
          : c.capabilities().supports(capability, kind)) {
        return Optional.of(c.backend());
      }
    }
    return Optional.empty();
  }

  @Override
  public Policies policies() {
    return policies;
  }

  @Override
  public Rules rules() {
    return rules;
  }

  @Override
  public Computers computers() {
    return computers;
  }

  @Override
  public SecurityUpdates securityUpdates() {
    return securityUpdates;
  }

  @Override
  public Events events() {
    return events;
  }

  @Override
  public ResourceGroup<IpList> ipLists() {
    return ipLists;
  }

  @Override
  public ResourceGroup<ComputerGroup> computerGroups() {
    return computerGroups;
  }

  @Override
  public void close() {
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    Thread hook = shutdownHook;
    if (hook != null && hook != Thread.currentThread()) {
      try {
        Runtime.getRuntime().removeShutdownHook(hook);
      } catch (IllegalStateException shuttingDown) {
        // The JVM is shutting down and the hook is running or about to: nothing to remove.
      }
    }
    for (BackendConnection c : connections) {
      try {
        c.close();
      } catch (RuntimeException e) {
        // close() must not throw; a failed logout only leaves a session to expire.
        LOG.debug("closing the {} backend failed: {}", c.backend(), secrets.redact(e.toString()));
      }
    }
  }

  @Override
  public String toString() {
    return "Manager[" + settings.url() + ", backends=" + backends() + "]";
  }

  // ---------------------------------------------------------------- groups

  private final class PoliciesImpl implements Policies {
    private final Map<RuleKind, RuleAssignments> assignments = new EnumMap<>(RuleKind.class);

    PoliciesImpl() {
      for (RuleKind k : RuleKind.values()) {
        assignments.put(k, new AssignmentsImpl(k));
      }
    }

    @Override
    public PagedIterable<Policy> list() {
      return paged("policies.list", Capability.POLICIES, null, c -> c::listPolicies, Policy::id);
    }

    @Override
    public Policy get(int id) {
      id(id, "policy ID");
      return call("policies.get", Capability.POLICIES, null, true, c -> c.getPolicy(id));
    }

    @Override
    public Optional<Policy> findByName(String name) {
      name(name, "policy name");
      return call(
          "policies.findByName", Capability.POLICIES, null, true, c -> c.findPolicyByName(name));
    }

    @Override
    public Policy create(PolicyDraft draft) {
      Objects.requireNonNull(draft, "draft");
      return call(
          "policies.create", Capability.POLICY_WRITE, null, false, c -> c.createPolicy(draft));
    }

    @Override
    public Policy update(int id, PolicyUpdate update) {
      id(id, "policy ID");
      Objects.requireNonNull(update, "update");
      if (update.isEmpty()) {
        throw new IllegalArgumentException("the update changes nothing");
      }
      return call(
          "policies.update", Capability.POLICY_WRITE, null, false, c -> c.updatePolicy(id, update));
    }

    @Override
    public void delete(int id) {
      id(id, "policy ID");
      call(
          "policies.delete",
          Capability.POLICY_WRITE,
          null,
          false,
          c -> {
            c.deletePolicy(id);
            return null;
          });
    }

    @Override
    public RuleAssignments assignments(RuleKind kind) {
      return assignments.get(Objects.requireNonNull(kind, "kind"));
    }
  }

  private final class AssignmentsImpl implements RuleAssignments {
    private final RuleKind kind;

    AssignmentsImpl(RuleKind kind) {
      this.kind = kind;
    }

    @Override
    public List<Integer> direct(int policyId) {
      id(policyId, "policy ID");
      return sorted(
          call(
              "policies.assignments.direct",
              Capability.RULE_ASSIGNMENT,
              kind,
              true,
              c -> c.directRuleIds(policyId, kind)));
    }

    @Override
    public List<Integer> effective(int policyId) {
      id(policyId, "policy ID");
      return sorted(
          call(
              "policies.assignments.effective",
              Capability.RULE_ASSIGNMENT,
              kind,
              true,
              c -> c.effectiveRuleIds(policyId, kind)));
    }

    @Override
    public List<Integer> assign(int policyId, Collection<Integer> ruleIds) {
      id(policyId, "policy ID");
      Set<Integer> set = ids(ruleIds, "rule IDs", false);
      return sorted(
          call(
              "policies.assignments.assign",
              Capability.RULE_ASSIGNMENT,
              kind,
              false,
              c -> c.assignRules(policyId, kind, set)));
    }

    @Override
    public List<Integer> unassign(int policyId, Collection<Integer> ruleIds) {
      id(policyId, "policy ID");
      Set<Integer> set = ids(ruleIds, "rule IDs", false);
      return sorted(
          call(
              "policies.assignments.unassign",
              Capability.RULE_ASSIGNMENT,
              kind,
              false,
              c -> c.unassignRules(policyId, kind, set)));
    }

    @Override
    public List<Integer> replace(int policyId, Collection<Integer> ruleIds) {
      id(policyId, "policy ID");
      Set<Integer> set = ids(ruleIds, "rule IDs", true);
      return sorted(
          call(
              "policies.assignments.replace",
              Capability.RULE_ASSIGNMENT,
              kind,
              false,
              c -> c.replaceRules(policyId, kind, set)));
    }

    @Override
    public Recommendations recommendations(int policyId) {
      id(policyId, "policy ID");
      return call(
          "policies.recommendations",
          Capability.POLICY_RECOMMENDATIONS,
          kind,
          true,
          c -> c.policyRecommendations(policyId, kind));
    }
  }

  private class CatalogImpl implements RuleCatalog {
    final RuleKind kind;

    CatalogImpl(RuleKind kind) {
      this.kind = kind;
    }

    @Override
    public PagedIterable<Rule> list() {
      return list(RuleQuery.all());
    }

    @Override
    public PagedIterable<Rule> list(RuleQuery query) {
      Objects.requireNonNull(query, "query");
      String op = "rules.list";
      BackendConnection c = route(op, Capability.RULES, kind);
      requireQuery(op, c, query);
      PagedIterable<Rule> raw =
          Pager.keyset(
              op,
              settings.pageSize(),
              req -> invoke(op, c, true, true, () -> c.listRules(kind, query, req)),
              Rule::id);
      if (query.isEmpty()) {
        return raw;
      }
      // Backends filter on the server where they can; this drops what a wildcard matched too
      // broadly, while the cursor still advances over the raw page.
      return PagedIterable.fromPages(
          () -> {
            var pages = raw.byPage().iterator();
            return new java.util.Iterator<io.dsm4j.Page<Rule>>() {
              @Override
              public boolean hasNext() {
                return pages.hasNext();
              }

              @Override
              public io.dsm4j.Page<Rule> next() {
                return new io.dsm4j.Page<>(
                    pages.next().items().stream().filter(query::matches).toList());
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
        for (BackendConnection other : connections) {
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
      id(id, "rule ID");
      return call("rules.get", Capability.RULES, kind, true, c -> c.getRule(kind, id));
    }

    @Override
    public Optional<Rule> findByName(String name) {
      name(name, "rule name");
      return bulkCall(
          "rules.findByName", Capability.RULES, kind, true, c -> c.findRuleByName(kind, name));
    }
  }

  private final class IpsCatalogImpl extends CatalogImpl implements IntrusionPreventionRules {
    IpsCatalogImpl() {
      super(RuleKind.INTRUSION_PREVENTION);
    }

    @Override
    public Rule setDetectOnly(int ruleId, boolean detectOnly) {
      id(ruleId, "rule ID");
      return call(
          "rules.setDetectOnly",
          Capability.IPS_DETECT_ONLY_GLOBAL,
          null,
          false,
          c -> c.setDetectOnly(ruleId, detectOnly));
    }

    @Override
    public void setDetectOnly(int policyId, int ruleId, boolean detectOnly) {
      id(policyId, "policy ID");
      id(ruleId, "rule ID");
      call(
          "rules.setDetectOnlyOnPolicy",
          Capability.IPS_DETECT_ONLY_PER_POLICY,
          null,
          false,
          c -> {
            c.setDetectOnlyOnPolicy(policyId, ruleId, detectOnly);
            return null;
          });
    }
  }

  private final class RulesImpl implements Rules {
    private final IpsCatalogImpl ips = new IpsCatalogImpl();
    private final Map<RuleKind, RuleCatalog> byKind = new EnumMap<>(RuleKind.class);

    RulesImpl() {
      byKind.put(RuleKind.INTRUSION_PREVENTION, ips);
      for (RuleKind k : RuleKind.values()) {
        byKind.putIfAbsent(k, new CatalogImpl(k));
      }
    }

    @Override
    public IntrusionPreventionRules intrusionPrevention() {
      return ips;
    }

    @Override
    public RuleCatalog firewall() {
      return byKind.get(RuleKind.FIREWALL);
    }

    @Override
    public RuleCatalog integrityMonitoring() {
      return byKind.get(RuleKind.INTEGRITY_MONITORING);
    }

    @Override
    public RuleCatalog logInspection() {
      return byKind.get(RuleKind.LOG_INSPECTION);
    }

    @Override
    public RuleCatalog applicationTypes() {
      return byKind.get(RuleKind.APPLICATION_TYPE);
    }

    @Override
    public RuleCatalog of(RuleKind kind) {
      return byKind.get(Objects.requireNonNull(kind, "kind"));
    }
  }

  private final class ComputersImpl implements Computers {
    @Override
    public PagedIterable<Computer> list() {
      return paged(
          "computers.list", Capability.COMPUTERS, null, c -> c::listComputers, Computer::id);
    }

    @Override
    public Computer get(int id) {
      id(id, "computer ID");
      return call("computers.get", Capability.COMPUTERS, null, true, c -> c.getComputer(id));
    }

    @Override
    public Optional<Computer> findByName(String name) {
      name(name, "host name");
      return bulkCall(
          "computers.findByName",
          Capability.COMPUTERS,
          null,
          true,
          c -> c.findComputerByHostName(name));
    }

    @Override
    public void assignPolicy(int policyId, Collection<Integer> computerIds) {
      id(policyId, "policy ID");
      List<Integer> list = List.copyOf(ids(computerIds, "computer IDs", false));
      call(
          "computers.assignPolicy",
          Capability.COMPUTER_ASSIGN_POLICY,
          null,
          false,
          c -> {
            c.assignPolicy(policyId, list);
            return null;
          });
    }

    @Override
    public ComputerStatus status(int computerId) {
      id(computerId, "computer ID");
      return call(
          "computers.status", Capability.COMPUTERS, null, true, c -> c.computerStatus(computerId));
    }

    @Override
    public BulkResult run(ComputerAction action, Collection<Integer> computerIds) {
      Objects.requireNonNull(action, "action");
      List<Integer> list = List.copyOf(ids(computerIds, "computer IDs", false));
      Capability cap = Capability.valueOf("ACTION_" + action.name());
      return call("computers.run." + action, cap, null, false, c -> c.runAction(action, list));
    }

    @Override
    public Recommendations recommendations(int computerId, RuleKind kind) {
      id(computerId, "computer ID");
      Objects.requireNonNull(kind, "kind");
      return call(
          "computers.recommendations",
          Capability.COMPUTER_RECOMMENDATIONS,
          kind,
          true,
          c -> c.computerRecommendations(computerId, kind));
    }
  }

  private final class SecurityUpdatesImpl implements SecurityUpdates {
    @Override
    public List<SecurityUpdate> list() {
      return bulkCall(
          "securityUpdates.list",
          Capability.SECURITY_UPDATES,
          null,
          true,
          BackendConnection::listSecurityUpdates);
    }

    @Override
    public boolean checkForNew() {
      return bulkCall(
          "securityUpdates.checkForNew",
          Capability.SECURITY_UPDATES,
          null,
          false,
          BackendConnection::checkForSecurityUpdates);
    }

    @Override
    public SecurityUpdateResult apply(int updateId, boolean detectOnly) {
      id(updateId, "security update ID");
      return bulkCall(
          "securityUpdates.apply",
          Capability.SECURITY_UPDATES,
          null,
          false,
          c -> c.applySecurityUpdate(updateId, detectOnly));
    }

    @Override
    public SecurityUpdateResult result(int updateId) {
      id(updateId, "security update ID");
      return call(
          "securityUpdates.result",
          Capability.SECURITY_UPDATES,
          null,
          true,
          c -> c.securityUpdateResult(updateId));
    }

    @Override
    public StagingSettings stagingSettings(Collection<Integer> policyIds) {
      List<Integer> ids = List.copyOf(ids(policyIds, "policy IDs", true));
      return call(
          "securityUpdates.stagingSettings",
          Capability.STAGING_SETTINGS,
          null,
          true,
          c -> c.stagingSettings(ids));
    }
  }

  private final class EventsImpl implements Events {
    @Override
    public Stream<Event> stream(EventQuery query) {
      Objects.requireNonNull(query, "query");
      String op = "events.stream";
      BackendConnection c = route(op, Capability.EVENTS, null);
      EventReader reader =
          new EventReader(
              op,
              query,
              (from, to, computer, after) ->
                  invoke(
                      op,
                      c,
                      true,
                      true,
                      () -> c.fetchEvents(query.kind(), from, to, computer, after)));
      return StreamSupport.stream(
          Spliterators.spliteratorUnknownSize(reader, Spliterator.ORDERED | Spliterator.NONNULL),
          false);
    }
  }

  private final class IpListsImpl implements ResourceGroup<IpList> {
    @Override
    public PagedIterable<IpList> list() {
      return paged("ipLists.list", Capability.IP_LISTS, null, c -> c::listIpLists, IpList::id);
    }

    @Override
    public IpList get(int id) {
      id(id, "IP list ID");
      return call("ipLists.get", Capability.IP_LISTS, null, true, c -> c.getIpList(id));
    }

    @Override
    public Optional<IpList> findByName(String name) {
      name(name, "IP list name");
      return bulkCall(
          "ipLists.findByName", Capability.IP_LISTS, null, true, c -> c.findIpListByName(name));
    }
  }

  private final class GroupsImpl implements ResourceGroup<ComputerGroup> {
    @Override
    public PagedIterable<ComputerGroup> list() {
      return paged(
          "computerGroups.list",
          Capability.COMPUTER_GROUPS,
          null,
          c -> c::listComputerGroups,
          ComputerGroup::id);
    }

    @Override
    public ComputerGroup get(int id) {
      id(id, "computer group ID");
      return call(
          "computerGroups.get",
          Capability.COMPUTER_GROUPS,
          null,
          true,
          c -> c.getComputerGroup(id));
    }

    @Override
    public Optional<ComputerGroup> findByName(String name) {
      name(name, "computer group name");
      return bulkCall(
          "computerGroups.findByName",
          Capability.COMPUTER_GROUPS,
          null,
          true,
          c -> c.findComputerGroupByName(name));
    }
  }
}
