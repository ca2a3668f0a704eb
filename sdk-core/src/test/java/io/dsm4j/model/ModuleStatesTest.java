package io.dsm4j.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class ModuleStatesTest {

  @Test
  void restOnlyModules_takeOnOffAndInherited_only() {
    for (SecurityModule m :
        EnumSet.of(
            SecurityModule.WEB_REPUTATION,
            SecurityModule.APPLICATION_CONTROL,
            SecurityModule.ACTIVITY_MONITORING)) {
      assertThat(m.extended()).as(m.name()).isTrue();
      PolicyUpdate u =
          PolicyUpdate.builder()
              .moduleState(m, ModuleState.ON)
              .moduleState(m, ModuleState.INHERITED)
              .build();
      assertThat(u.moduleStates()).containsEntry(m, ModuleState.INHERITED);
      assertThat(PolicyDraft.builder("p").moduleState(m, ModuleState.OFF).build().moduleStates())
          .containsEntry(m, ModuleState.OFF);
      for (ModuleState bad : EnumSet.of(ModuleState.DETECT, ModuleState.REAL_TIME)) {
        assertThatThrownBy(() -> PolicyUpdate.builder().moduleState(m, bad))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining(m.name());
      }
    }
  }

  @Test
  void theFiveModulesOfBothApis_areNotExtended() {
    assertThat(EnumSet.allOf(SecurityModule.class).stream().filter(m -> !m.extended()))
        .containsExactly(
            SecurityModule.ANTI_MALWARE,
            SecurityModule.FIREWALL,
            SecurityModule.INTRUSION_PREVENTION,
            SecurityModule.INTEGRITY_MONITORING,
            SecurityModule.LOG_INSPECTION);
  }
}
