package io.dsm4j.soap.internal;

import io.dsm4j.model.SecurityUpdate;
import io.dsm4j.model.SecurityUpdateResult;
import io.dsm4j.soap.internal.generated.ApplierInformationTransport;
import io.dsm4j.soap.internal.generated.Manager;
import io.dsm4j.spi.SecurityUpdateOperations;
import java.util.List;

/** Security updates (rule updates). Downloading and applying use the bulk timeout. */
final class SoapSecurityUpdates implements SecurityUpdateOperations {
  private final SoapClient client;

  SoapSecurityUpdates(SoapClient client) {
    this.client = client;
  }

  @Override
  public List<SecurityUpdate> list() {
    return SoapReads.mapAll(
        client.call("securityUpdateRetrieveAll", true, Manager::securityUpdateRetrieveAll),
        Mappers::securityUpdate,
        SecurityUpdate::id,
        "security updates");
  }

  @Override
  public boolean checkForNew() {
    // Downloads from Trend's update server: may take long, hence the bulk timeout.
    return client.call("updateComponents", true, Manager::updateComponents);
  }

  @Override
  public SecurityUpdateResult apply(int id, boolean detectOnly) {
    String op = "securityUpdateApply";
    // Applying rewrites the rule catalogs: may take long, hence the bulk timeout.
    ApplierInformationTransport t =
        client.call(op, true, (p, s) -> p.securityUpdateApply(id, detectOnly, s));
    return Mappers.updateResult(id, SoapReads.found(t, "security update", id, op));
  }

  @Override
  public SecurityUpdateResult result(int id) {
    String op = "securityUpdateGetApplierInformation";
    ApplierInformationTransport t =
        client.call(op, false, (p, s) -> p.securityUpdateGetApplierInformation(id, s));
    return Mappers.updateResult(id, SoapReads.found(t, "security update", id, op));
  }
}
