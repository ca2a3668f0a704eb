package io.dsm4j.internal;

import io.dsm4j.Backend;
import io.dsm4j.Capabilities;
import io.dsm4j.Capability;
import io.dsm4j.ComputerGroups;
import io.dsm4j.Computers;
import io.dsm4j.CredentialCheck;
import io.dsm4j.Events;
import io.dsm4j.IpLists;
import io.dsm4j.Manager;
import io.dsm4j.ManagerInfo;
import io.dsm4j.Policies;
import io.dsm4j.Rules;
import io.dsm4j.SecurityUpdates;
import io.dsm4j.Settings;
import io.dsm4j.exception.DsmException;
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
  private final IpLists ipLists;
  private final ComputerGroups computerGroups;
  private final Settings systemSettings;
  private volatile Thread shutdownHook;

  private DefaultManager(CallPipeline pipeline) {
    this.pipeline = pipeline;
    this.policies = new PoliciesImpl(pipeline);
    this.rules = new RulesImpl(pipeline);
    this.computers = new ComputersImpl(pipeline);
    this.securityUpdates = new SecurityUpdatesImpl(pipeline);
    this.events = new EventsImpl(pipeline);
    this.ipLists = new IpListsImpl(pipeline);
    this.computerGroups = new ComputerGroupsImpl(pipeline);
    this.systemSettings = new SettingsImpl(pipeline, SettingScope.system());
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
  public IpLists ipLists() {
    return ipLists;
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
  public void close() {
    if (!pipeline.closed.compareAndSet(false, true)) {
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
    return "Manager[" + pipeline.settings.url() + ", backends=" + backends() + "]";
  }
}
