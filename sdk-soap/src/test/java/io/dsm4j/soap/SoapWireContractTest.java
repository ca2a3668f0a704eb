package io.dsm4j.soap;

import io.dsm4j.tck.SoapWire;
import io.dsm4j.tck.WireContractTest;
import io.dsm4j.tck.WireFixture;

/** The error contract, through the SOAP backend, on WireMock. */
class SoapWireContractTest extends WireContractTest {
  @Override
  protected WireFixture fixture() {
    return new SoapWire();
  }
}
