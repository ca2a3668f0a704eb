package io.dsm4j.cli;

import io.dsm4j.Manager;
import io.dsm4j.Settings;
import io.dsm4j.model.CommonSetting;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * Settings of the three scopes the command line offers: {@code dsm4j settings …} (the manager),
 * {@code dsm4j policies settings …} and {@code dsm4j computers settings …}. A NAME is the backend's
 * own name or a common setting's CLI spelling ({@code ips-auto-apply-recommendations}).
 */
@Command(
    name = "settings",
    description = "The manager's system settings: list, get, set, reset.",
    subcommands = {
      SettingCommands.SystemList.class,
      SettingCommands.SystemGet.class,
      SettingCommands.SystemSet.class,
      SettingCommands.SystemReset.class
    })
final class SettingCommands {
  static final String[] COLUMNS = {"name", "value", "inherited"};

  /** The help of a NAME argument (SettingCommandsTest checks it names every common setting). */
  static final String NAME_HELP =
      "The setting: a common one (ips-auto-apply-recommendations,"
          + " integrity-auto-apply-recommendations, log-inspection-auto-apply-recommendations,"
          + " heartbeat-interval, rule-updates-auto-apply, session-idle-timeout,"
          + " max-active-sessions) or the backend's own name (REST e.g."
          + " firewallSettingReconnaissanceEnabled, SOAP e.g. CONFIGURATION_DEFAULTHEARTBEATPERIOD).";

  private SettingCommands() {}

  /** A common setting by its CLI spelling, or null for a backend's own name. */
  static CommonSetting common(String name) {
    for (CommonSetting c : CommonSetting.values()) {
      if (Output.spelling(c).equals(name)) {
        return c;
      }
    }
    return null;
  }

  /** What each command does to a scope's settings. */
  enum Action {
    LIST,
    GET,
    SET,
    RESET
  }

  /** Runs one action; prints the settings (list), the setting (get, set) or a progress line. */
  static int run(Base cmd, Settings s, Action a, String name, String value, Output out) {
    CommonSetting c = name == null ? null : common(name);
    switch (a) {
      case LIST -> out.records(s.list(), COLUMNS);
      case GET -> out.record(c == null ? s.get(name) : s.get(c), COLUMNS);
      case SET -> out.record(c == null ? s.set(name, value) : s.set(c, value), COLUMNS);
      case RESET -> {
        if (c == null) {
          s.reset(name);
        } else {
          s.reset(c);
        }
        cmd.progress("reset " + name + " on " + s.scope());
      }
    }
    return 0;
  }

  // ------------------------------------------------------------------ system

  @Command(name = "list", description = "Every system setting and its value.")
  static final class SystemList extends Base {
    @Override
    int run(Manager m, Output out) {
      return SettingCommands.run(this, m.systemSettings(), Action.LIST, null, null, out);
    }
  }

  @Command(name = "get", description = "One system setting.")
  static final class SystemGet extends Base {
    @Parameters(index = "0", paramLabel = "NAME", description = NAME_HELP)
    String name;

    @Override
    int run(Manager m, Output out) {
      return SettingCommands.run(this, m.systemSettings(), Action.GET, name, null, out);
    }
  }

  @Command(name = "set", description = "Set a system setting.")
  static final class SystemSet extends Base {
    @Parameters(index = "0", paramLabel = "NAME", description = NAME_HELP)
    String name;

    @Parameters(
        index = "1",
        paramLabel = "VALUE",
        description = "The new value, as the manager writes it.")
    String value;

    @Override
    int run(Manager m, Output out) {
      return SettingCommands.run(this, m.systemSettings(), Action.SET, name, value, out);
    }
  }

  @Command(
      name = "reset",
      description = "Reset a system setting to its default (REST only: SOAP cannot).")
  static final class SystemReset extends Base {
    @Parameters(index = "0", paramLabel = "NAME", description = NAME_HELP)
    String name;

