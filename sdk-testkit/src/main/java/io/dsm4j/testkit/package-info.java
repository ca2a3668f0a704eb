/**
 * Embedded Deep Security Manager simulator for tests: {@link io.dsm4j.testkit.DsmSimulator} serves
 * the REST {@code /api} and the SOAP {@code /webservice/Manager} from one in-memory state; {@link
 * io.dsm4j.testkit.DsmSimulatorExtension} wires it into JUnit 5.
 */
package io.dsm4j.testkit;
