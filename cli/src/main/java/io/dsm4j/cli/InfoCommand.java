package io.dsm4j.cli;

import io.dsm4j.CredentialCheck;
import io.dsm4j.Manager;
import io.dsm4j.ManagerInfo;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import picocli.CommandLine.Command;

/** {@code dsm4j info}: signs in with every configured credential and says how each went. */
@Command(
    name = "info",
    description =
        "Sign in with every configured credential and report each backend (reachable,"
            + " authenticated, version, or the exact failure); the manager's version, time and"
            + " capabilities. Exit 1 when any credential fails.")
final class InfoCommand extends Base {
  @Override
  int run(Manager m, Output out) {
    List<CredentialCheck> checks = m.verify();
    ManagerInfo info = checks.get(0).ok() ? m.info() : null;
    CredentialCheck first = checks.stream().filter(CredentialCheck::ok).findFirst().orElse(null);
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("managerVersion", first == null ? null : first.managerVersion());
    v.put("managerTime", info == null ? null : info.managerTime());
    v.put("apiVersion", first == null ? null : first.apiVersion());
    List<Map<String, Object>> backends = new ArrayList<>();
    for (CredentialCheck c : checks) {
      Map<String, Object> b = new LinkedHashMap<>();
      b.put("backend", c.backend());
      b.put("reachable", c.reachable());
      b.put("authenticated", c.authenticated());
      b.put("managerVersion", c.managerVersion());
      b.put("apiVersion", c.apiVersion());
      b.put("error", c.failure() == null ? null : c.failure().getMessage());
      backends.add(b);
    }
    Map<String, Object> caps = new TreeMap<>();
    if (info != null) {
      info.capabilities().forEach((b, c) -> caps.put(Output.spelling(b), c.all()));
    }
    if (out.format() == Output.Format.JSON) {
      v.put("backends", backends);
      v.put("capabilities", caps);
    } else {
      for (CredentialCheck c : checks) {
        v.put("backend." + Output.spelling(c.backend()), summary(c));
      }
      caps.forEach((b, c) -> v.put("capabilities." + b, c));
    }
    out.properties(v);
    List<String> failed = new ArrayList<>();
    for (CredentialCheck c : checks) {
      if (!c.ok()) {
        failed.add(Output.spelling(c.backend()) + ": " + c.failure().getMessage());
      }
    }
    if (failed.isEmpty()) {
      return 0;
    }
    throw new Dsm4j.Failure(
        failed.size()
            + " of "
            + checks.size()
            + " credential(s) failed: "
            + String.join("; ", failed));
  }

  private static String summary(CredentialCheck c) {
    if (c.ok()) {
      return "authenticated"
          + (c.managerVersion().isEmpty() ? "" : ", manager " + c.managerVersion())
          + (c.apiVersion().isEmpty() ? "" : ", API " + c.apiVersion());
    }
    return (c.reachable() ? "refused: " : "unreachable: ") + c.failure().getMessage();
  }
}
