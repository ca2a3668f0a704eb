package io.dsm4j.testkit.internal;

import java.util.Collections;
import java.util.List;
import java.util.Set;

/**
 * The one list of the simulator's resources. The REST router and the SOAP dispatcher serve exactly
 * what these declare, and {@link #servedRestRoutes()} / {@link #servedSoapOperations()} derive the
 * served sets from it. Handlers are stateless (the store comes with each call), so the tables are
 * built once per JVM.
 */
public final class Registry {
  private Registry() {}

  /** Every resource, each declaring its REST routes and SOAP operations. Add new ones here. */
  static final List<Resource> RESOURCES =
      List.of(
          new SessionResource(),
          new SystemResource(),
          new SettingsResource(),
          new PolicyResource(),
          new PolicyAssignmentResource(),
          new RuleOverrideResource(),
          new RuleCatalogResource(),
          new ComputerResource(),
          new ComputerActionResource(),
          new ComputerLifecycleResource(),
          new ItemListResource(),
          new ComputerGroupResource(),
          new ScheduleResource(),
          new AntiMalwareResource(),
          new EventTaskResource(),
          new SecurityUpdateResource(),
          new EventResource(),
          new AlertResource(),
          new TenantResource(),
          new ApiKeyResource(),
          new AdministratorResource(),
          new RoleResource(),
          new CloudConnectorResource());

  private static final class Tables {
    static final RestRoutes ROUTES = buildRoutes();
    static final SoapOperations OPERATIONS = buildOperations();
  }

  private static RestRoutes buildRoutes() {
    RestRoutes r = new RestRoutes();
    RESOURCES.forEach(res -> res.routes(r));
    return r;
  }

  private static SoapOperations buildOperations() {
    SoapOperations s = new SoapOperations();
    RESOURCES.forEach(res -> res.operations(s));
    return s;
  }

  static RestRoutes routes() {
    return Tables.ROUTES;
  }

  static SoapOperations operations() {
    return Tables.OPERATIONS;
  }

  /** Every served REST method and path, e.g. {@code GET /api/policies/{id}}, sorted. */
  public static Set<String> servedRestRoutes() {
    return Collections.unmodifiableSet(routes().served());
  }

  /** Every served SOAP operation name, sorted. */
  public static Set<String> servedSoapOperations() {
    return Collections.unmodifiableSet(operations().names());
  }
}
