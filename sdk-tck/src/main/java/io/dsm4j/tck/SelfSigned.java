package io.dsm4j.tck;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLServerSocketFactory;

/**
 * A self-signed certificate for 127.0.0.1, like a manager's default one, made with the JDK's
 * keytool in a temporary folder.
 *
 * @param keyStore the PKCS#12 key store with the key and certificate
 * @param pem the certificate as PEM
 * @param password the store's password
 */
public record SelfSigned(Path keyStore, Path pem, char[] password) {
  /**
   * @return a new certificate
   * @throws IOException when keytool fails
   * @throws InterruptedException when interrupted
   */
  public static SelfSigned create() throws IOException, InterruptedException {
    Path dir = Files.createTempDirectory("dsm4j-tls");
    Path ks = dir.resolve("manager.p12");
    String pass = "changeit";
    Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
    Process p =
        new ProcessBuilder(
                keytool.toString(),
                "-genkeypair",
                "-alias",
                "manager",
                "-keyalg",
                "RSA",
                "-keysize",
                "2048",
                "-dname",
                "CN=127.0.0.1",
                "-ext",
                "SAN=ip:127.0.0.1,dns:localhost",
                "-validity",
                "2",
                "-storetype",
                "PKCS12",
                "-keystore",
                ks.toString(),
                "-storepass",
                pass,
                "-keypass",
                pass)
            .redirectErrorStream(true)
            .start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (p.waitFor() != 0) {
      throw new IOException("keytool failed: " + out);
    }
    SelfSigned s = new SelfSigned(ks, dir.resolve("manager.pem"), pass.toCharArray());
    Files.writeString(
        s.pem(),
        "-----BEGIN CERTIFICATE-----\n"
            + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(s.der())
            + "\n-----END CERTIFICATE-----\n");
    return s;
  }

  private KeyStore load() throws IOException {
    try (InputStream in = Files.newInputStream(keyStore)) {
      KeyStore ks = KeyStore.getInstance("PKCS12");
      ks.load(in, password);
      return ks;
    } catch (GeneralSecurityException e) {
      throw new IOException(e);
    }
  }

  private byte[] der() throws IOException {
    try {
      return load().getCertificate("manager").getEncoded();
    } catch (GeneralSecurityException e) {
      throw new IOException(e);
    }
  }

  /**
   * @return the certificate's SHA-256 fingerprint, 64 hex digits
   * @throws IOException when the store cannot be read
   */
  public String sha256() throws IOException {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(der()));
    } catch (GeneralSecurityException e) {
      throw new IOException(e);
    }
  }

  /**
   * @return a TLS server socket factory presenting this certificate
   * @throws IOException when the store cannot be read
   */
  public SSLServerSocketFactory serverSocketFactory() throws IOException {
    try {
      KeyManagerFactory kmf =
          KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
      kmf.init(load(), password);
      SSLContext ctx = SSLContext.getInstance("TLS");
      ctx.init(kmf.getKeyManagers(), null, null);
      return ctx.getServerSocketFactory();
    } catch (GeneralSecurityException e) {
      throw new IOException(e);
    }
  }
}
