package io.dsm4j.internal;

import io.dsm4j.ServerCertificates;
import io.dsm4j.TlsOptions;
import io.dsm4j.spi.TlsMaterial;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.nio.file.Files;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Collection;
import java.util.Set;
import javax.net.ssl.HostnameVerifier;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509ExtendedTrustManager;
import javax.net.ssl.X509TrustManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Builds the TLS objects both backends use from {@link TlsOptions}. */
public final class TlsSupport {
  private static final Logger LOG = LoggerFactory.getLogger(TlsSupport.class);

  private TlsSupport() {}

  /**
   * @param options the options
   * @param where the manager URL, for the warning
   * @return the material
   * @throws IllegalArgumentException when a certificate file or trust store cannot be read
   */
  public static TlsMaterial create(TlsOptions options, String where) {
    try {
      X509TrustManager tm;
      if (options.trustAll() && !options.pinnedSha256().isEmpty()) {
        LOG.info("TLS: only the pinned certificate fingerprint is checked for {}", where);
        tm = new TrustAllManager();
      } else if (options.trustAll()) {
        LOG.warn(
            "TLS certificate verification is OFF for {} (insecureTrustAll): anyone on the"
                + " network path can impersonate the manager and read its credentials",
            where);
        tm = new TrustAllManager();
      } else if (options.trustedCertificatePem() != null) {
        tm = fromKeyStore(pemStore(options));
      } else if (options.trustStore() != null) {
        KeyStore ks = KeyStore.getInstance(options.trustStoreType());
        try (InputStream in = Files.newInputStream(options.trustStore())) {
          ks.load(in, options.trustStorePassword());
        }
        tm = fromKeyStore(ks);
      } else {
        tm = fromKeyStore(null);
      }
      if (!options.pinnedSha256().isEmpty()) {
        tm = new PinningTrustManager(tm, options.pinnedSha256());
      }
      SSLContext ctx = SSLContext.getInstance("TLS");
      ctx.init(null, new TrustManager[] {tm}, null);
      HostnameVerifier verifier = null;
      if (!options.hostnameVerification()) {
        if (!options.trustAll()) {
          LOG.warn("TLS host name verification is OFF for {}", where);
        }
        verifier = (host, session) -> true;
      }
      return new TlsMaterial(ctx.getSocketFactory(), tm, verifier);
    } catch (IOException | GeneralSecurityException e) {
      throw new IllegalArgumentException(
          "cannot load the TLS trust material: " + e.getMessage(), e);
    }
  }

  private static KeyStore pemStore(TlsOptions options)
      throws IOException, GeneralSecurityException {
    KeyStore ks = KeyStore.getInstance("PKCS12");
    ks.load(null, null);
    try (InputStream in = Files.newInputStream(options.trustedCertificatePem())) {
      Collection<? extends Certificate> certs =
          CertificateFactory.getInstance("X.509").generateCertificates(in);
      if (certs.isEmpty()) {
        throw new IllegalArgumentException("no certificate in " + options.trustedCertificatePem());
      }
      int i = 0;
      for (Certificate c : certs) {
        ks.setCertificateEntry("dsm4j-" + i++, c);
      }
    }
    return ks;
  }

  private static X509TrustManager fromKeyStore(KeyStore ks) throws GeneralSecurityException {
    TrustManagerFactory tmf =
        TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    tmf.init(ks);
    for (TrustManager t : tmf.getTrustManagers()) {
      if (t instanceof X509TrustManager x) {
        return x;
      }
    }
    throw new GeneralSecurityException("no X509TrustManager available");
  }

  /**
   * Checks the delegate's verdict first, then that the manager's own certificate (the first of the
   * chain) has one of the pinned SHA-256 fingerprints. Extended, so that JSSE does not wrap it and
   * the delegate keeps its algorithm-constraint checks.
   */
  static final class PinningTrustManager extends X509ExtendedTrustManager {
    /** The start of the message of a pin mismatch, for the transports to recognise it. */
    static final String MISMATCH = "the manager's certificate matches no pinned fingerprint";

    private final X509TrustManager delegate;
    private final Set<String> pins;

    PinningTrustManager(X509TrustManager delegate, Set<String> pins) {
      this.delegate = delegate;
      this.pins = Set.copyOf(pins);
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket)
        throws CertificateException {
      if (delegate instanceof X509ExtendedTrustManager x) {
        x.checkServerTrusted(chain, authType, socket);
      } else {
        delegate.checkServerTrusted(chain, authType);
      }
      checkPin(chain);
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
        throws CertificateException {
      if (delegate instanceof X509ExtendedTrustManager x) {
        x.checkServerTrusted(chain, authType, engine);
      } else {
        delegate.checkServerTrusted(chain, authType);
      }
      checkPin(chain);
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType)
        throws CertificateException {
      delegate.checkServerTrusted(chain, authType);
      checkPin(chain);
    }

    private void checkPin(X509Certificate[] chain) throws CertificateException {
      if (chain == null || chain.length == 0) {
        throw new CertificateException(MISMATCH + " (no certificate)");
      }
      String actual = ServerCertificates.sha256(chain[0]);
      if (!pins.contains(actual)) {
        throw new CertificateException(
            MISMATCH + " (its SHA-256 is " + ServerCertificates.display(actual) + ")");
      }
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket)
        throws CertificateException {
      throw new CertificateException("dsm4j does not accept client connections");
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
        throws CertificateException {
      throw new CertificateException("dsm4j does not accept client connections");
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType)
        throws CertificateException {
      throw new CertificateException("dsm4j does not accept client connections");
    }

    @Override
    public X509Certificate[] getAcceptedIssuers() {
      return delegate.getAcceptedIssuers();
    }
  }

  /** Trusts everything; only reachable through the loud {@code insecureTrustAll()}. */
  private static final class TrustAllManager implements X509TrustManager {
    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType) {}

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType) {}

    @Override
    public X509Certificate[] getAcceptedIssuers() {
      return new X509Certificate[0];
    }
  }
}
