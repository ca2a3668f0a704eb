package io.dsm4j.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dsm4j.Backend;
import io.dsm4j.Capabilities;
import io.dsm4j.Capability;
import io.dsm4j.Manager;
import io.dsm4j.ManagerVersion;
import io.dsm4j.exception.UnsupportedCapabilityException;
import io.dsm4j.model.Policy;
import io.dsm4j.spi.BackendProvider;
import io.dsm4j.spi.PolicyOperations;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A capability a manager is known to be too old for is refused before any request. */
class MinimumVersionTest {
  private final AtomicInteger calls = new AtomicInteger();

  private Manager manager(String knownVersion) {
    Capabilities caps =
        Capabilities.builder()
            .add(new Capability[] {Capability.POLICIES})
            .since(Capability.POLICIES, "12.5")
            .build();
    PolicyOperations policies =
        FakeBackend.proxy(
            PolicyOperations.class,
            (p, m, a) -> {
              calls.incrementAndGet();
              return new Policy((Integer) a[0], "p", "", null, Map.of());
            });
    BackendProvider provider =
        FakeBackend.provider(
            Backend.REST,
            config ->
                FakeBackend.connection(
                    Backend.REST, caps, knownVersion, Map.of("policies", policies)));
    return DefaultManager.create(
        Manager.builder().url("https://dsm.example:4119").apiKey("2:key-value").toSettings(),
        Map.of(Backend.REST, provider));
  }

  @Test
  void aManagerKnownToBeOlder_isRefusedWithoutARequest() {
    try (Manager m = manager("11.3.184")) {
      assertThatThrownBy(() -> m.policies().get(1))
          .isInstanceOf(UnsupportedCapabilityException.class)
          .hasMessageContaining("needs Deep Security Manager 12.5 or later")
          .hasMessageContaining("11.3.184");
    }
    assertThat(calls.get()).isZero();
  }

  @Test
  void aNewerOrUnknownVersion_goesAhead() {
    for (String v : new String[] {"12.5", "20.0.877", "50.0.827", null}) {
      try (Manager m = manager(v)) {
        assertThat(m.policies().get(1).id()).as(String.valueOf(v)).isEqualTo(1);
      }
    }
    assertThat(calls.get()).isEqualTo(4);
  }

  @Test
  void versionsCompareNumberByNumber() {
    assertThat(ManagerVersion.compare("12.5", "12.5.0")).isZero();
    assertThat(ManagerVersion.compare("11.3.184", "12.5")).isNegative();
    assertThat(ManagerVersion.compare("20.0.877", "12.5")).isPositive();
    assertThat(ManagerVersion.compare("12.10", "12.9")).isPositive();
    assertThat(ManagerVersion.compare("20.0.877-beta", "20.0.877")).isZero();
    assertThat(ManagerVersion.isVersion("Deep Security")).isFalse();
    assertThatThrownBy(() -> Capabilities.builder().since(Capability.POLICIES, "v12"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
