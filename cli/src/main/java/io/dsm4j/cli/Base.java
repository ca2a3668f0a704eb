package io.dsm4j.cli;

import io.dsm4j.Manager;
import io.dsm4j.model.Computer;
import io.dsm4j.model.Policy;
import io.dsm4j.model.RuleKind;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * What every command shares: the root options, the manager (one per command line; one for a whole
 * batch), argument resolution. Errors are thrown, never printed here: {@link Failures} prints each
 * as one line with its exit code.
 */
abstract class Base implements Callable<Integer> {
  @Spec CommandSpec spec;

  Dsm4j root() {
    return (Dsm4j) spec.root().userObject();
  }

  Output out() {
    return root().output();
  }

  /** A progress or warning line on stderr. */
  void progress(String message) {
    root().note(message);
  }

  @Override
  public Integer call() {
    Output output = out(); // validates --output before any call
    return run(root().manager(), output);
  }

  abstract int run(Manager manager, Output out);

  /** An argument that must be an ID; anything else is a usage error. */
  static int id(String arg, String what) {
    return Resolver.id(arg, what);
  }

  /**
   * A policy by ID or exact name; with an ID, the returned policy carries that ID whatever the
   * manager's answer says.
   */
  static Policy policy(Manager m, String arg) {
    Resolver.Found<Policy> f = Resolver.policy(m, arg);
    Policy p = f.item();
    return p.id() == f.id()
        ? p
        : new Policy(f.id(), p.name(), p.description(), p.parentId(), p.moduleStates());
  }

  /**
   * A computer by ID or exact host name; with an ID, the returned computer carries that ID whatever
   * the manager's answer says.
   */
  static Computer computer(Manager m, String arg) {
    Resolver.Found<Computer> f = Resolver.computer(m, arg);
    Computer c = f.item();
    return c.id() == f.id() ? c : c.withId(f.id());
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
              "--kind must be " + HelpSupport.KIND_VALUES + ", not '" + kind + "'");
    };
  }

  /** The CLI's name of a rule kind, as {@code --kind} takes it. */
  static String kindName(RuleKind k) {
    return Output.spelling(k);
  }
}
