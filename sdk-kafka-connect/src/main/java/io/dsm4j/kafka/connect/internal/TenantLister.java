package io.dsm4j.kafka.connect.internal;

import io.dsm4j.Manager;
import io.dsm4j.model.Tenant;
import java.util.ArrayList;
import java.util.List;

/** The active tenants of the primary account ({@code dsm.tenants=*}), listed through REST. */
public final class TenantLister {
  private TenantLister() {}

  /**
   * @param config the connector's configuration (with an API key)
   * @return the active tenants' names, in the manager's order
   */
  public static List<String> activeTenants(SourceConfig config) {
    try (Manager rest = Managers.rest(config)) {
      List<String> names = new ArrayList<>();
      for (Tenant t : rest.tenants().list()) {
        if (t.isActive()) {
          names.add(t.name());
        }
      }
      return names;
    }
  }
}
