package io.dsm4j;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.cert.Certificate;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;

/**
 * Fetches and describes the certificate a manager presents, so that a user can compare its
 * fingerprint with the one the manager's console shows and then trust it explicitly ({@code dsm4j
 * trust-cert}, {@link TlsOptions.Builder#trustedCertificatePem}, {@link
 * TlsOptions.Builder#pinnedSha256}). Fetching does not verify anything: that is its purpose, and
 * why nothing but the certificates is read from the connection.
 */
public final class ServerCertificates {
  private ServerCertificates() {}

  /**
   * Opens a TLS connection, reads the certificate chain the server presents and closes it; no HTTP
   * request is sent.
   *
   * @param url the manager's {@code https} URL
   * @param timeout for the connection and the handshake
   * @return the chain, the server's own certificate first
   * @throws IOException when the server cannot be reached or does not speak TLS
   * @throws IllegalArgumentException when the URL is not {@code https://host[:port]}
   */
  public static List<X509Certificate> fetch(URI url, Duration timeout) throws IOException {
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(timeout, "timeout");
    if (!"https".equalsIgnoreCase(url.getScheme()) || url.getHost() == null) {
      throw new IllegalArgumentException("need an https://host[:port] URL, got '" + url + "'");
    }
    int port = url.getPort() > 0 ? url.getPort() : 443;
    int millis = (int) Math.max(1, Math.min(Integer.MAX_VALUE, timeout.toMillis()));
    List<X509Certificate> chain = new ArrayList<>();
    SSLContext ctx;
    try {
      ctx = SSLContext.getInstance("TLS");
      ctx.init(null, new TrustManager[] {new Recorder(chain)}, null);
    } catch (GeneralSecurityException e) {
      throw new IOException("TLS is not available: " + e.getMessage(), e);
    }
    try (SSLSocket socket = (SSLSocket) ctx.getSocketFactory().createSocket()) {
      socket.connect(new InetSocketAddress(url.getHost(), port), millis);
      socket.setSoTimeout(millis);
      if (!isIpLiteral(url.getHost())) {
        javax.net.ssl.SSLParameters params = socket.getSSLParameters();
        params.setServerNames(List.of(new javax.net.ssl.SNIHostName(url.getHost())));
        socket.setSSLParameters(params);
      }
      socket.startHandshake();
      if (chain.isEmpty()) {
        for (Certificate c : socket.getSession().getPeerCertificates()) {
          if (c instanceof X509Certificate x) {
            chain.add(x);
          }
        }
      }
    }
    if (chain.isEmpty()) {
      throw new IOException("the server at " + url.getHost() + ":" + port + " sent no certificate");
    }
    return List.copyOf(chain);
  }

  private static boolean isIpLiteral(String host) {
    return host.contains(":") || host.startsWith("[") || host.matches("[0-9.]+");
  }

  /**
   * @param certificate a certificate
   * @return its SHA-256 fingerprint as 64 lower-case hex digits
   */
  public static String sha256(X509Certificate certificate) {
    try {
      return HexFormat.of()
          .formatHex(MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded()));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("SHA-256 is not available", e);
    }
  }

  /**
   * @param fingerprint 64 lower-case hex digits
   * @return the way consoles show it: upper case, bytes separated by {@code :}
   */
  public static String display(String fingerprint) {
    String f = normalizeFingerprint(fingerprint).toUpperCase(Locale.ROOT);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < f.length(); i += 2) {
      sb.append(i == 0 ? "" : ":").append(f, i, i + 2);
    }
    return sb.toString();
  }

  /**
   * @param fingerprint a SHA-256 fingerprint, with or without {@code :} or spaces, any case
   * @return it as 64 lower-case hex digits
   * @throws IllegalArgumentException when it is not one
   */
  public static String normalizeFingerprint(String fingerprint) {
    Objects.requireNonNull(fingerprint, "fingerprint");
    String f = fingerprint.replace(":", "").replace(" ", "").toLowerCase(Locale.ROOT);
    if (f.startsWith("sha256/") || f.startsWith("sha256=")) {
      f = f.substring(7);
    }
    if (!f.matches("[0-9a-f]{64}")) {
      throw new IllegalArgumentException(
          "a SHA-256 fingerprint is 64 hex digits (e.g. AB:CD:…), got '" + fingerprint + "'");
    }
    return f;
  }

  /**
   * @param certificate a certificate
   * @return it in PEM form
   */
  public static String toPem(X509Certificate certificate) {
    try {
      String b64 =
          Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
              .encodeToString(certificate.getEncoded());
      return "-----BEGIN CERTIFICATE-----\n" + b64 + "\n-----END CERTIFICATE-----\n";
    } catch (CertificateEncodingException e) {
      throw new IllegalStateException("cannot encode the certificate", e);
    }
  }

  /** Records the chain; deliberately accepts it, since the point is to show it to a person. */
  private static final class Recorder implements X509TrustManager {
    private final List<X509Certificate> chain;

    Recorder(List<X509Certificate> chain) {
      this.chain = chain;
    }

    @Override
    public void checkClientTrusted(X509Certificate[] c, String authType) {
      throw new UnsupportedOperationException("client side only");
    }

    @Override
    public void checkServerTrusted(X509Certificate[] c, String authType) {
      chain.clear();
      chain.addAll(List.of(c));
    }

    @Override
    public X509Certificate[] getAcceptedIssuers() {
      return new X509Certificate[0];
    }
  }
}
