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
      paramLabel = "PORT",
      description = "Port on 127.0.0.1 (default 4119; 0 picks a free one).")
  int port;

  @Option(
      names = "--seed",
      defaultValue = "42",
      paramLabel = "SEED",
      description = "Data seed: the same seed gives the same data (default 42).")
  long seed;

  @Option(
      names = "--size",
      defaultValue = "small",
      paramLabel = "SIZE",
      description = "small (300 IPS rules) or full (≈10,000 IPS rules); default small.")
  String size;

  @Option(
      names = "--accept-api-key",
      paramLabel = "KEY",
      description = "The API key it accepts (default 2:dsm4j-simulator-key).")
  String apiKey;

  @Option(
      names = "--accept-user",
      paramLabel = "USER:PASSWORD",
      description = "The user and password it accepts (default dsm4j:simulator).")
  String user;

  @Option(
      names = "--events-per-kind",
      paramLabel = "N",
      description = "Events generated per event kind over the last 7 days (default 500 small).")
  Integer eventsPerKind;

  /** A value as one shell word: single-quoted unless it is plainly safe. */
  static String shellQuote(String v) {
    if (v.matches("[A-Za-z0-9_@%+=:,./-]+")) {
      return v;
    }
    return "'" + v.replace("'", "'\\''") + "'";
  }

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
    // stdout: ready to paste into another terminal (credentials as variables, never --password).
    root.out.println("export DSM_URL=" + shellQuote(sim.url().toString()));
    root.out.println("export DSM_API_KEY=" + shellQuote(sim.apiKey()));
    root.out.println(
        "export DSM_USERNAME="
            + shellQuote(sim.username())
            + " DSM_PASSWORD="
            + shellQuote(sim.password()));
    root.out.flush();
    root.err.println(
        "dsm4j: simulator listening on "
            + sim.url()
            + " (seed "
            + seed
            + ", size "
            + size
            + "); paste the lines above into another terminal, then e.g. dsm4j info. Ctrl-C"
            + " stops it.");
    stop.await();
    return 0;
  }
}
