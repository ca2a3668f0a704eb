package io.dsm4j.soap.internal;

import io.dsm4j.model.Alert;
import io.dsm4j.soap.internal.generated.AlertStatusTransport;
import io.dsm4j.spi.AlertOperations;
import java.util.ArrayList;
import java.util.List;

/** The manager's current alerts: {@code alertStatusRetrieve(count)}. */
final class SoapAlerts implements AlertOperations {
  private final SoapClient client;

  SoapAlerts(SoapClient client) {
    this.client = client;
  }

  @Override
  public List<Alert> list(int max) {
    List<AlertStatusTransport> found =
        client.call("alertStatusRetrieve", false, (p, s) -> p.alertStatusRetrieve(max, s));
    List<Alert> out = new ArrayList<>();
    if (found != null) {
      for (AlertStatusTransport a : found) {
        if (a != null) {
          out.add(
              new Alert(
                  a.getAlertType() == null ? "" : a.getAlertType().trim(),
                  a.getSeverityText() == null ? "" : a.getSeverityText().trim(),
                  a.getSeverity(),
                  Mappers.instant(a.getAlertDate())));
        }
      }
    }
    return out;
  }
}
