package io.dsm4j.testkit.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The manager itself over SOAP: API version, manager time, system information. */
final class SystemResource implements Resource {
  @Override
  public void routes(RestRoutes rest) {
    // REST has no equivalent the SDK uses; the API version is the api-version header.
  }

  @Override
  public void operations(SoapOperations soap) {
    soap.open("getApiVersion", (s, r) -> SoapOut.single("getApiVersion", "int", 1));
    soap.open("getManagerTime", (s, r) -> SoapOut.single("getManagerTime", "dateTime", s.now()));
    soap.op(
        "systemInformationRetrieve",
        (s, r) -> {
          List<Map<String, Object>> info = new ArrayList<>();
          info.add(info("managerVersion", "Manager Version", "20.0.877"));
          info.add(info("apiVersion", "Web Service API Version", "1"));
          info.add(info("productName", "Product", "Deep Security Manager (dsm4j simulator)"));
          info.add(info("hostCount", "Computers", Integer.toString(s.computers.size())));
          return SoapOut.many("systemInformationRetrieve", "SystemInformationTransport", info);
        });
  }

  private static Map<String, Object> info(String key, String name, String value) {
    Map<String, Object> m = new HashMap<>();
    m.put("key", key);
    m.put("name", name);
    m.put("value", value);
    return m;
  }
}
