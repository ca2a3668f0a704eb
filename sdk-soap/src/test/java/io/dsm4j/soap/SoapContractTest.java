package io.dsm4j.soap;

import io.dsm4j.Backend;
import io.dsm4j.tck.ManagerContractTest;

/** The public API's contract, through the SOAP backend, on the simulator. */
class SoapContractTest extends ManagerContractTest {
  @Override
  public Backend backend() {
    return Backend.SOAP;
  }
}
