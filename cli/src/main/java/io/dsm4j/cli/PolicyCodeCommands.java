package io.dsm4j.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.dsm4j.Manager;
import io.dsm4j.automation.PolicyAsCode;
import io.dsm4j.automation.PolicyChange;
import io.dsm4j.automation.PolicyDocument;
import io.dsm4j.automation.PolicyPlan;
import io.dsm4j.model.IdOrName;
import io.dsm4j.model.ModuleState;
import io.dsm4j.model.Policy;
import io.dsm4j.model.PolicyUpdate;
import io.dsm4j.model.SecurityModule;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dsm4j policies export|apply|update}: policy as code. */
final class PolicyCodeCommands {
  /** {@code policies apply --check}: the plan has changes (drift). */
  static final int EXIT_DRIFT = 4;

  private static final String[] PLAN_COLUMNS = {"action", "subject", "before", "after"};

  private PolicyCodeCommands() {}

  @Command(
      name = "export",
      description =
          "Write a policy's desired state as one JSON document: what is set on the policy itself"
              + " (description, parent, module states, own settings, direct rules: Trend Micro"
              + " rules by identifier, custom rules by name) and the custom rules it uses.")
  static final class Export extends Base {
    @Parameters(paramLabel = "POLICY", description = "The policy (ID or exact name).")
    String policy;

    @Option(
        names = "--out",
        paramLabel = "FILE",
        description = "Write the document to FILE (replaced); default: stdout.")
    Path outFile;

    @Override
    int run(Manager m, Output out) {
      IdOrName ref = Connector.usage("POLICY", () -> IdOrName.parse(policy, "policy"));
      String json = new PolicyAsCode(m).export(ref).toJson();
      if (outFile == null) {
        out.text(json);
        return 0;
      }
      try {
        Files.writeString(outFile, json, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new Dsm4j.UsageException("--out: cannot write " + outFile + ": " + e.getMessage());
      }
      progress("wrote " + outFile);
      return 0;
    }
  }

  @Command(
      name = "apply",
      description =
          "Show the plan that brings the manager to a policy document (`policies export` output)"
              + " and, with --yes, apply it; a second apply changes nothing. A Trend Micro rule the"
              + " manager lacks is a failure. Exit 4 with --check when the plan has changes.")
  static final class Apply extends Base {
    @Option(
        names = "--file",
        required = true,
        paramLabel = "FILE",
        description = "The policy document, as `policies export` writes it.")
    Path file;

    @Option(
        names = "--prune",
        description =
            "Also reset settings and unassign rules set on the policy that the document does not"
                + " list (custom rules are never deleted).")
    boolean prune;

    @Option(
        names = "--check",
        description =
            "Only show the plan: exit 0 when the manager matches the document, 4 when it does not"
                + " (drift detection in CI).")
    boolean check;

    @Option(names = "--yes", description = "Apply the plan (without it, only show it).")
    boolean yes;

    @Override
    int run(Manager m, Output out) {
      if (check && yes) {
        throw new Dsm4j.UsageException("--check and --yes exclude each other");
      }
      PolicyDocument doc = read(root(), file);
      PolicyAsCode pac = new PolicyAsCode(m);
      if (!yes) {
        PolicyPlan plan = pac.plan(doc, prune);
        print(out, plan);
        if (check) {
          return plan.hasChanges() ? EXIT_DRIFT : 0;
        }
        progress(
            plan.hasChanges()
                ? plan.changes().size() + " change(s) planned; pass --yes to apply them"
                : "policy '" + doc.name() + "' already matches the document");
        return 0;
      }
      PolicyPlan applied = pac.apply(doc, prune);
      print(out, applied);
      progress("applied " + applied.changes().size() + " change(s) to policy '" + doc.name() + "'");
      return 0;
    }

    private static void print(Output out, PolicyPlan plan) {
      List<Map<String, Object>> rows = new ArrayList<>();
      for (PolicyChange c : plan.changes()) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("action", c.action());
        row.put("subject", c.subject());
        row.put("before", c.before());
        row.put("after", c.after());
        rows.add(row);
      }
      out.rows(PLAN_COLUMNS, rows);
    }

    private static PolicyDocument read(Dsm4j root, Path file) {
      String text = JsonFiles.read(root, file);
      try {
        return PolicyDocument.fromJson(text);
      } catch (IllegalArgumentException e) {
        throw new Dsm4j.UsageException("--file: " + file + ": " + e.getMessage());
      }
    }
  }

  @Command(
      name = "update",
      description =
          "Change a policy's name, description or module states from a JSON file (as `policies"
              + " get --output json` prints them; only the fields it names are sent).")
  static final class Update extends Base {
    private static final Set<String> IGNORED = Set.of("id", "parentId", "extra");

    @Parameters(paramLabel = "POLICY", description = "The policy (ID or exact name).")
    String policy;

    @Option(
        names = "--file",
        required = true,
        paramLabel = "CHANGES.json",
        description =
            "name, description and moduleStates ({\"firewall\": \"on\", …}; modules:"
                + " anti-malware, firewall, ips, integrity, log-inspection, web-reputation,"
                + " application-control, activity-monitoring — the last three through REST"
                + " only); id, parentId and extra are ignored.")
    Path file;

    @Override
    int run(Manager m, Output out) {
      JsonInput in = JsonFiles.readObject(root(), file);
      JsonNode n = in.node();
      PolicyUpdate.Builder b = PolicyUpdate.builder();
      n.fields()
          .forEachRemaining(
              e -> {
                String k = e.getKey();
                JsonNode v = e.getValue();
                if (IGNORED.contains(k) || v.isNull()) {
                  return;
                }
                switch (k) {
                  case "name" ->
                      Connector.usage("--file " + file + ": 'name'", () -> b.name(text(in, v, k)));
                  case "description" -> b.description(text(in, v, k));
                  case "moduleStates" -> {
                    if (!v.isObject()) {
                      throw in.bad("'moduleStates' must be an object");
                    }
                    v.fields()
                        .forEachRemaining(
                            s ->
                                b.moduleState(
                                    parse(SecurityModule.class, s.getKey()),
                                    parse(ModuleState.class, text(in, s.getValue(), s.getKey()))));
                  }
                  default -> throw in.bad("a policy has no field '" + k + "' to change");
                }
              });
      PolicyUpdate update = b.build();
      if (update.isEmpty()) {
        throw in.bad("changes no field");
      }
      Policy p = policy(m, policy);
      out.record(m.policies().update(p.id(), update), PolicyCommands.COLUMNS);
      return 0;
    }

    private static String text(JsonInput in, JsonNode v, String what) {
      if (!v.isTextual()) {
        throw in.bad("'" + what + "' must be a string");
      }
      return v.textValue();
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String text) {
      String name =
          switch (text) {
            case "ips" -> "INTRUSION_PREVENTION";
            case "integrity" -> "INTEGRITY_MONITORING";
            default -> text.toUpperCase(Locale.ROOT).replace('-', '_');
          };
      try {
        return Enum.valueOf(type, name);
      } catch (IllegalArgumentException e) {
        throw new Dsm4j.UsageException(
            "--file: '" + text + "' is not a " + type.getSimpleName() + " value");
      }
    }
  }
}
