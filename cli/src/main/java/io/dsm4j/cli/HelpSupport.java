package io.dsm4j.cli;

import java.util.ArrayList;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.ScopeType;

/**
 * Help that answers on every command: {@code -h}/{@code --help} everywhere; a subcommand's help
 * shows its own options and arguments and one line pointing to {@code dsm4j --help} for the global
 * ones (which stay accepted after the subcommand, only hidden from its help); an option or argument
 * a command left undescribed gets the shared wording for its kind, so that every command — also
 * those written elsewhere — describes everything.
 */
final class HelpSupport {
  static final String KIND_VALUES = "ips, firewall, integrity, log-inspection or application-type";

  /** The shared wording, by parameter label or option name. */
  static final Map<String, String> DEFAULTS =
      Map.ofEntries(
          Map.entry(
              "POLICY",
              "A policy: its ID, or its exact name (name:TEXT for a name that is all digits)."),
          Map.entry(
              "COMPUTER",
              "A computer: its ID, or its exact host name (name:TEXT for a name that is all"
                  + " digits)."),
          Map.entry(
              "RULE_ID",
              "A rule: its ID, or its exact name (name:TEXT for a name that is all digits)."),
          Map.entry("UPDATE_ID", "A security update's ID (as updates list shows it)."),
          Map.entry("--kind", "The rule kind: " + KIND_VALUES + "."),
          Map.entry("--journal", "The rollout's journal FILE."),
          Map.entry("--yes", "Do it (without: a dry run)."));

  private static final String GLOBALS =
      "Global options (--url, --profile, --output, --debug, …): see dsm4j --help";

  private HelpSupport() {}

  static void configure(CommandLine root) {
    for (CommandLine sub : root.getSubcommands().values()) {
      configureSubcommand(sub);
    }
  }

  private static void configureSubcommand(CommandLine cmd) {
    CommandSpec spec = cmd.getCommandSpec();
    for (OptionSpec o : new ArrayList<>(spec.options())) {
      if (o.inherited() && !o.hidden()) {
        spec.remove(o);
        // LOCAL: the copy is not handed down again (the subcommands have their own).
        spec.addOption(o.toBuilder().hidden(true).scopeType(ScopeType.LOCAL).build());
      } else if (!o.inherited() && !o.usageHelp() && blank(o.description())) {
        String d = DEFAULTS.get(o.longestName());
        if (d == null) {
          d = DEFAULTS.get(o.paramLabel());
        }
        if (d != null) {
          spec.remove(o);
          spec.addOption(o.toBuilder().description(d).build());
        }
      }
    }
    for (PositionalParamSpec p : new ArrayList<>(spec.positionalParameters())) {
      if (blank(p.description()) && DEFAULTS.containsKey(p.paramLabel())) {
        spec.remove(p);
        spec.addPositional(p.toBuilder().description(DEFAULTS.get(p.paramLabel())).build());
      }
    }
    if (spec.optionsMap().get("--help") == null) {
      spec.addOption(
          OptionSpec.builder("-h", "--help")
              .usageHelp(true)
              .description("Show this help and exit.")
              .build());
    }
    String[] footer = spec.usageMessage().footer();
    String[] withGlobals = new String[footer.length + 2];
    System.arraycopy(footer, 0, withGlobals, 0, footer.length);
    withGlobals[footer.length] = "";
    withGlobals[footer.length + 1] = GLOBALS;
    spec.usageMessage().footer(withGlobals);
    for (CommandLine sub : cmd.getSubcommands().values()) {
      configureSubcommand(sub);
    }
  }

  private static boolean blank(String[] description) {
    if (description == null) {
      return true;
    }
    for (String d : description) {
      if (d != null && !d.isBlank()) {
        return false;
      }
    }
    return true;
  }
}
