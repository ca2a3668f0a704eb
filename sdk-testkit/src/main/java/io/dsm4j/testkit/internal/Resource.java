package io.dsm4j.testkit.internal;

/**
 * One resource of the simulated manager: declares its REST routes and SOAP operations and
 * implements both over the shared {@link Store}. Listed once in {@link Registry}.
 */
interface Resource {
  /** Adds this resource's {@code /api} routes. */
  void routes(RestRoutes rest);

  /** Adds this resource's {@code /webservice/Manager} operations. */
  void operations(SoapOperations soap);
}
