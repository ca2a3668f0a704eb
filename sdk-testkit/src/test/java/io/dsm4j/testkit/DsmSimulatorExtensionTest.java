package io.dsm4j.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.dsm4j.Backend;
import io.dsm4j.Manager;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(DsmSimulatorExtension.class)
@SimulatorOptions(seed = 99, backend = Backend.SOAP)
class DsmSimulatorExtensionTest {
  static DsmSimulator fromBeforeAll;

  @BeforeAll
  static void capture(DsmSimulator sim) {
    fromBeforeAll = sim;
  }

  @AfterAll
  static void stillRunningUntilTheClassEnds(DsmSimulator sim) {
    assertThat(Wire.rest(sim, "GET", "/api/apikeys/current", null).statusCode()).isEqualTo(200);
  }

  @Test
  void injectsOneSimulatorPerClass(DsmSimulator sim) {
    assertThat(sim).isSameAs(fromBeforeAll);
    assertThat(sim.url().toString()).startsWith("http://127.0.0.1:").doesNotEndWith("/");
    // seed 99 differs from the default seed's data
    try (DsmSimulator defaults = DsmSimulator.builder().start()) {
      assertThat(sim.state().rules(io.dsm4j.model.RuleKind.INTRUSION_PREVENTION))
          .isNotEqualTo(defaults.state().rules(io.dsm4j.model.RuleKind.INTRUSION_PREVENTION));
    }
  }

  @Test
  void managerBuilderCarriesTheCredentialsOfTheBackend(DsmSimulator sim) {
    Manager.Builder soap = sim.managerBuilder(Backend.SOAP);
    assertThat(soap.toString()).contains("backend=SOAP", "username=dsm4j", "apiKey=none");
    assertThat(sim.managerBuilder(Backend.REST).toString())
        .contains("apiKey=****", "username=null");
    assertThat(sim.managerBuilder(Backend.AUTO).toString())
        .contains("apiKey=****", "username=dsm4j");
  }
}
