package io.dsm4j.internal;

import io.dsm4j.Administrators;
import io.dsm4j.Alerts;
import io.dsm4j.AntiMalwareConfigurations;
import io.dsm4j.ApiKeys;
import io.dsm4j.Backend;
import io.dsm4j.Capabilities;
import io.dsm4j.Capability;
import io.dsm4j.CloudConnectors;
import io.dsm4j.ComputerGroups;
import io.dsm4j.Computers;
import io.dsm4j.CredentialCheck;
import io.dsm4j.EventBasedTasks;
import io.dsm4j.Events;
import io.dsm4j.ItemLists;
import io.dsm4j.Manager;
import io.dsm4j.ManagerInfo;
import io.dsm4j.Policies;
import io.dsm4j.Roles;
import io.dsm4j.Rules;
import io.dsm4j.ScheduledTasks;
import io.dsm4j.Schedules;
import io.dsm4j.SecurityUpdates;
import io.dsm4j.Settings;
import io.dsm4j.Tenants;
import io.dsm4j.exception.DsmException;
import io.dsm4j.model.ListKind;
import io.dsm4j.model.RuleKind;
import io.dsm4j.model.SettingScope;
import io.dsm4j.spi.BackendConfig;
import io.dsm4j.spi.BackendConnection;
import io.dsm4j.spi.BackendProvider;
import io.dsm4j.spi.ManagerSettings;
import io.dsm4j.spi.RequestGate;
import io.dsm4j.spi.Secrets;
import io.dsm4j.spi.ServerInfo;
import io.dsm4j.spi.TlsMaterial;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one implementation of {@link Manager}: it finds the backends, builds the call pipeline and
 * hands out the resource groups (each in its own file), and owns the lifecycle (close, the optional
 * shutdown hook).
 */
public final class DefaultManager implements Manager {
  private static final Logger LOG = LoggerFactory.getLogger(DefaultManager.class);

  /** How long the shutdown hook waits for the manager to end its sessions. */
  static final long SHUTDOWN_CLOSE_MILLIS = 2000;

  private final CallPipeline pipeline;
  private final Policies policies;
  private final Rules rules;
  private final Computers computers;
  private final SecurityUpdates securityUpdates;
  private final Events events;
  private final Map<ListKind, ItemLists> lists = new EnumMap<>(ListKind.class);
  private final ComputerGroups computerGroups;
  private final Settings systemSettings;
  private final Alerts alerts;
  private final Schedules schedules;
  private final ScheduledTasks scheduledTasks;
  private final EventBasedTasks eventBasedTasks;
  private final AntiMalwareConfigurations antiMalwareConfigurations;
  private final Tenants tenants;
  private final ApiKeys apiKeys;
  private final Administrators administrators;
  private final Roles roles;
  private final CloudConnectors cloudConnectors;
  private final DefaultManager parent;
  private final Set<DefaultManager> children = ConcurrentHashMap.newKeySet();
  private volatile Thread shutdownHook;

  private DefaultManager(CallPipeline pipeline) {
    this(pipeline, null);
  }

  private DefaultManager(CallPipeline pipeline, DefaultManager parent) {
    this.parent = parent;
    this.pipeline = pipeline;
    this.policies = new PoliciesImpl(pipeline);
    this.rules = new RulesImpl(pipeline);
    this.computers = new ComputersImpl(pipeline);
    this.securityUpdates = new SecurityUpdatesImpl(pipeline);
    this.events = new EventsImpl(pipeline);
    for (ListKind k : ListKind.values()) {
      lists.put(k, new ItemListsImpl(pipeline, k));
    }
    this.computerGroups = new ComputerGroupsImpl(pipeline);
    this.systemSettings = new SettingsImpl(pipeline, SettingScope.system());
    this.alerts = new AlertsImpl(pipeline);
    this.schedules = new SchedulesImpl(pipeline);
    this.scheduledTasks = new ScheduledTasksImpl(pipeline);
    this.eventBasedTasks = new EventBasedTasksImpl(pipeline);
    this.antiMalwareConfigurations = new AntiMalwareConfigurationsImpl(pipeline);
    this.tenants = new TenantsImpl(pipeline);
    this.apiKeys = new ApiKeysImpl(pipeline);
    this.administrators = new AdministratorsImpl(pipeline);
    this.roles = new RolesImpl(pipeline);
    this.cloudConnectors = new CloudConnectorsImpl(pipeline);
  }

  /** A tenant's manager over its own pipeline, closed with this one. */
  Manager child(CallPipeline tenantPipeline) {
    DefaultManager m = new DefaultManager(tenantPipeline, this);
    children.add(m);
    if (pipeline.closed.get()) {
      // Closed meanwhile: do not hand out a manager nobody will close.
      m.close();
      pipeline.ensureOpen();
    }
    return m;
  }

