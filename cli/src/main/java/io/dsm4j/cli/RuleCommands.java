package io.dsm4j.cli;

import io.dsm4j.Manager;
import io.dsm4j.model.RuleKind;
import io.dsm4j.model.RuleQuery;
import io.dsm4j.model.Severity;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dsm4j rules …}. */
@Command(
    name = "rules",
    description = "Rule catalogs: list, show, search; create, update and delete custom rules.",
    subcommands = {
      RuleCommands.ListRules.class,
      RuleCommands.Get.class,
      RuleCommands.Search.class,
      RuleWriteCommands.Create.class,
      RuleWriteCommands.Update.class,
      RuleWriteCommands.Delete.class
    })
final class RuleCommands {
  static final String[] COLUMNS = {"id", "identifier", "severity", "name", "cves"};
  private static final Set<RuleKind> WITH_SEVERITY =
      EnumSet.of(RuleKind.INTRUSION_PREVENTION, RuleKind.INTEGRITY_MONITORING);
  private static final Set<RuleKind> WITH_IDENTIFIER =
      EnumSet.of(
          RuleKind.INTRUSION_PREVENTION, RuleKind.INTEGRITY_MONITORING, RuleKind.LOG_INSPECTION);

  private RuleCommands() {}

  /** Options that only some kinds have are usage errors for the others. */
  static void fits(RuleKind kind, boolean used, Set<RuleKind> kinds, String option) {
    if (used && !kinds.contains(kind)) {
      throw new Dsm4j.UsageException(
          option + " does not apply to --kind " + Base.kindName(kind) + " rules");
    }
  }

  @Command(name = "list", description = "List the rules of a kind.")
  static final class ListRules extends Base {
    @Option(
        names = "--kind",
        required = true,
        paramLabel = "KIND",
        description = "The rule kind: " + HelpSupport.KIND_VALUES + ".")
    String kind;

    @Option(
        names = "--severity",
        paramLabel = "SEVERITY",
        description = "Only rules of this severity: low, medium, high or critical.")
    String severity;

    @Option(
        names = "--updated-since",
        paramLabel = "TIME",
        description = "Only rules updated since TIME: 7d (ago), 2026-01-31 or an ISO instant.")
    String updatedSince;

    @Option(names = "--limit", paramLabel = "N", description = "At most N rules.")
    Integer limit;

    @Override
    int run(Manager m, Output out) {
      RuleKind k = kind(kind);
      RuleQuery.Builder q = RuleQuery.builder();
      fits(k, severity != null, WITH_SEVERITY, "--severity");
      fits(k, updatedSince != null, WITH_IDENTIFIER, "--updated-since");
      if (severity != null) {
        q.severity(Connector.usage("--severity", () -> Severity.parse(severity)));
      }
      if (updatedSince != null) {
        q.updatedSince(Times.time(updatedSince, Instant.now()));
      }
      if (limit != null && limit < 1) {
        throw new Dsm4j.UsageException("--limit must be positive");
      }
      var stream = m.rules().of(k).list(q.build()).stream();
      if (limit != null) {
        stream = stream.limit(limit);
      }
      out.records(stream.toList(), COLUMNS);
      return 0;
    }
  }

  @Command(name = "get", description = "Show one rule.")
  static final class Get extends Base {
    @Option(
        names = "--kind",
        required = true,
        paramLabel = "KIND",
        description = "The rule kind: " + HelpSupport.KIND_VALUES + ".")
    String kind;

    @Parameters(paramLabel = "RULE_ID")
    String ruleId;

    @Override
    int run(Manager m, Output out) {
      RuleWriteCommands.print(out, Resolver.rule(m, kind(kind), ruleId).item());
      return 0;
    }
  }

  @Command(name = "search", description = "Search rules by CVE, Trend identifier or name.")
  static final class Search extends Base {
    @Option(
        names = "--kind",
        required = true,
        paramLabel = "KIND",
        description = "The rule kind: " + HelpSupport.KIND_VALUES + ".")
    String kind;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Criterion criterion;

    static final class Criterion {
      @Option(
          names = "--cve",
          paramLabel = "CVE",
          description = "Rules that cover this CVE, e.g. CVE-2021-44228 (ips only).")
      String cve;

      @Option(
          names = "--identifier",
          paramLabel = "ID",
          description = "The rule with this Trend Micro identifier, e.g. 1008610.")
      String identifier;

      @Option(
          names = "--name",
          paramLabel = "TEXT",
          description = "Rules whose name contains TEXT (any case).")
      String name;
    }

    @Override
    int run(Manager m, Output out) {
      RuleKind k = kind(kind);
      RuleQuery.Builder q = RuleQuery.builder();
      fits(k, criterion.cve != null, EnumSet.of(RuleKind.INTRUSION_PREVENTION), "--cve");
      fits(k, criterion.identifier != null, WITH_IDENTIFIER, "--identifier");
      if (criterion.cve != null) {
        Connector.usage("--cve", () -> q.cve(criterion.cve));
      } else if (criterion.identifier != null) {
        Connector.usage("--identifier", () -> q.identifier(criterion.identifier));
      } else {
        Connector.usage("--name", () -> q.nameContains(criterion.name));
      }
      out.records(m.rules().of(k).list(q.build()).stream().toList(), COLUMNS);
      return 0;
    }
  }
}
