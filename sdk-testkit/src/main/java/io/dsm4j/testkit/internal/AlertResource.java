package io.dsm4j.testkit.internal;

import io.dsm4j.model.Alert;
import io.dsm4j.testkit.internal.SoapFault.Kind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The manager's current alerts (SOAP {@code alertStatusRetrieve}; {@code /api} has none), derived
 * from the fleet by {@link Fleet#alerts}: the first {@code count}.
 */
final class AlertResource implements Resource {
  @Override
  public void routes(RestRoutes rest) {
    // No /api route: alerts are SOAP only.
  }

  @Override
  public void operations(SoapOperations soap) {
    soap.op(
        "alertStatusRetrieve",
        (s, r) -> {
          int count = SoapArgs.req(r, "count");
          if (count < 0) {
            throw new SoapFault(Kind.VALIDATION, "count must not be negative.");
          }
          List<Map<String, Object>> out = new ArrayList<>();
          for (Alert a : Fleet.alerts(s)) {
            if (out.size() >= count) {
              break;
            }
            Map<String, Object> m = new HashMap<>();
            m.put("alertDate", a.raised());
            m.put("alertType", a.type());
            m.put("severity", a.severityLevel());
            m.put("severityText", a.severity());
            out.add(m);
          }
          return SoapOut.many("alertStatusRetrieve", "AlertStatusTransport", out);
        });
  }
}
