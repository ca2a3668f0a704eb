package io.dsm4j.examples;

import io.dsm4j.Manager;
import io.dsm4j.RuleAssignments;
import io.dsm4j.model.Policy;
import io.dsm4j.model.Rule;
import io.dsm4j.model.RuleKind;
import io.dsm4j.model.RuleQuery;
import io.dsm4j.model.Severity;
import java.io.PrintStream;
import java.util.List;

/** Assign the critical intrusion prevention rules to the first policy. */
public final class AssignRulesExample {
  private AssignRulesExample() {}

  /**
   * @param manager a manager
   * @param out where to print
   */
  public static void run(Manager manager, PrintStream out) {
    Policy policy = manager.policies().list().stream().findFirst().orElseThrow();
    List<Integer> critical =
        manager
            .rules()
            .intrusionPrevention()
            .list(RuleQuery.builder().severity(Severity.CRITICAL).build())
            .stream()
            .map(Rule::id)
            .limit(10)
            .toList();
    RuleAssignments ips = manager.policies().assignments(RuleKind.INTRUSION_PREVENTION);
    List<Integer> direct = ips.assign(policy.id(), critical);
    out.println(policy.name() + ": " + direct.size() + " rules assigned directly");
  }

  /**
   * @param args unused
   */
  public static void main(String[] args) {
    try (Manager manager = Manager.fromEnvironment().build()) {
      run(manager, System.out);
    }
  }
}
