package io.dsm4j.cli;

import io.dsm4j.Manager;
import io.dsm4j.ManagerInfo;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import picocli.CommandLine.Command;

/** {@code dsm4j info}. */
@Command(
    name = "info",
    description = "Manager version and time, API version, backends, capabilities.")
final class InfoCommand extends Base {
  @Override
  int run(Manager m, Output out) {
    ManagerInfo info = m.info();
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("managerVersion", info.managerVersion());
    v.put("managerTime", info.managerTime() == null ? null : info.managerTime().toString());
    v.put("apiVersion", info.apiVersion());
    v.put("backends", info.backends().stream().map(Enum::name).sorted().toList());
    Map<String, Object> caps = new TreeMap<>();
    info.capabilities()
        .forEach((b, c) -> caps.put(b.name(), c.all().stream().map(Enum::name).sorted().toList()));
    if (out.format() == Output.Format.JSON) {
      v.put("capabilities", caps);
    } else {
      caps.forEach((b, c) -> v.put("capabilities." + b, c));
    }
    out.properties(v);
    return 0;
  }
}
