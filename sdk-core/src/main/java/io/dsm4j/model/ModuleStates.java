package io.dsm4j.model;

import java.util.Objects;

/** Which states each module accepts; shared by the policy inputs. */
final class ModuleStates {
  private ModuleStates() {}

  static void check(SecurityModule module, ModuleState state) {
    Objects.requireNonNull(module, "module");
    Objects.requireNonNull(state, "state");
    boolean ok =
        switch (state) {
          case ON, OFF, INHERITED -> true;
          case DETECT -> module == SecurityModule.INTRUSION_PREVENTION;
          case REAL_TIME -> module == SecurityModule.INTEGRITY_MONITORING;
          case UNKNOWN -> false;
        };
    if (!ok) {
      throw new IllegalArgumentException("module " + module + " cannot be set to state " + state);
    }
  }
}
