package io.dsm4j.auto;

import io.dsm4j.Backend;
import io.dsm4j.tck.ManagerContractTest;

/**
 * The public API's contract in automatic mode: both backends against one simulator (one state),
 * each operation going to the backend that declares it.
 */
class AutoContractTest extends ManagerContractTest {
  @Override
  public Backend backend() {
    return Backend.AUTO;
  }
}
