package io.dsm4j.internal;

import io.dsm4j.Capability;
import io.dsm4j.Page;
import io.dsm4j.PagedIterable;
import io.dsm4j.SecurityUpdates;
import io.dsm4j.model.SecurityUpdate;
import io.dsm4j.model.SecurityUpdateResult;
import io.dsm4j.spi.BackendConnection;
import io.dsm4j.spi.SecurityUpdateOperations;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/** {@link SecurityUpdates} over {@link SecurityUpdateOperations}. */
final class SecurityUpdatesImpl implements SecurityUpdates {
  private final CallPipeline pipeline;

  SecurityUpdatesImpl(CallPipeline pipeline) {
    this.pipeline = pipeline;
  }

  private <T> T bulkCall(String op, boolean read, Function<SecurityUpdateOperations, T> fn) {
    return pipeline.bulkCall(
        "securityUpdates." + op,
        Capability.SECURITY_UPDATES,
        null,
        read,
        BackendConnection::securityUpdates,
        "securityUpdates",
        fn);
  }

  @Override
  public PagedIterable<SecurityUpdate> list() {
    // Routed now, so an unsupported call fails at once; fetched when the iteration starts. The
    // manager answers with every update at once: one page.
    String op = "securityUpdates.list";
    BackendConnection c = pipeline.route(op, Capability.SECURITY_UPDATES, null);
    SecurityUpdateOperations g =
        CallPipeline.group(c, BackendConnection::securityUpdates, "securityUpdates", op);
    return PagedIterable.fromPages(
        () -> {
          List<SecurityUpdate> all =
              pipeline.invoke(op, c, true, true, g::list).stream()
                  .filter(u -> u.id() > 0)
                  .sorted(Comparator.comparingInt(SecurityUpdate::id))
                  .toList();
          return all.isEmpty() ? Collections.emptyIterator() : List.of(new Page<>(all)).iterator();
        });
  }

  @Override
  public boolean checkForNew() {
    return bulkCall("checkForNew", false, SecurityUpdateOperations::checkForNew);
  }

  @Override
  public SecurityUpdateResult apply(int updateId, boolean detectOnly) {
    Args.id(updateId, "security update ID");
    return bulkCall("apply", false, g -> g.apply(updateId, detectOnly));
  }

  @Override
  public SecurityUpdateResult result(int updateId) {
    Args.id(updateId, "security update ID");
    return pipeline.call(
        "securityUpdates.result",
        Capability.SECURITY_UPDATES,
        null,
        true,
        BackendConnection::securityUpdates,
        "securityUpdates",
        g -> g.result(updateId));
  }
}
