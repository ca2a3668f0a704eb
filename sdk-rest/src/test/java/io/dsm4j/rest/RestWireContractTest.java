package io.dsm4j.rest;

import io.dsm4j.tck.RestWire;
import io.dsm4j.tck.WireContractTest;
import io.dsm4j.tck.WireFixture;

/** The error contract, through the REST backend, on WireMock. */
class RestWireContractTest extends WireContractTest {
  @Override
  protected WireFixture fixture() {
    return new RestWire();
  }
}