  /**
   * Creates a manager from validated settings, finding the backends with {@link ServiceLoader}.
   *
   * @param settings the settings
   * @return the manager
   */
  public static Manager create(ManagerSettings settings) {
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
  public static Manager create(ManagerSettings settings, Map<Backend, BackendProvider> providers) {
    TlsMaterial tls = TlsSupport.create(settings.tls(), settings.url().toString());
    RequestGate gate =
        settings.requestsPerMinute() > 0 ? new RateLimiter(settings.requestsPerMinute()) : () -> {};
    Secrets secrets = new Secrets();
    if (settings.apiKey() != null) {
      secrets.add(settings.apiKey().revealString());
    }
    if (settings.password() != null) {
      secrets.add(settings.password().revealString());
    }
    BackendConfig config = new BackendConfig(settings, tls, gate, secrets);
    List<BackendConnection> conns = new ArrayList<>();
    if (settings.apiKey() != null) {
      conns.add(connect(provider(providers, Backend.REST, "dsm4j-rest"), config));
    }
    if (settings.username() != null) {
      conns.add(connect(provider(providers, Backend.SOAP, "dsm4j-soap"), config));
    }
    DefaultManager manager = new DefaultManager(new CallPipeline(settings, conns, secrets));
    if (settings.endSessionOnShutdown()) {
      manager.registerShutdownHook();
    }
    return manager;
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

  @Override
  public ManagerInfo info() {
    pipeline.ensureOpen();
    BackendConnection first = pipeline.connections.get(0);
    ServerInfo si = pipeline.invoke("info", first, true, false, first::serverInfo);
    Map<Backend, Capabilities> caps = new EnumMap<>(Backend.class);
    for (BackendConnection c : pipeline.connections) {
      caps.put(c.backend(), c.capabilities());
    }
    return new ManagerInfo(
        pipeline.settings.url(),
        pipeline.settings.tenant(),
        si.managerVersion(),
        si.managerTime(),
        si.apiVersion(),
        backends(),
        caps);
  }

  @Override
  public List<CredentialCheck> verify() {
    pipeline.ensureOpen();
    List<CredentialCheck> checks = new ArrayList<>();
    for (BackendConnection c : pipeline.connections) {
      try {
        ServerInfo si = pipeline.invoke("verify", c, true, false, c::verifyCredentials);
        checks.add(CredentialCheck.passed(c.backend(), si.managerVersion(), si.apiVersion()));
      } catch (DsmException e) {
        checks.add(CredentialCheck.failed(c.backend(), e));
      }
    }
    return List.copyOf(checks);
  }

  @Override
  public Capabilities capabilities() {
    Capabilities all = Capabilities.builder().build();
    for (BackendConnection c : pipeline.connections) {
      all = all.union(c.capabilities());
    }
    return all;
  }

  @Override
  public Set<Backend> backends() {
    Set<Backend> set = EnumSet.noneOf(Backend.class);
    pipeline.connections.forEach(c -> set.add(c.backend()));
    return set;
  }

  @Override
  public Optional<Backend> backendFor(Capability capability, RuleKind kind) {
    Objects.requireNonNull(capability, "capability");
    for (BackendConnection c : pipeline.connections) {
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
  public ItemLists ipLists() {
    return lists.get(ListKind.IP);
  }

  @Override
  public ItemLists lists(ListKind kind) {
    return lists.get(Objects.requireNonNull(kind, "kind"));
  }

  @Override
  public ComputerGroups computerGroups() {
    return computerGroups;
  }

  @Override
  public Settings systemSettings() {
    return systemSettings;
  }

  @Override
  public Alerts alerts() {
    return alerts;
  }

  @Override
  public Schedules schedules() {
    return schedules;
  }

  @Override
  public ScheduledTasks scheduledTasks() {
    return scheduledTasks;
  }

  @Override
  public EventBasedTasks eventBasedTasks() {
    return eventBasedTasks;
  }

  @Override
  public AntiMalwareConfigurations antiMalwareConfigurations() {
    return antiMalwareConfigurations;
  }

  @Override
  public Tenants tenants() {
    return tenants;
  }

  @Override
  public ApiKeys apiKeys() {
    return apiKeys;
  }

  @Override
  public Administrators administrators() {
    return administrators;
  }

  @Override
  public Roles roles() {
    return roles;
  }

  @Override
  public CloudConnectors cloudConnectors() {
    return cloudConnectors;
  }

  @Override
  public Manager asTenant(String name) {
    Args.name(name, "tenant name");
    return TenantSignIn.open(this, pipeline, 0, name);
  }

  @Override
  public Manager asTenant(int tenantId) {
    Args.id(tenantId, "tenant ID");
    return TenantSignIn.open(this, pipeline, tenantId, null);
  }

  @Override
  public <T> T unwrap(Class<T> type) {
    return RawAccess.unwrap(pipeline, type);
  }

  @Override
  public void close() {
    if (!pipeline.closed.compareAndSet(false, true)) {
      return;
    }
    // Tenant managers first: they give up what they obtained through this one (keys, sessions).
    for (DefaultManager child : List.copyOf(children)) {
      child.close();
    }
    if (parent != null) {
      parent.children.remove(this);
    }
    Thread hook = shutdownHook;
    if (hook != null && hook != Thread.currentThread()) {
      try {
        Runtime.getRuntime().removeShutdownHook(hook);
      } catch (IllegalStateException shuttingDown) {
        // The JVM is shutting down and the hook is running or about to: nothing to remove.
      }
    }
    for (BackendConnection c : pipeline.connections) {
      try {
        c.close();
      } catch (RuntimeException e) {
        // close() must not throw; a failed logout only leaves a session to expire.
        LOG.debug(
            "closing the {} backend failed: {}",
            c.backend(),
            pipeline.secrets.redact(e.toString()));
      }
    }
  }

  @Override
  public String toString() {
    String tenant = parent == null ? "" : ", tenant=" + pipeline.settings.tenant();
    return "Manager[" + pipeline.settings.url() + tenant + ", backends=" + backends() + "]";
  }
}
