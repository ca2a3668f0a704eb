package io.dsm4j.kafka.connect.internal;

import io.dsm4j.Manager;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A task's managers, opened when first needed: the signed-in account's SOAP manager and one per
 * tenant signed in to with it ({@code signInAsTenant}). Closing ends every SOAP session.
 */
final class TaskManagers implements AutoCloseable {
  private final SourceConfig config;
  private Manager account;
  private final Map<String, Manager> tenants = new HashMap<>();
  private boolean closed;

  TaskManagers(SourceConfig config) {
    this.config = config;
  }

  synchronized Manager forStream(StreamId s) {
    if (closed) {
      throw new IllegalStateException("the task is stopping");
    }
    if (account == null) {
      account = Managers.soap(config);
    }
    if (s.account()) {
      return account;
    }
    Manager m = tenants.get(s.tenant());
    if (m == null) {
      Manager primary = account;
      m = Managers.withOwnLoader(() -> primary.asTenant(s.tenant()));
      tenants.put(s.tenant(), m);
    }
    return m;
  }

  /** Forgets a tenant's manager after a failure, so the next run signs in afresh. */
  synchronized void drop(StreamId s) {
    if (!s.account()) {
      Manager m = tenants.remove(s.tenant());
      if (m != null) {
        m.close();
      }
    }
  }

  @Override
  public synchronized void close() {
    closed = true;
    List<Manager> all = new ArrayList<>(tenants.values());
    tenants.clear();
    all.forEach(Manager::close);
    if (account != null) {
      account.close();
      account = null;
    }
  }
}
