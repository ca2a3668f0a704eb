package io.dsm4j.testkit.internal;

import io.dsm4j.testkit.internal.Recs.SessionRec;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;

/** SOAP sessions: random IDs, idle timeout on the monotonic clock, the per-user session limit. */
final class Sessions {
  /** Outcome of a session check. */
  enum Check {
    OK,
    UNKNOWN,
    EXPIRED
  }

  private final SimConfig cfg;
  private final Map<String, SessionRec> open = new HashMap<>();
  private final SecureRandom random = new SecureRandom();
  private int opened;
  private int ended;

  Sessions(SimConfig cfg) {
    this.cfg = cfg;
  }

  /** A new session ID, or null when the session limit is reached. */
  synchronized String open() {
    return open(null);
  }

  /**
   * A new session ID in a tenant's state ({@code signInAsTenant}, a tenant's sign-in), or in this
   * state for null; null when the session limit is reached.
   */
  synchronized String open(Store scope) {
    long now = System.nanoTime();
    if (activeAt(now) >= cfg.maxSessions()) {
      return null;
    }
    byte[] b = new byte[24];
    random.nextBytes(b);
    String sid = Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    SessionRec rec = new SessionRec(sid, now);
    rec.scope = scope;
    open.put(sid, rec);
    opened++;
    return sid;
  }

  synchronized Check touch(String sid) {
    SessionRec s = sid == null ? null : open.get(sid);
    if (s == null) {
      return Check.UNKNOWN;
    }
    long now = System.nanoTime();
    if (now - s.lastUsedNanos > cfg.sessionIdleTimeout().toNanos()) {
      open.remove(sid);
      return Check.EXPIRED;
    }
    s.lastUsedNanos = now;
    return Check.OK;
  }

  /** The tenant state a session works in, or null for this state (or an unknown session). */
  synchronized Store scope(String sid) {
    SessionRec s = sid == null ? null : open.get(sid);
    return s == null ? null : s.scope;
  }

  synchronized void end(String sid) {
    if (sid != null && open.remove(sid) != null) {
      ended++;
    }
  }

  private int activeAt(long now) {
    long idle = cfg.sessionIdleTimeout().toNanos();
    int n = 0;
    for (Iterator<SessionRec> it = open.values().iterator(); it.hasNext(); ) {
      SessionRec s = it.next();
      // Long-dead sessions are forgotten so the map cannot grow without bound.
      if (now - s.lastUsedNanos > idle * 2 + 3_600_000_000_000L) {
        it.remove();
      } else if (now - s.lastUsedNanos <= idle) {
        n++;
      }
    }
    return n;
  }

  synchronized int opened() {
    return opened;
  }

  synchronized int ended() {
    return ended;
  }

  synchronized int active() {
    return activeAt(System.nanoTime());
  }
}
