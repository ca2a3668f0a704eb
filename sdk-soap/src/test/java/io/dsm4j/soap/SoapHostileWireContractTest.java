package io.dsm4j.soap;

import io.dsm4j.tck.HostileWireContractTest;
import io.dsm4j.tck.SoapWire;
import io.dsm4j.tck.WireFixture;

/** The transport contract against hostile servers, through the SOAP backend. */
class SoapHostileWireContractTest extends HostileWireContractTest {
  @Override
  protected WireFixture fixture() {
    return new SoapWire();
  }
}
