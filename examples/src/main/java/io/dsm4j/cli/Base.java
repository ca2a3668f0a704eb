package io.dsm4j.cli;

import io.dsm4j.Manager;
import io.dsm4j.exception.NotFoundException;
import io.dsm4j.model.Computer;
import io.dsm4j.model.Policy;
import io.dsm4j.model.RuleKind;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** What every command shares: the root options, the manager, argument resolution. */
abstract class Base implements Callable<Integer> {
  @Spec CommandSpec spec;

  Dsm4j root() {
    return (Dsm4j) spec.root().userObject();
  }

  Output out() {
    return root().output();
  }

  void progress(String message) {
    root().err.println("dsm4j: " + message);
  }

  @Override
  public Integer call() {
    Output output = out(); // validates --output before any call
    try (Manager m = root().connect()) {
      return run(m, output);
    }
  }

  abstract int run(Manager manager, Output out);

  static boolean isId(String arg) {
    return arg.matches("\\d{1,10}");
  }

  static int id(String arg, String what) {
    if (!isId(arg)) {
      throw new Dsm4j.UsageException(what + " must be a numeric ID, got '" + arg + "'");
    }
    try {
      return Integer.parseInt(arg);
    } catch (NumberFormatException e) {
      throw new Dsm4j.UsageException(what + " ID is too large: " + arg);
    }
  }

  /** All digits: an ID; anything else: an exact name. */
  static Policy policy(Manager m, String arg) {
    if (isId(arg)) {
      return m.policies().get(id(arg, "policy"));
    }
    return m.policies().findByName(arg).orElseThrow(() -> notFound("policy", arg));
  }

  static Computer computer(Manager m, String arg) {
    if (isId(arg)) {
      return m.computers().get(id(arg, "computer"));
    }
    return m.computers().findByName(arg).orElseThrow(() -> notFound("computer", arg));
  }

  static NotFoundException notFound(String what, String name) {
    return new NotFoundException(
        "no " + what + " named '" + name + "'", "cli", null, 0, null, null);
  }

  static RuleKind kind(String kind) {
    return switch (kind.toLowerCase(Locale.ROOT)) {
      case "ips", "intrusion-prevention" -> RuleKind.INTRUSION_PREVENTION;
      case "firewall" -> RuleKind.FIREWALL;
      case "integrity", "integrity-monitoring" -> RuleKind.INTEGRITY_MONITORING;
      case "log-inspection" -> RuleKind.LOG_INSPECTION;
      case "application-type" -> RuleKind.APPLICATION_TYPE;
      default ->
          throw new Dsm4j.UsageException(
              "--kind must be ips, firewall, integrity, log-inspection or application-type, not '"
                  + kind
                  + "'");
    };
  }

  static String kindName(RuleKind k) {
    return switch (k) {
      case INTRUSION_PREVENTION -> "ips";
      case FIREWALL -> "firewall";
      case INTEGRITY_MONITORING -> "integrity";
      case LOG_INSPECTION -> "log-inspection";
      case APPLICATION_TYPE -> "application-type";
    };
  }
}
