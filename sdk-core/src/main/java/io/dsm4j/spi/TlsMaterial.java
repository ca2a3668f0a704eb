package io.dsm4j.spi;

import javax.net.ssl.HostnameVerifier;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.X509TrustManager;

/**
 * The TLS objects built once from {@link io.dsm4j.TlsOptions}, for every backend to apply the same
 * way.
 *
 * @param socketFactory the socket factory
 * @param trustManager its trust manager (OkHttp needs it separately)
 * @param hostnameVerifier the host name verifier
 */
public record TlsMaterial(
    SSLSocketFactory socketFactory,
    X509TrustManager trustManager,
    HostnameVerifier hostnameVerifier) {}
