package io.dsm4j.cli;

import io.dsm4j.Manager;
import io.dsm4j.SoapAccess;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code dsm4j soap OPERATION}: any Web Service API operation through the same connection and
 * session as every other command (the escape hatch, {@link SoapAccess}); the response element on
 * stdout.
 */
@Command(
    name = "soap",
    description =
        "Call any Web Service API operation by name (what dsm4j does not model) with the same"
            + " session, TLS, deadline, retries and masking; prints the response element (with"
            + " --output json: {\"operation\", \"response\"}). A SOAP fault is a failure (exit 1).",
    footer = {
      "",
      "Example: echo '<id>42</id>' | dsm4j soap hostGetStatus --file -",
      "The payload is the request element's children without <sID> (dsm4j adds it)."
    })
final class SoapCommand extends Base {
  @Parameters(paramLabel = "OPERATION", description = "The operation, e.g. hostGetStatus.")
  String operation;

  @Option(
      names = "--file",
      paramLabel = "PAYLOAD",
      description = "The request's child elements as XML ('-': stdin); none: no parameters.")
  Path file;

  /** Whether the operation only reads (what {@code --all-tenants} may run). */
  boolean readsOnly() {
    return SoapAccess.isRead(operation);
  }

  @Override
  int run(Manager m, Output out) {
    String payload = file == null ? "" : JsonFiles.read(root(), file);
    SoapAccess ws = m.unwrap(SoapAccess.class);
    String answer;
    try {
      answer = ws.call(operation, payload);
    } catch (IllegalArgumentException e) {
      throw new Dsm4j.UsageException(e.getMessage(), e);
    }
    if (out.format() == Output.Format.JSON) {
      Map<String, Object> o = new LinkedHashMap<>();
      o.put("operation", operation);
      o.put("response", answer);
      out.json(o);
    } else {
      out.text(answer);
    }
    return 0;
  }
}
