package io.dsm4j.rest;

import io.dsm4j.Backend;
import io.dsm4j.tck.ManagerContractTest;

/** The public API's contract, through the REST backend, on the simulator. */
class RestContractTest extends ManagerContractTest {
  @Override
  public Backend backend() {
    return Backend.REST;
  }
}
