package io.dsm4j.cli;

import io.dsm4j.Manager;
import io.dsm4j.model.AgentPlatform;
import io.dsm4j.model.Computer;
import io.dsm4j.model.ComputerDraft;
import io.dsm4j.model.DeploymentScriptOptions;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dsm4j computers create|delete|move|deployment-script}. */
final class ComputerLifecycleCommands {
  private ComputerLifecycleCommands() {}

  /** The computers the user named, each resolved to its ID (checked as input first). */
  static List<Integer> ids(Manager m, List<String> computers) {
    computers.forEach(c -> Resolver.parse(c, "computer"));
    Set<Integer> ids = new LinkedHashSet<>();
    for (String c : computers) {
      ids.add(Base.computer(m, c).id());
    }
    return List.copyOf(ids);
  }

  @Command(
      name = "create",
      description =
          "Create a computer; its agent still has to be activated (it is unmanaged until then).")
  static final class Create extends Base {
    @Option(
        names = "--host-name",
        required = true,
        paramLabel = "HOST",
        description = "The computer's host name or IP address.")
    String hostName;

    @Option(names = "--display-name", paramLabel = "NAME", description = "A display name.")
    String displayName;

    @Option(names = "--description", paramLabel = "TEXT", description = "A description.")
    String description;

    @Option(
        names = "--group",
        paramLabel = "GROUP",
        description = "The computer group: its ID or exact name (the top level without).")
    String group;

    @Option(names = "--policy", paramLabel = "POLICY")
    String policy;

    @Override
    int run(Manager m, Output out) {
      ComputerDraft.Builder b = ComputerDraft.builder(hostName);
      if (displayName != null) {
        b.displayName(displayName);
      }
      if (description != null) {
        b.description(description);
      }
      ComputerDraft draft;
      try {
        draft = b.build();
      } catch (IllegalArgumentException e) {
        throw new Dsm4j.UsageException("--host-name: " + e.getMessage(), e);
      }
      if (group != null) {
        Resolver.parse(group, "computer group");
      }
      if (policy != null) {
        Resolver.parse(policy, "policy");
      }
      ComputerDraft.Builder resolved = ComputerDraft.builder(draft.hostName());
      if (draft.displayName() != null) {
        resolved.displayName(draft.displayName());
      }
      if (draft.description() != null) {
        resolved.description(draft.description());
      }
      if (group != null) {
        resolved.groupId(Fleet.group(m, group).id());
      }
      if (policy != null) {
        resolved.policyId(policy(m, policy).id());
      }
      Computer c = m.computers().create(resolved.build());
      if (out.format() == Output.Format.JSON) {
        out.json(ComputerRows.row(c));
      } else {
        out.properties(ComputerRows.row(c));
      }
      return 0;
    }
  }

  @Command(
      name = "delete",
      description =
          "Delete computers (REST: one request each; SOAP: one call for all, refused whole when"
              + " one fails). More than one needs --yes.")
  static final class Delete extends Base {
    @Parameters(arity = "1..*", paramLabel = "COMPUTER")
    List<String> computers;

    @Option(names = "--yes", description = "Confirm deleting more than one computer.")
    boolean yes;

    @Override
    int run(Manager m, Output out) {
      computers.forEach(c -> Resolver.parse(c, "computer"));
      if (new LinkedHashSet<>(computers).size() > 1 && !yes) {
        throw new Dsm4j.UsageException("deleting " + computers.size() + " computers needs --yes");
      }
      List<Integer> ids = ids(m, computers);
      return new BulkReport().add(m.computers().delete(ids), "deleted").print(this, out);
    }
  }

  @Command(name = "move", description = "Move computers into a computer group.")
  static final class Move extends Base {
    @Parameters(arity = "1..*", paramLabel = "COMPUTER")
    List<String> computers;

    @Option(
        names = "--group",
        required = true,
        paramLabel = "GROUP",
        description = "The computer group: its ID or exact name.")
    String group;

    @Override
    int run(Manager m, Output out) {
      computers.forEach(c -> Resolver.parse(c, "computer"));
      Resolver.parse(group, "computer group");
      int target = Fleet.group(m, group).id();
      List<Integer> ids = ids(m, computers);
      return new BulkReport().add(m.computers().moveToGroup(ids, target), "moved").print(this, out);
    }
  }

  @Command(
      name = "deployment-script",
      description =
          "Print an agent deployment script (REST): it installs the agent and, with --activate,"
              + " activates it into a policy and group.")
  static final class DeploymentScript extends Base {
    @Option(
        names = "--platform",
        required = true,
        paramLabel = "PLATFORM",
        description = "linux, windows, solaris, aix or macos.")
    String platform;

    @Option(names = "--activate", description = "Activate the agent after installing it.")
    boolean activate;

    @Option(names = "--policy", paramLabel = "POLICY", description = "With --activate: the policy.")
    String policy;

    @Option(
        names = "--group",
        paramLabel = "GROUP",
        description = "With --activate: the computer group (its ID or exact name).")
    String group;

    @Option(
        names = "--no-certificate-check",
        description =
            "Let the script download the agent without checking the manager's TLS certificate.")
    boolean noCertificateCheck;

    @Option(
        names = "--no-signature-check",
        description = "Let the script install the agent without checking its signature.")
    boolean noSignatureCheck;

    @Override
    int run(Manager m, Output out) {
      AgentPlatform p;
      try {
        p = AgentPlatform.valueOf(platform.trim().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new Dsm4j.UsageException(
            "--platform must be linux, windows, solaris, aix or macos, not '" + platform + "'");
      }
      if (!activate && (policy != null || group != null)) {
        throw new Dsm4j.UsageException("--policy and --group need --activate");
      }
      if (policy != null) {
        Resolver.parse(policy, "policy");
      }
      if (group != null) {
        Resolver.parse(group, "computer group");
      }
      DeploymentScriptOptions.Builder b =
          DeploymentScriptOptions.builder(p)
              .activate(activate)
              .validateCertificate(!noCertificateCheck)
              .validateSignature(!noSignatureCheck);
      if (policy != null) {
        b.policyId(policy(m, policy).id());
      }
      if (group != null) {
        b.groupId(Fleet.group(m, group).id());
      }
      String script = m.computers().deploymentScript(b.build());
      if (out.format() == Output.Format.JSON) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("platform", p);
        o.put("script", script);
        out.json(o);
      } else {
        out.text(script);
      }
      return 0;
    }
  }
}
