package io.dsm4j.automation.internal.rollout;

import io.dsm4j.automation.internal.Checkpoints;
import io.dsm4j.automation.internal.Journal;
import io.dsm4j.automation.internal.JournalFile;
import io.dsm4j.exception.DsmTimeoutException;
import io.dsm4j.model.BulkResult;
import io.dsm4j.model.ComputerAction;
import io.dsm4j.model.Recommendations;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs a recommendation scan on each computer in scope (several at a time) and waits for them. Each
 * request is recorded before it is sent ({@code intentAt}); a resumed run that finds an intent
 * without a recorded request looks for a scan newer than the one before it, and sends the request
 * again only when there is none.
 */
final class ScanStep implements ApplyStep {
  private final RolloutContext ctx;
  private final JournalFile file;

  ScanStep(RolloutContext ctx, JournalFile file) {
    this.ctx = ctx;
    this.file = file;
  }

  @Override
  public String name() {
    return "scans";
  }

  @Override
  public boolean done(Journal j) {
    return j.scansDone;
  }

  @Override
  public String dryRun(Journal j) {
    return "would scan "
        + j.computers.stream().filter(c -> c.policyId != null).count()
        + " computer(s) and wait up to "
        + ctx.scanTimeout();
  }

  @Override
  public String run(Journal j) {
    List<Journal.ComputerRef> todo = new ArrayList<>();
    for (Journal.ComputerRef c : j.computers) {
      Journal.ScanRef s = j.scans.get(c.id);
      if (c.policyId != null && (s == null || s.completedAt == null)) {
        todo.add(c);
      }
    }
    int total = (int) j.computers.stream().filter(c -> c.policyId != null).count();
    ctx.say(
        "recommendation scans: "
            + (total - todo.size())
            + " of "
            + total
            + " already done, "
            + todo.size()
            + " to run ("
            + ctx.scanConcurrency()
            + " at a time)");
    Instant deadline = ctx.clock().instant().plus(ctx.scanTimeout());
    ExecutorService pool =
        Executors.newFixedThreadPool(Math.max(1, Math.min(ctx.scanConcurrency(), todo.size())));
    List<Future<?>> futures = new ArrayList<>();
    try {
      for (Journal.ComputerRef c : todo) {
        futures.add(pool.submit(() -> scanOne(j, c, deadline)));
      }
      RuntimeException failure = null;
      List<String> timedOut = new ArrayList<>();
      for (int i = 0; i < futures.size(); i++) {
        try {
          futures.get(i).get();
        } catch (ExecutionException e) {
          if (e.getCause() instanceof ScanTimedOut) {
            timedOut.add(todo.get(i).hostName);
          } else if (failure == null && e.getCause() instanceof RuntimeException re) {
            failure = re;
          } else if (failure == null) {
            failure = new IllegalStateException(e.getCause());
          }
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IllegalStateException("interrupted while waiting for scans", e);
        }
      }
      if (failure != null) {
        throw failure;
      }
      if (!timedOut.isEmpty()) {
        throw new DsmTimeoutException(
            "recommendation scans did not complete within "
                + ctx.scanTimeout()
                + " on "
                + timedOut
                + "; run apply again with the same journal to keep waiting",
            "rollout.scan",
            null,
            0,
            null,
            null);
      }
    } finally {
      pool.shutdownNow();
    }
    j.scansDone = true;
    file.write(j);
    Checkpoints.reached("scans.done");
    return todo.size() + " run now, " + (total - todo.size()) + " already done";
  }

  /** A scan still running at the deadline. */
  private static final class ScanTimedOut extends RuntimeException {
    private static final long serialVersionUID = 1L;
  }

  private void scanOne(Journal j, Journal.ComputerRef c, Instant deadline) {
    Journal.ScanRef s;
    synchronized (j) {
      s = j.scans.get(c.id);
    }
    if (s == null || s.requestedAt == null) {
      boolean send = true;
      if (s != null && s.intentAt != null) {
        // The interrupted run recorded the request but not whether it was sent.
        Instant last =
            ctx.manager().computers().recommendations(c.id, RolloutContext.IPS).lastScan();
        if (newer(last, s.before)) {
          send = false;
          ctx.say("scan on " + c.hostName + " (" + c.id + ") was requested by the interrupted run");
        } else {
          ctx.say(
              "scan on "
                  + c.hostName
                  + " ("
                  + c.id
                  + "): no trace of the interrupted run's request; requesting it");
        }
      } else {
        Journal.ScanRef fresh = new Journal.ScanRef();
        fresh.before =
            ctx.manager().computers().recommendations(c.id, RolloutContext.IPS).lastScan();
        fresh.intentAt = ctx.clock().instant();
        synchronized (j) {
          j.scans.put(c.id, fresh);
          file.write(j);
        }
        s = fresh;
        Checkpoints.reached("scan.intent");
      }
      if (send) {
        BulkResult r =
            ctx.manager().computers().run(ComputerAction.SCAN_FOR_RECOMMENDATIONS, List.of(c.id));
        if (!r.failed().isEmpty()) {
          throw r.failed().values().iterator().next();
        }
        Checkpoints.reached("scan.requested");
      }
      synchronized (j) {
        s.requestedAt = ctx.clock().instant();
        file.write(j);
      }
      if (send) {
        ctx.say("scan requested on " + c.hostName + " (" + c.id + ")");
      }
    }
    while (true) {
      Recommendations rec = ctx.manager().computers().recommendations(c.id, RolloutContext.IPS);
      // Done when the manager reports a scan newer than the one before the request (its clock).
      if (newer(rec.lastScan(), s.before)) {
        // Read once more: a backend may read the rule list before the scan time (SOAP: two
        // calls), so the read that saw the scan complete can hold the list from before it.
        Recommendations after = ctx.manager().computers().recommendations(c.id, RolloutContext.IPS);
        synchronized (j) {
          s.completedAt = ctx.clock().instant();
          s.recommendedAfter = new ArrayList<>(after.toAssign());
          file.write(j);
        }
        ctx.say("scan completed on " + c.hostName + " (" + c.id + ")");
        return;
      }
      if (!ctx.clock().instant().isBefore(deadline)) {
        throw new ScanTimedOut();
      }
      try {
        Thread.sleep(ctx.pollInterval().toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while waiting for a scan", e);
      }
    }
  }

  private static boolean newer(Instant last, Instant before) {
    return last != null && (before == null || last.isAfter(before));
  }
}
