package io.dsm4j.automation.internal.rollout;

import io.dsm4j.automation.internal.Journal;

/**
 * One step of {@code apply}. It knows from the journal whether it is done, what its dry run says
 * and how to run it, so the dry run and the run cannot drift apart. A step records its progress in
 * the journal as it goes (write-ahead for every change on the manager) and resumes from it.
 */
interface ApplyStep {
  /**
   * @return the step's name in the report, e.g. {@code scans}
   */
  String name();

  /**
   * @param j the journal
   * @return whether the journal says the step is complete
   */
  boolean done(Journal j);

  /**
   * @return what the report says for a completed step
   */
  default String alreadyDone() {
    return "already done";
  }

  /**
   * @param j the journal (for a new rollout, one with the update and scope only)
   * @return what the step would do
   */
  String dryRun(Journal j);

  /**
   * Runs (or resumes) the step.
   *
   * @param j the journal, rewritten as the step goes
   * @return what the step did
   */
  String run(Journal j);
}
