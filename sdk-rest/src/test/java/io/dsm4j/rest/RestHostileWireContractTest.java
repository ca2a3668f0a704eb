package io.dsm4j.rest;

import io.dsm4j.tck.HostileWireContractTest;
import io.dsm4j.tck.RestWire;
import io.dsm4j.tck.WireFixture;

/** The transport contract against hostile servers, through the REST backend. */
class RestHostileWireContractTest extends HostileWireContractTest {
  @Override
  protected WireFixture fixture() {
    return new RestWire();
  }
}
