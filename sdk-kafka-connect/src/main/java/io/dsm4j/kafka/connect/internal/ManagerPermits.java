package io.dsm4j.kafka.connect.internal;

import java.net.URI;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.Semaphore;

/**
 * How many tasks of this worker talk to one manager at once: one fair semaphore per manager URL,
 * shared by every task of the plugin in this JVM (the plugin's class loader holds it). A task holds
 * a permit for one poll's work.
 */
public final class ManagerPermits {
  private static final ConcurrentMap<String, Semaphore> BY_MANAGER = new ConcurrentHashMap<>();

  private ManagerPermits() {}

  /**
   * @param url the manager
   * @param permits the permits when this is the first task to ask for this manager
   * @return the manager's semaphore
   */
  public static Semaphore of(URI url, int permits) {
    return BY_MANAGER.computeIfAbsent(key(url), k -> new Semaphore(permits, true));
  }

  static String key(URI url) {
    String scheme = url.getScheme().toLowerCase(Locale.ROOT);
    int port = url.getPort() > 0 ? url.getPort() : scheme.equals("https") ? 443 : 80;
    return scheme + "://" + url.getHost().toLowerCase(Locale.ROOT) + ":" + port;
  }
}
