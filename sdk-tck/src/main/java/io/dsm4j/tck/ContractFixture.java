package io.dsm4j.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dsm4j.Backend;
import io.dsm4j.Capability;
import io.dsm4j.Manager;
import io.dsm4j.exception.UnsupportedCapabilityException;
import io.dsm4j.model.RuleKind;
import io.dsm4j.testkit.DsmSimulator;
import io.dsm4j.testkit.SimulatorState;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/**
 * What every part of the contract suite works with: the manager under test, the simulator behind it
 * and its state, and the shared assertions. One interface per resource group states that group's
 * behaviour; {@link ManagerContractTest} runs them all for one backend.
 */
public interface ContractFixture {
  /** Events per answer: small, so that truncated windows are split and re-read. */
  int EVENT_CAP = 40;

  /**
   * @return the manager under test, new for every test
   */
  Manager manager();

  /**
   * @return the simulator the manager talks to (one per test class)
   */
  DsmSimulator sim();

  /**
   * @return the simulator's state, to observe what the manager really did
   */
  SimulatorState state();

  /**
   * @return the backend under test ({@link Backend#AUTO} uses both)
   */
  Backend backend();

  /**
   * @param c a per-kind capability
   * @param k a rule kind
   * @return whether the manager under test declares it
   */
  default boolean supports(Capability c, RuleKind k) {
    return manager().capabilities().supports(c, k);
  }

  /**
   * @param c a capability
   * @return whether the manager under test declares it
   */
  default boolean supports(Capability c) {
    return manager().capabilities().supports(c);
  }

  /**
   * A call the backend does not declare fails with {@link UnsupportedCapabilityException} before
   * any request is sent.
   *
   * @param call the call
   */
  default void assertUnsupported(ThrowingCallable call) {
    int before = state().requestCount();
    assertThatThrownBy(call)
        .isInstanceOf(UnsupportedCapabilityException.class)
        .hasMessageContaining("not supported");
    assertThat(state().requestCount()).as("no request is sent").isEqualTo(before);
  }

  /**
   * @param prefix a readable prefix
   * @return a name no other test uses
   */
  static String unique(String prefix) {
    return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
  }

  /**
   * @return a Trend-style identifier no seeded rule has
   */
  static String freshIdentifier() {
    return String.valueOf(Identifiers.NEXT.incrementAndGet());
  }

  /** Holds the identifier counter (an interface cannot hold mutable state itself). */
  final class Identifiers {
    static final AtomicInteger NEXT = new AtomicInteger(9_700_000);

    private Identifiers() {}
  }
}
