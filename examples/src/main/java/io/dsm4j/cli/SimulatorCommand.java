package io.dsm4j.cli;

import io.dsm4j.testkit.DsmSimulator;
import io.dsm4j.testkit.Size;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code dsm4j simulator}: runs the embedded simulator until stopped. */
@Command(
    name = "simulator",
    description = "Run the DSM simulator (REST /api and SOAP on one port) until stopped.")
final class SimulatorCommand implements Callable<Integer> {
  @ParentCommand Dsm4j root;

  @Option(
      names = "--port",
      defaultValue = "4119",
      description = "Port on 127.0.0.1 (default 4119).")
  int port;

  @Option(names = "--seed", defaultValue = "42", description = "Data seed (default 42).")
  long seed;

  @Option(
      names = "--size",
      defaultValue = "small",
      description = "small or full (≈10,000 IPS rules).")
  String size;

  @Option(names = "--accept-api-key", paramLabel = "K", description = "The API key it accepts.")
  String apiKey;

  @Option(
      names = "--accept-user",
      paramLabel = "U:P",
      description = "The user and password it accepts.")
  String user;

  @Option(
      names = "--events-per-kind",
      paramLabel = "N",
      description = "Events generated per event kind over the last 7 days (default 500 small).")
  Integer eventsPerKind;

  @Override
  public Integer call() throws InterruptedException {
    DsmSimulator.Builder b = DsmSimulator.builder().port(port).seed(seed);
    if (eventsPerKind != null) {
      b.eventsPerKind(eventsPerKind);
    }
    b.size(
        switch (size.toLowerCase(Locale.ROOT)) {
          case "small" -> Size.SMALL;
          case "full" -> Size.FULL;
          default -> throw new Dsm4j.UsageException("--size must be small or full");
        });
    if (apiKey != null) {
      b.apiKey(apiKey);
    }
    if (user != null) {
      int i = user.indexOf(':');
      if (i <= 0 || i == user.length() - 1) {
        throw new Dsm4j.UsageException("--accept-user must be USER:PASSWORD");
      }
      b.user(user.substring(0, i), user.substring(i + 1));
    }
    DsmSimulator sim = b.start();
    CountDownLatch stop = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  sim.close();
                  stop.countDown();
                }));
    root.err.println("dsm4j simulator listening on " + sim.url());
    root.err.println("  REST: --url " + sim.url() + " --api-key " + sim.apiKey());
    root.err.println(
        "  SOAP: --url "
            + sim.url()
            + " --username "
            + sim.username()
            + " --password "
            + sim.password());
    root.err.println("  (simulated data, seed " + seed + ", size " + size + "; Ctrl-C stops it)");
    stop.await();
    return 0;
  }
}
