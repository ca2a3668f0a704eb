package io.dsm4j.testkit.internal;

import io.dsm4j.model.RuleKind;
import io.dsm4j.testkit.internal.Recs.ComputerRec;
import io.dsm4j.testkit.internal.Recs.RuleRec;
import java.util.TreeSet;

/**
 * Recommendation scans: which rules a computer needs (deterministic from the seed), scans that
 * complete after the configured delay (lazily, when observed), and what to assign or unassign.
 */
final class Recommendations {
  private Recommendations() {}

  static boolean recommends(Store s, ComputerRec c, RuleRec r) {
    if (r.ignoreRecommendations || !r.platform.fits(c.family)) {
      return false;
    }
    if (r.alwaysRecommended) {
      return true;
    }
    long h = Store.mix(s.cfg.seed() * 31 + r.id * 1_000_003L + c.id);
    return Math.floorMod(h, 5) == 0;
  }

  /** Recomputes the computer's recommendation snapshot from the current catalog. */
  static void completeScan(Store s, ComputerRec c) {
    for (RuleKind k : RuleKind.values()) {
      TreeSet<Integer> set = new TreeSet<>();
      if (k != RuleKind.APPLICATION_TYPE) {
        for (RuleRec r : s.catalog(k).values()) {
          if (recommends(s, c, r)) {
            set.add(r.id);
          }
        }
      }
      c.recommended.put(k, set);
    }
    c.recommended.put(
        RuleKind.APPLICATION_TYPE,
        PolicyTree.appTypesFor(
            s, c.recommended.get(RuleKind.INTRUSION_PREVENTION), new TreeSet<>()));
    c.lastRecommendationScan = s.now();
    c.scanning = false;
    c.scanDoneAtNanos = 0;
  }

  /** Finishes a running scan whose delay has passed; scans complete lazily on observation. */
  static void settle(Store s, ComputerRec c) {
    if (c.scanning && System.nanoTime() - c.scanDoneAtNanos >= 0) {
      completeScan(s, c);
    }
  }

  static void startScan(Store s, ComputerRec c) {
    c.scanning = true;
    c.scanDoneAtNanos = System.nanoTime() + s.cfg.scanDelay().toNanos();
    if (s.cfg.scanDelay().isZero()) {
      completeScan(s, c);
    }
  }

  /** Effective rules of a computer: those of its policy chain. */
  static TreeSet<Integer> computerEffective(Store s, ComputerRec c, RuleKind kind) {
    TreeSet<Integer> out =
        c.policyId == null ? new TreeSet<>() : PolicyTree.effective(s, c.policyId, kind);
    out.addAll(c.direct.get(kind)); // rules assigned to the computer itself
    return out;
  }

  /** Scan status per the REST {@code recommendationScanStatus} enum. */
  static String scanStatus(Store s, ComputerRec c) {
    settle(s, c);
    if (c.lastRecommendationScan == null) {
      return "none";
    }
    if (s.catalogChanged != null && s.catalogChanged.isAfter(c.lastRecommendationScan)) {
      return "out-of-date";
    }
    return "valid";
  }

  static TreeSet<Integer> toAssign(Store s, ComputerRec c, RuleKind kind) {
    settle(s, c);
    TreeSet<Integer> out = new TreeSet<>(c.recommended.getOrDefault(kind, new TreeSet<>()));
    out.removeAll(computerEffective(s, c, kind));
    return out;
  }

  /** Assigned rules that cannot apply to the computer's platform. */
  static TreeSet<Integer> toUnassign(Store s, ComputerRec c, RuleKind kind) {
    settle(s, c);
    TreeSet<Integer> out = new TreeSet<>();
    if (c.lastRecommendationScan == null || kind == RuleKind.APPLICATION_TYPE) {
      return out;
    }
    for (Integer id : computerEffective(s, c, kind)) {
      RuleRec r = s.catalog(kind).get(id);
      if (r != null && !r.platform.fits(c.family)) {
        out.add(id);
      }
    }
    return out;
  }

  /** The union of the snapshots of the computers using the policy. */
  static TreeSet<Integer> forPolicy(Store s, int policyId, RuleKind kind) {
    TreeSet<Integer> ids = new TreeSet<>();
    for (ComputerRec c : PolicyTree.computersUsing(s, policyId)) {
      settle(s, c);
      ids.addAll(c.recommended.getOrDefault(kind, new TreeSet<>()));
    }
    return ids;
  }
}
