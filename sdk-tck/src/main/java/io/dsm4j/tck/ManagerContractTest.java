package io.dsm4j.tck;

import io.dsm4j.Backend;
import io.dsm4j.Manager;
import io.dsm4j.testkit.DsmSimulator;
import io.dsm4j.testkit.SimulatorState;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;

/**
 * Every public behaviour of dsm4j, stated once and run against the stateful simulator through a
 * real backend. A backend extends this and names itself; what it declares it must do, and what it
 * does not declare must fail with {@link io.dsm4j.exception.UnsupportedCapabilityException} before
 * any call. The behaviour is written per resource group, one interface each ({@link
 * PolicyContract}, {@link RuleContract}, …); a new group adds its interface here.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class ManagerContractTest
    implements ManagerLifecycleContract,
        PolicyContract,
        RuleAssignmentContract,
        RuleContract,
        ComputerContract,
        ComputerStatusContract,
        ComputerSearchContract,
        ComputerLifecycleContract,
        UpdateAndEventContract,
        ReferenceDataContract,
        SettingsContract,
        RuleOverrideContract,
        ExtraFieldsContract,
        RuleWriteContract,
        ItemListContract,
        ComputerGroupContract,
        ScheduleContract,
        AntiMalwareContract,
        TaskContract,
        TenantContract,
        AdministrationContract,
        CloudConnectorContract,
        EscapeHatchContract {

  private DsmSimulator sim;
  private SimulatorState state;
  private Manager manager;

  @BeforeAll
  void startSimulator() {
    sim = DsmSimulator.builder().eventCap(EVENT_CAP).scanDelay(Duration.ZERO).start();
    state = sim.state();
  }

  @AfterAll
  void stopSimulator() {
    if (sim != null) {
      sim.close();
    }
  }

  @BeforeEach
  void newManager() {
    manager = sim.managerBuilder(backend()).pageSize(50).build();
  }

  @AfterEach
  void closeManager() {
    manager.close();
  }

  @Override
  public Manager manager() {
    return manager;
  }

  @Override
  public DsmSimulator sim() {
    return sim;
  }

  @Override
  public SimulatorState state() {
    return state;
  }

  @Override
  public abstract Backend backend();
}
