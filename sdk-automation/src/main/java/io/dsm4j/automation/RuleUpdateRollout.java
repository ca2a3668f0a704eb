package io.dsm4j.automation;

import io.dsm4j.Manager;
import io.dsm4j.automation.internal.rollout.ApplyRun;
import io.dsm4j.automation.internal.rollout.PlanRun;
import io.dsm4j.automation.internal.rollout.PromoteRun;
import io.dsm4j.automation.internal.rollout.RollbackRun;
import io.dsm4j.automation.internal.rollout.RolloutContext;
import io.dsm4j.exception.UnsupportedCapabilityException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Rolls out a rule update (security update) without blocking traffic: the update is applied in
 * detect-only mode, the computers in scope are rescanned, and each newly recommended rule is set
 * detect-only <em>before</em> it is assigned to the computer's policy, so this tool never assigns a
 * rule in prevent mode. After a soak period {@link #promote} switches the staged rules to prevent;
 * {@link #rollback} restores the assignments and flags the journal recorded.
 *
 * <p>Every step records its progress in a journal file (one JSON document, rewritten atomically
 * after each change, locked against concurrent runs and bound to the manager). Each change on the
 * manager is recorded before it is made (write-ahead) and its outcome after, so a run interrupted
 * at any point, even by {@code kill -9}, resumes where it stopped: a change whose outcome was not
 * recorded is read back from the manager (or, for what the API cannot read back, made again where
 * that is harmless), and nothing is applied twice.
 *
 * <p>Detect-only is set per policy (a policy-level override, REST) when the backends in use can, so
 * policies outside the scope are not affected; with SOAP alone it is the rule's global flag, and
 * {@link #plan()} and the report name the other policies affected. Promote and rollback undo
 * exactly what apply did, as the journal recorded it ({@link DetectOnlyScope}).
 *
 * <pre>{@code
 * RuleUpdateRollout rollout = RuleUpdateRollout.builder(manager)
 *     .scope(Scope.builder().group("Web servers").build())
 *     .progress(System.err::println)
 *     .build();
 * RolloutPlan plan = rollout.plan();                      // read-only
 * Path journal = Path.of("rollout-24-030.json");
 * rollout.apply(journal, false);                          // stage detect-only
 * // ... a week later:
 * rollout.promote(journal, Duration.ofDays(7), true, false);
 * // or, if something went wrong:
 * rollout.rollback(journal, false);
 * }</pre>
 *
 * <p>Security updates exist only in the SOAP API, so {@link #apply} needs SOAP credentials (alone
 * or with an API key); with REST only it fails before changing anything with {@link
 * UnsupportedCapabilityException}.
 */
public final class RuleUpdateRollout {
  private final RolloutContext ctx;

  private RuleUpdateRollout(Builder b) {
    this.ctx =
        new RolloutContext(
            b.manager,
            b.scope,
            b.updateId,
            b.scanTimeout,
            b.pollInterval,
            b.scanConcurrency,
            b.sendPolicy,
            b.progress,
            b.clock);
  }

  /**
   * @param manager the manager (SOAP credentials needed for {@link #apply})
   * @return a builder: all computers, the newest pending update, 30 min scan timeout
   */
  public static Builder builder(Manager manager) {
    return new Builder(manager);
  }

  /**
   * Reports the pending updates, the scope, the steps {@link #apply} would take, and every manager
   * setting that would defeat the staging, and where detect-only would be set (with the policies
   * outside the scope a global switch would change). Read-only: it does not even check for new
   * updates.
   *
   * @return the plan
   */
  public RolloutPlan plan() {
    return new PlanRun(ctx).plan();
  }

  /**
   * Stages the update: writes the journal, applies the update detect-only, records the rule-level
   * change, rescans the scope, sets each newly recommended rule of the update detect-only (per
   * policy where possible) and assigns it to the computer's policy, then sends policy. Resumes from
   * the journal when it exists (each completed sub-step is skipped, an interrupted change is
   * reconciled with the manager's state).
   *
   * <p>Newly recommended means: recommended for assignment on a computer in scope after the rescan,
   * not recommended before the update, and added or changed by the update.
   *
   * @param journalPath the journal file (created, or resumed)
   * @param dryRun true to only report what would be done (nothing is written, not even the journal)
   * @return the report, as the journal says now; {@link ApplyReport#sendPolicyFailed()} lists
   *     computers the policy could not be sent to
   * @throws UnsupportedCapabilityException when the backends in use cannot do a step (e.g. REST
   *     only: no security updates), before anything changes
   * @throws RefusedException when the journal belongs to another manager, is locked by another run,
   *     was rolled back, or names another update or scope
   * @throws IllegalArgumentException when the journal path is a directory
   */
  public ApplyReport apply(Path journalPath, boolean dryRun) {
    return new ApplyRun(ctx).apply(journalPath, dryRun);
  }

  /**
   * After the soak, switches what apply made detect-only (and only that) to prevent: the per-policy
   * overrides it set, or the rules whose global flag it set (the update's new rules and those it
   * switched). Rules that were already detect-only before the rollout stay as they are. The
   * decision is recorded first: an interrupted promote, run again, finishes the same decision.
   *
   * @param journalPath the journal {@link #apply} wrote
   * @param after the soak period, counted from the apply time in the journal
   * @param keepDetectIfEvents leave rules that raised IPS events since the apply detect-only
   * @param dryRun true to only report
   * @return the report
   * @throws RefusedException when the soak has not passed, the apply has not finished, the journal
   *     was rolled back, is locked or belongs to another manager
   */
  public PromoteReport promote(
      Path journalPath, Duration after, boolean keepDetectIfEvents, boolean dryRun) {
    return new PromoteRun(ctx).promote(journalPath, after, keepDetectIfEvents, dryRun);
  }

  /**
   * Undoes exactly what the journal recorded, only where the manager differs now: each policy's
   * direct IPS assignments, then the per-policy overrides or global flags this rollout changed. The
   * update itself stays applied: DSM cannot un-apply a rule update.
   *
   * @param journalPath the journal {@link #apply} wrote
   * @param dryRun true to only report
   * @return the report
   * @throws RefusedException when the journal belongs to another manager or is locked
   */
  public RollbackReport rollback(Path journalPath, boolean dryRun) {
    return new RollbackRun(ctx).rollback(journalPath, dryRun);
  }

  /** Configures a {@link RuleUpdateRollout}. */
  public static final class Builder {
    private final Manager manager;
    private Scope scope = Scope.all();
    private Integer updateId;
    private Duration scanTimeout = Duration.ofMinutes(30);
    private Duration pollInterval = Duration.ofSeconds(5);
    private int scanConcurrency = 4;
    private boolean sendPolicy = true;
    private Consumer<String> progress = m -> {};
    private Clock clock = Clock.systemUTC();

    private Builder(Manager manager) {
      this.manager = Objects.requireNonNull(manager, "manager");
    }

    /**
     * @param scope the computers (default all)
     * @return this builder
     */
    public Builder scope(Scope scope) {
      this.scope = Objects.requireNonNull(scope, "scope");
      return this;
    }

    /**
     * @param updateId the security update to stage (default: the newest pending one)
     * @return this builder
     */
    public Builder updateId(int updateId) {
      if (updateId <= 0) {
        throw new IllegalArgumentException("update ID must be positive, got " + updateId);
      }
      this.updateId = updateId;
      return this;
    }

    /**
     * @param timeout how long to wait for the recommendation scans (default 30 min)
     * @return this builder
     */
    public Builder scanTimeout(Duration timeout) {
      this.scanTimeout = positive(timeout, "scanTimeout");
      return this;
    }

    /**
     * @param interval how often a running scan is polled (default 5 s)
     * @return this builder
     */
    public Builder pollInterval(Duration interval) {
      this.pollInterval = positive(interval, "pollInterval");
      return this;
    }

    /**
     * @param concurrency how many computers scan at once (default 4; the manager's rate limit still
     *     applies to every call)
     * @return this builder
     */
    public Builder scanConcurrency(int concurrency) {
      if (concurrency < 1 || concurrency > 64) {
        throw new IllegalArgumentException("scan concurrency must be 1-64, got " + concurrency);
      }
      this.scanConcurrency = concurrency;
      return this;
    }

    /**
     * @param send whether apply sends policy to the affected computers (default true)
     * @return this builder
     */
    public Builder sendPolicy(boolean send) {
      this.sendPolicy = send;
      return this;
    }

    /**
     * @param progress receives one line per step taken (e.g. to print on stderr); called from
     *     several threads during scans
     * @return this builder
     */
    public Builder progress(Consumer<String> progress) {
      this.progress = Objects.requireNonNull(progress, "progress");
      return this;
    }

    /**
     * @param clock the clock for journal times and the soak check (default UTC system clock)
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * @return the rollout
     */
    public RuleUpdateRollout build() {
      return new RuleUpdateRollout(this);
    }

    private static Duration positive(Duration d, String what) {
      Objects.requireNonNull(d, what);
      if (d.isNegative() || d.isZero()) {
        throw new IllegalArgumentException(what + " must be positive");
      }
      return d;
    }
  }
}
