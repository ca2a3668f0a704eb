package io.dsm4j.cli;

import io.dsm4j.ServerCertificates;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code dsm4j trust-cert}: fetches the certificate a manager presents, shows its SHA-256
 * fingerprint to compare with the one the manager itself shows, and saves it as PEM for {@code
 * --trust-cert}. Nothing is verified while fetching: that is the point, and why it says to compare.
 */
@Command(
    name = "trust-cert",
    description =
        "Fetch the manager's TLS certificate, show its SHA-256 fingerprint, subject, issuer and"
            + " validity, and save it as PEM for --trust-cert (or pin it with --pin-sha256).")
final class TrustCertCommand implements Callable<Integer> {
  @ParentCommand Dsm4j root;

  @Option(
      names = "--out",
      required = true,
      paramLabel = "FILE",
      description = "Where to save the certificate (PEM).")
  Path outFile;

  @Option(names = "--force", description = "Overwrite FILE if it exists.")
  boolean force;

  @Option(
      names = "--connect-timeout",
      defaultValue = "10s",
      paramLabel = "DURATION",
      description = "How long to wait for the connection and handshake (default 10s).")
  String connectTimeout;

  @Override
  public Integer call() {
    Output out = root.output();
    Connector.Value given = root.connector().urlValue();
    if (given == null) {
      throw new Dsm4j.UsageException("trust-cert needs the manager: --url https://HOST:PORT");
    }
    String text = given.text();
    String urlSource = given.source();
    URI url =
        Connector.usage(
            urlSource,
            () -> {
              URI u = URI.create(text.trim());
              if (!"https".equalsIgnoreCase(u.getScheme()) || u.getHost() == null) {
                throw new Dsm4j.UsageException(
                    "trust-cert needs an https://HOST[:PORT] URL, not '" + text + "'");
              }
              return u;
            });
    Duration timeout = Connector.usage("--connect-timeout", () -> Times.duration(connectTimeout));
    if (!force && Files.exists(outFile)) {
      throw new Dsm4j.Failure(outFile + " exists; add --force to overwrite it");
    }
    List<X509Certificate> chain;
    try {
      chain = ServerCertificates.fetch(url, timeout);
    } catch (IOException e) {
      throw new Dsm4j.Failure(
          "cannot fetch the certificate of "
              + url.getHost()
              + ":"
              + (url.getPort() > 0 ? url.getPort() : 443)
              + ": "
              + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()),
          e);
    }
    X509Certificate cert = chain.get(0);
    String fingerprint = ServerCertificates.display(ServerCertificates.sha256(cert));
    save(ServerCertificates.toPem(cert));
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("sha256", fingerprint);
    v.put("subject", cert.getSubjectX500Principal().getName());
    v.put("issuer", cert.getIssuerX500Principal().getName());
    v.put("notBefore", cert.getNotBefore().toInstant());
    v.put("notAfter", cert.getNotAfter().toInstant());
    v.put("selfSigned", cert.getSubjectX500Principal().equals(cert.getIssuerX500Principal()));
    v.put("chainLength", chain.size());
    v.put("savedTo", outFile.toString());
    out.properties(v);
    root.note(
        "compare the SHA-256 fingerprint with the one the manager shows before you use --trust-cert "
            + outFile
            + " (or --pin-sha256 "
            + fingerprint
            + ")");
    return 0;
  }

  private void save(String pem) {
    try {
      if (force) {
        Files.writeString(outFile, pem, StandardCharsets.US_ASCII);
      } else {
        Files.writeString(outFile, pem, StandardCharsets.US_ASCII, StandardOpenOption.CREATE_NEW);
      }
    } catch (FileAlreadyExistsException e) {
      throw new Dsm4j.Failure(outFile + " exists; add --force to overwrite it", e);
    } catch (IOException e) {
      throw new Dsm4j.Failure("cannot write " + outFile + ": " + Failures.fileReason(e), e);
    }
  }
}
