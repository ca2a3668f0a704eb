/**
 * Internal to the SOAP backend: not API, may change in any release.
 *
 * <p>{@code SoapConnection} is the root the core talks to; every group of operations is one class
 * over the one {@code SoapClient} (ports, session, fault translation): {@code SoapPolicies}, {@code
 * SoapRules}, {@code SoapComputers}, {@code SoapSecurityUpdates}, {@code SoapEvents}, and those
 * saved whole through {@code SoapEditable} ({@code SoapLists} for the six kinds of item list,
 * {@code SoapComputerGroups}, {@code SoapSchedules}, {@code SoapAntiMalware}). Per-kind operations
 * are tables (rule kind → {@code SoapCatalog}, event kind → operations and mapper, computer action
 * → operation); {@code SoapReads} holds the read rules they share; {@code Mappers} and {@code
 * EventMappers} turn transports into dsm4j types.
 */
package io.dsm4j.soap.internal;
