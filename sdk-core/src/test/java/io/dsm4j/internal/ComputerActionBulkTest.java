package io.dsm4j.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.dsm4j.Backend;
import io.dsm4j.Capabilities;
import io.dsm4j.Capability;
import io.dsm4j.Manager;
import io.dsm4j.model.BulkResult;
import io.dsm4j.model.ComputerAction;
import io.dsm4j.spi.BackendProvider;
import io.dsm4j.spi.CallContext;
import io.dsm4j.spi.ComputerOperations;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * An action on many computers is one SDK call that may make a request per computer (REST: a
 * scheduled task each): it runs under the bulk deadline and size limit, not a single request's.
 */
class ComputerActionBulkTest {
  private final AtomicReference<Boolean> bulk = new AtomicReference<>();
  private final AtomicLong remainingMillis = new AtomicLong();

  private Manager manager() {
    Capabilities caps =
        Capabilities.builder()
            .add(new Capability[] {Capability.COMPUTERS, Capability.ACTION_SEND_POLICY})
            .build();
    ComputerOperations computers =
        FakeBackend.proxy(
            ComputerOperations.class,
            (p, m, a) -> {
              if (!m.getName().equals("run")) {
                throw new UnsupportedOperationException(m.getName());
              }
              CallContext c = CallContext.current().orElse(null);
              bulk.set(c == null ? null : c.bulk());
              remainingMillis.set(c == null ? -1 : c.remainingMillis());
              @SuppressWarnings("unchecked")
              List<Integer> ids = (List<Integer>) a[1];
              return new BulkResult(ids, Map.of());
            });
    BackendProvider provider =
        FakeBackend.provider(
            Backend.REST,
            config ->
                FakeBackend.connection(Backend.REST, caps, null, Map.of("computers", computers)));
    return DefaultManager.create(
        Manager.builder()
            .url("https://dsm.example:4119")
            .apiKey("2:key-value")
            .callTimeout(Duration.ofSeconds(30))
            .bulkCallTimeout(Duration.ofMinutes(20))
            .toSettings(),
        Map.of(Backend.REST, provider));
  }

  @Test
  void runOnComputers_hasTheBulkDeadline() {
    try (Manager m = manager()) {
      BulkResult r = m.computers().run(ComputerAction.SEND_POLICY, List.of(1, 2, 3));
      assertThat(r.succeeded()).containsExactly(1, 2, 3);
    }
    assertThat(bulk.get()).isTrue();
    // Far above the 30 s of a single call: the 20 minutes of a bulk one.
    assertThat(remainingMillis.get()).isGreaterThan(Duration.ofMinutes(10).toMillis());
  }
}