    @Override
    int run(Manager m, Output out) {
      return SettingCommands.run(this, m.systemSettings(), Action.RESET, name, null, out);
    }
  }

  // ------------------------------------------------------------------ policies and computers

  /** A scoped command: the object (policy or computer) first, then the name and the value. */
  abstract static class Scoped extends Base {
    @Parameters(
        index = "0..*",
        arity = "1..3",
        paramLabel = "ARG",
        description =
            "The policy or computer (ID or exact name), then NAME, then VALUE. " + NAME_HELP)
    List<String> args;

    abstract Action action();

    abstract Settings settings(Manager m, String target);

    @Override
    int run(Manager m, Output out) {
      int want =
          switch (action()) {
            case LIST -> 1;
            case GET, RESET -> 2;
            case SET -> 3;
          };
      if (args.size() != want) {
        throw new Dsm4j.UsageException(
            spec.qualifiedName()
                + " takes "
                + want
                + " argument"
                + (want == 1 ? "" : "s")
                + ", got "
                + args.size());
      }
      Settings s = settings(m, args.get(0));
      return SettingCommands.run(
          this, s, action(), want > 1 ? args.get(1) : null, want > 2 ? args.get(2) : null, out);
    }
  }

  @Command(
      name = "settings",
      description =
          "A policy's settings: list POLICY | get POLICY NAME | set POLICY NAME VALUE | reset POLICY NAME.",
      subcommands = {PolicyList.class, PolicyGet.class, PolicySet.class, PolicyReset.class})
  static final class PolicySettings {}

  abstract static class PolicyScoped extends Scoped {
    @Override
    Settings settings(Manager m, String target) {
      return m.policies().settings(Base.policy(m, target).id());
    }
  }

  @Command(
      name = "list",
      description = "Every setting of a policy (inherited ones marked): POLICY.")
  static final class PolicyList extends PolicyScoped {
    @Override
    Action action() {
      return Action.LIST;
    }
  }

  @Command(name = "get", description = "One setting of a policy: POLICY NAME.")
  static final class PolicyGet extends PolicyScoped {
    @Override
    Action action() {
      return Action.GET;
    }
  }

  @Command(name = "set", description = "Set a setting on a policy: POLICY NAME VALUE.")
  static final class PolicySet extends PolicyScoped {
    @Override
    Action action() {
      return Action.SET;
    }
  }

  @Command(
      name = "reset",
      description = "Remove a policy's own value so that it inherits again: POLICY NAME.")
  static final class PolicyReset extends PolicyScoped {
    @Override
    Action action() {
      return Action.RESET;
    }
  }

  @Command(
      name = "settings",
      description =
          "A computer's settings: list COMPUTER | get COMPUTER NAME | set COMPUTER NAME VALUE | reset COMPUTER NAME.",
      subcommands = {ComputerList.class, ComputerGet.class, ComputerSet.class, ComputerReset.class})
  static final class ComputerSettings {}

  abstract static class ComputerScoped extends Scoped {
    @Override
    Settings settings(Manager m, String target) {
      return m.computers().settings(Base.computer(m, target).id());
    }
  }

  @Command(
      name = "list",
      description = "Every setting of a computer (inherited ones marked): COMPUTER.")
  static final class ComputerList extends ComputerScoped {
    @Override
    Action action() {
      return Action.LIST;
    }
  }

  @Command(name = "get", description = "One setting of a computer: COMPUTER NAME.")
  static final class ComputerGet extends ComputerScoped {
    @Override
    Action action() {
      return Action.GET;
    }
  }

  @Command(name = "set", description = "Set a setting on a computer: COMPUTER NAME VALUE.")
  static final class ComputerSet extends ComputerScoped {
    @Override
    Action action() {
      return Action.SET;
    }
  }

  @Command(
      name = "reset",
      description =
          "Remove a computer's own value so that it inherits from its policy: COMPUTER NAME.")
  static final class ComputerReset extends ComputerScoped {
    @Override
    Action action() {
      return Action.RESET;
    }
  }
}
