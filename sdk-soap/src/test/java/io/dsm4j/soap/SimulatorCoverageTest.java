package io.dsm4j.soap;

import static org.assertj.core.api.Assertions.assertThat;

import io.dsm4j.testkit.DsmSimulator;
import org.junit.jupiter.api.Test;

/**
 * The simulator serves every operation this backend can send, read from the two facts themselves:
 * the backend's WSDL subset and the simulator's resource table. Adding an operation to one and not
 * the other fails here.
 */
class SimulatorCoverageTest {
  @Test
  void theSimulatorServesEveryOperationOfTheBackendsWsdl() {
    assertThat(WsdlOperations.ofBackend()).hasSizeGreaterThan(50);
    assertThat(DsmSimulator.servedSoapOperations()).containsAll(WsdlOperations.ofBackend());
  }
}
