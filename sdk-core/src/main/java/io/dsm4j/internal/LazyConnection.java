package io.dsm4j.internal;

import io.dsm4j.Capabilities;
import io.dsm4j.spi.BackendConfig;
import io.dsm4j.spi.BackendConnection;
import io.dsm4j.spi.BackendProvider;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;

/**
 * A backend connection made on its first call: what it can do is known from its provider, so a
 * manager that never calls this backend never builds its transport (a JAX-WS client costs a good
 * part of a second to build).
 */
final class LazyConnection implements InvocationHandler {
  private final BackendProvider provider;
  private final BackendConfig config;
  private final Capabilities capabilities;
  private volatile BackendConnection real;
  private boolean closed;

  private LazyConnection(BackendProvider provider, BackendConfig config, Capabilities caps) {
    this.provider = provider;
    this.config = config;
    this.capabilities = caps;
  }

  /**
   * @return a connection that calls {@code provider.connect(config)} on its first use
   */
  static BackendConnection of(BackendProvider provider, BackendConfig config, Capabilities caps) {
    return (BackendConnection)
        Proxy.newProxyInstance(
            BackendConnection.class.getClassLoader(),
            new Class<?>[] {BackendConnection.class},
            new LazyConnection(provider, config, caps));
  }

  @Override
  public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
    switch (method.getName()) {
      case "backend":
        return provider.backend();
      case "capabilities":
        return capabilities;
      case "close":
        close();
        return null;
      case "toString":
        return "LazyConnection[" + provider.backend() + ", connected=" + (real != null) + "]";
      case "hashCode":
        return System.identityHashCode(proxy);
      case "equals":
        return proxy == args[0];
      default:
        try {
          return method.invoke(real(), args);
        } catch (InvocationTargetException e) {
          throw e.getCause();
        }
    }
  }

  private BackendConnection real() {
    BackendConnection c = real;
    if (c == null) {
      synchronized (this) {
        if (closed) {
          throw new IllegalStateException("this Manager is closed");
        }
        if (real == null) {
          real = provider.connect(config);
        }
        c = real;
      }
    }
    return c;
  }

  private synchronized void close() {
    closed = true;
    if (real != null) {
      real.close();
    }
  }
}
