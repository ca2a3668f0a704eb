/**
 * dsm4j automation: the integrators' two main jobs on top of the dsm4j API: a staged rule-update
 * rollout ({@link io.dsm4j.automation.RuleUpdateRollout}) and a resumable event export ({@link
 * io.dsm4j.automation.EventExporter}).
 */
module io.dsm4j.automation {
  requires transitive io.dsm4j;
  requires com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.datatype.jsr310;

  exports io.dsm4j.automation;

  opens io.dsm4j.automation.internal to
      com.fasterxml.jackson.databind;
}
