package io.dsm4j;

import java.nio.file.Path;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * How to verify the manager's TLS certificate. The default verifies it against the JDK's trust
 * store and checks the host name. Managers usually have a self-signed certificate: trust it
 * explicitly with {@link Builder#trustedCertificatePem(Path)} or {@link Builder#trustStore(Path,
 * char[], String)}. {@link Builder#insecureTrustAll()} turns verification off entirely and is
 * logged as a warning for every manager built with it.
 *
 * <pre>{@code
 * Manager.builder()
 *     .url("https://dsm.example.com:4119")
 *     .tls(TlsOptions.builder().trustedCertificatePem(Path.of("dsm.pem")).build())
 *     ...
 * }</pre>
 */
public final class TlsOptions {
  private static final TlsOptions DEFAULTS = new Builder().build();

  private final Path trustedCertificatePem;
  private final Path trustStore;
  private final char[] trustStorePassword;
  private final String trustStoreType;
  private final boolean hostnameVerification;
  private final boolean trustAll;
  private final java.util.Set<String> pinnedSha256;

  private TlsOptions(Builder b) {
    this.trustedCertificatePem = b.pem;
    this.trustStore = b.store;
    this.trustStorePassword = b.storePassword == null ? null : b.storePassword.clone();
    this.trustStoreType = b.storeType;
    this.hostnameVerification = b.hostnameVerification;
    this.trustAll = b.trustAll;
    this.pinnedSha256 = java.util.Set.copyOf(b.pins);
  }

  /**
   * @return verification against the JDK trust store with host name checks
   */
  public static TlsOptions defaults() {
    return DEFAULTS;
  }

  /**
   * @return a builder starting from the defaults
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * @return a PEM file of certificates to trust, or null
   */
  public @Nullable Path trustedCertificatePem() {
    return trustedCertificatePem;
  }

  /**
   * @return a trust store file, or null
   */
  public @Nullable Path trustStore() {
    return trustStore;
  }

  /**
   * @return a copy of the trust store password, or null
   */
  public @Nullable char[] trustStorePassword() {
    return trustStorePassword == null ? null : trustStorePassword.clone();
  }

  /**
   * @return the trust store type ("PKCS12", "JKS")
   */
  public String trustStoreType() {
    return trustStoreType;
  }

  /**
   * @return whether the host name must match the certificate
   */
  public boolean hostnameVerification() {
    return hostnameVerification;
  }

  /**
   * @return whether every certificate is trusted (insecure)
   */
  public boolean trustAll() {
    return trustAll;
  }

  /**
   * @return the SHA-256 fingerprints (64 lower-case hex digits, no separators) one of which the
   *     manager's certificate must have, in addition to the usual verification; empty for none
   */
  public java.util.Set<String> pinnedSha256() {
    return pinnedSha256;
  }

  @Override
  public String toString() {
    return "TlsOptions[pem="
        + trustedCertificatePem
        + ", trustStore="
        + trustStore
        + ", hostnameVerification="
        + hostnameVerification
        + ", trustAll="
        + trustAll
        + (pinnedSha256.isEmpty() ? "" : ", pinned=" + pinnedSha256.size())
        + "]";
  }

  /** Builds {@link TlsOptions}. */
  public static final class Builder {
    private Path pem;
    private Path store;
    private char[] storePassword;
    private String storeType = "PKCS12";
    private boolean hostnameVerification = true;
    private boolean trustAll;
    private final java.util.Set<String> pins = new java.util.LinkedHashSet<>();

    private Builder() {}

    /**
     * Pins the manager's certificate: the certificate the manager presents (the first of its chain)
     * must have one of these SHA-256 fingerprints, as {@code dsm4j trust-cert} prints them. Applies
     * in addition to the trust settings, so a pinned self-signed certificate still has to be
     * trusted (e.g. with {@link #trustedCertificatePem(Path)}); combined with {@link
     * #insecureTrustAll()} the pin is the only check. Calls add up.
     *
     * @param sha256 fingerprints as 64 hex digits, with or without {@code :} separators, any case
     * @return this builder
     * @throws IllegalArgumentException for a value that is not a SHA-256 fingerprint
     */
    public Builder pinnedSha256(String... sha256) {
      for (String f : sha256) {
        pins.add(ServerCertificates.normalizeFingerprint(f));
      }
      return this;
    }

    /**
     * Trusts the certificates in a PEM file (in addition to nothing else: the JDK's CAs are not
     * used when this is set).
     *
     * @param pem the PEM file
     * @return this builder
     */
    public Builder trustedCertificatePem(Path pem) {
      this.pem = Objects.requireNonNull(pem, "pem");
      return this;
    }

    /**
     * Trusts the certificates of a trust store.
     *
     * @param store the trust store file
     * @param password its password, or null
     * @param type its type, e.g. "PKCS12" or "JKS"
     * @return this builder
     */
    public Builder trustStore(Path store, @Nullable char[] password, String type) {
      this.store = Objects.requireNonNull(store, "store");
      this.storePassword = password == null ? null : password.clone();
      this.storeType = Objects.requireNonNull(type, "type");
      return this;
    }

    /**
     * @param verify whether the host name must match the certificate (default true)
     * @return this builder
     */
    public Builder hostnameVerification(boolean verify) {
      this.hostnameVerification = verify;
      return this;
    }

    /**
     * Trusts every certificate and skips host name checks. Insecure: anyone on the path can read
     * the API key or password. Logged as a warning.
     *
     * @return this builder
     */
    public Builder insecureTrustAll() {
      this.trustAll = true;
      this.hostnameVerification = false;
      return this;
    }

    /**
     * @return the options
     * @throws IllegalStateException when trust-all is combined with trusted certificates
     */
    public TlsOptions build() {
      if (trustAll && (pem != null || store != null)) {
        throw new IllegalStateException(
            "insecureTrustAll() cannot be combined with trusted certificates or a trust store");
      }
      if (pem != null && store != null) {
        throw new IllegalStateException("choose either a PEM file or a trust store, not both");
      }
      return new TlsOptions(this);
    }
  }
}
