package io.dsm4j.http;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import javax.net.ssl.SSLSocketFactory;

/**
 * Gives the TLS handshake a short timeout of its own: {@code https://} to a plain-HTTP port would
 * otherwise wait for the read timeout (or the call's deadline) in silence. OkHttp sets the socket's
 * read timeout again once the connection is up, so this applies to the handshake only.
 */
final class HandshakeTimeoutSocketFactory extends SSLSocketFactory {
  private final SSLSocketFactory delegate;
  private final int handshakeMillis;

  HandshakeTimeoutSocketFactory(SSLSocketFactory delegate, long handshakeMillis) {
    this.delegate = delegate;
    this.handshakeMillis = (int) Math.max(1, Math.min(Integer.MAX_VALUE, handshakeMillis));
  }

  private Socket bounded(Socket s) throws IOException {
    s.setSoTimeout(handshakeMillis);
    return s;
  }

  @Override
  public Socket createSocket(Socket s, String host, int port, boolean autoClose)
      throws IOException {
    s.setSoTimeout(handshakeMillis);
    return bounded(delegate.createSocket(s, host, port, autoClose));
  }

  @Override
  public Socket createSocket(String host, int port) throws IOException {
    return bounded(delegate.createSocket(host, port));
  }

  @Override
  public Socket createSocket(String host, int port, InetAddress localHost, int localPort)
      throws IOException {
    return bounded(delegate.createSocket(host, port, localHost, localPort));
  }

  @Override
  public Socket createSocket(InetAddress host, int port) throws IOException {
    return bounded(delegate.createSocket(host, port));
  }

  @Override
  public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort)
      throws IOException {
    return bounded(delegate.createSocket(address, port, localAddress, localPort));
  }

  @Override
  public String[] getDefaultCipherSuites() {
    return delegate.getDefaultCipherSuites();
  }

  @Override
  public String[] getSupportedCipherSuites() {
    return delegate.getSupportedCipherSuites();
  }
}
