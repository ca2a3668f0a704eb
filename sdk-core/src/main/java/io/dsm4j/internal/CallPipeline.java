package io.dsm4j.internal;

import io.dsm4j.Backend;
import io.dsm4j.Capability;
import io.dsm4j.ManagerVersion;
import io.dsm4j.PagedIterable;
import io.dsm4j.exception.ConnectionException;
import io.dsm4j.exception.DsmException;
import io.dsm4j.exception.ServerException;
import io.dsm4j.exception.UnsupportedCapabilityException;
import io.dsm4j.model.RuleKind;
import io.dsm4j.spi.BackendConnection;
import io.dsm4j.spi.CallContext;
import io.dsm4j.spi.ManagerSettings;
import io.dsm4j.spi.PageRequest;
import io.dsm4j.spi.PageResult;
import io.dsm4j.spi.Secrets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one path every SDK call takes: routing to the backend that declares the capability, one
 * deadline per call ({@link CallContext}), retries by the retry policy, paging, error labelling and
 * redaction. The public groups only validate arguments and say which capability, group and
 * operation a call needs.
 */
final class CallPipeline {
  private static final Logger LOG = LoggerFactory.getLogger(CallPipeline.class);

  final ManagerSettings settings;
  final List<BackendConnection> connections;
  final Secrets secrets;
  final AtomicBoolean closed = new AtomicBoolean();

  CallPipeline(ManagerSettings settings, List<BackendConnection> connections, Secrets secrets) {
    this.settings = settings;
    this.connections = List.copyOf(connections);
    this.secrets = secrets;
  }

  void ensureOpen() {
    if (closed.get()) {
      throw new IllegalStateException("this Manager is closed");
    }
  }

  /**
   * The first backend that declares the capability (for the kind) and whose manager is not known to
   * be older than the capability needs, or the reason none is.
   */
  BackendConnection route(String op, Capability cap, RuleKind kind) {
    ensureOpen();
    String tooOld = null;
    for (BackendConnection c : connections) {
      if (kind == null ? c.capabilities().supports(cap) : c.capabilities().supports(cap, kind)) {
        String needed = c.capabilities().minimumVersion(cap).orElse(null);
        String known = needed == null ? null : c.knownManagerVersion().orElse(null);
        if (known != null
            && ManagerVersion.isVersion(known)
            && ManagerVersion.compare(known, needed) < 0) {
          tooOld =
              cap
                  + " needs Deep Security Manager "
                  + needed
                  + " or later through the "
                  + c.backend()
                  + " backend; the manager reports "
                  + known;
          continue;
        }
        return c;
      }
    }
    Backend only = connections.size() == 1 ? connections.get(0).backend() : null;
    if (tooOld != null) {
      throw new UnsupportedCapabilityException(tooOld, op, only);
    }
    String what = cap + (kind != null && cap.perKind() ? " for " + kind : "");
    String hint =
        only == Backend.REST
            ? "; the SOAP backend may support it (give a username and password)"
            : only == Backend.SOAP ? "; the REST backend may support it (give an API key)" : "";
    throw new UnsupportedCapabilityException(
        what + " is not supported by the " + backendNames() + " backend" + hint, op, only);
  }

  String backendNames() {
    return connections.stream()
        .map(c -> c.backend().name())
        .reduce((a, b) -> a + "+" + b)
        .orElse("");
  }

  /**
   * The resource group a routed call needs. A backend that declares a capability must serve its
   * group; one that does not is a bug in that backend, reported as such.
   */
  static <G> G group(
      BackendConnection c, Function<BackendConnection, Optional<G>> group, String name, String op) {
    return group
        .apply(c)
        .orElseThrow(
            () ->
                new ServerException(
                    "the "
                        + c.backend()
                        + " backend declares a capability of its "
                        + name
                        + " group but does not serve that group (a bug in the backend)",
                    op,
                    c.backend(),
                    0,
                    null,
                    null));
  }

  /** A call to one backend group: routed, bounded, retried, redacted. */
  <G, T> T call(
      String op,
      Capability cap,
      RuleKind kind,
      boolean read,
      Function<BackendConnection, Optional<G>> groupOf,
      String groupName,
      Function<G, T> fn) {
    BackendConnection c = route(op, cap, kind);
    G g = group(c, groupOf, groupName, op);
    return invoke(op, c, read, false, () -> fn.apply(g));
  }

  /**
   * Like {@link #call} for calls a backend may answer with a whole catalog (a by-name search over a
   * downloaded catalog, security updates): the bulk deadline and size limit apply.
   */
  <G, T> T bulkCall(
      String op,
      Capability cap,
      RuleKind kind,
      boolean read,
      Function<BackendConnection, Optional<G>> groupOf,
      String groupName,
      Function<G, T> fn) {
    BackendConnection c = route(op, cap, kind);
    G g = group(c, groupOf, groupName, op);
    return invoke(op, c, read, true, () -> fn.apply(g));
  }

  /** A lazy keyset listing: one bulk call per page, items without an ID dropped. */
  <G, T> PagedIterable<T> paged(
      String op,
      Capability cap,
      RuleKind kind,
      Function<BackendConnection, Optional<G>> groupOf,
      String groupName,
      Function<G, Function<PageRequest, PageResult<T>>> fetch,
      ToLongFunction<T> idOf) {
    BackendConnection c = route(op, cap, kind);
    Function<PageRequest, PageResult<T>> f = fetch.apply(group(c, groupOf, groupName, op));
    return Pager.keyset(
        op,
        settings.pageSize(),
        req -> withIds(op, invoke(op, c, true, true, () -> f.apply(req)), idOf),
        idOf);
  }

  /** Leaves out items the manager sent without an ID (the same on every backend). */
  static <T> PageResult<T> withIds(String op, PageResult<T> page, ToLongFunction<T> idOf) {
    List<T> kept = page.items().stream().filter(t -> idOf.applyAsLong(t) > 0).toList();
    if (kept.size() == page.items().size()) {
      return page;
    }
    LOG.debug("{}: left out {} items without an ID", op, page.items().size() - kept.size());
    return new PageResult<>(kept, page.complete());
  }

  /**
   * One SDK call: one deadline for all attempts and their backoff, retries by the retry policy,
   * every error labelled with the operation and redacted before it leaves.
   */
  <T> T invoke(String op, BackendConnection c, boolean read, boolean bulk, Supplier<T> fn) {
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
}
