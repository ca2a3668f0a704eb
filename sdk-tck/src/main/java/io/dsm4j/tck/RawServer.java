package io.dsm4j.tck;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import javax.net.ssl.SSLServerSocketFactory;

/**
 * A hostile HTTP server on loopback, written on raw sockets so that it can misbehave in ways a real
 * server library will not: stall, dribble one byte at a time, close or reset after reading a
 * request, stream an endless body, redirect, echo the request. It records every request it read and
 * every connection it accepted. Stops by itself when closed; every thread is a daemon.
 */
public final class RawServer implements AutoCloseable {
  /** A request as it arrived. */
  public record RawRequest(String method, String target, String head, String body) {
    /**
     * @return the request line, headers and body as one text
     */
    public String all() {
      return head + "\r\n\r\n" + body;
    }
  }

  /** What the server does with a request. */
  public sealed interface Action {}

  /**
   * Answers (and keeps the connection open for the next request).
   *
   * @param status the status
   * @param headers extra header lines, e.g. {@code Location: …}
   * @param contentType the content type
   * @param body the body
   */
  public record Reply(int status, List<String> headers, String contentType, String body)
      implements Action {
    /**
     * @param status the status
     * @param contentType the content type
     * @param body the body
     * @return the reply
     */
    public static Reply of(int status, String contentType, String body) {
      return new Reply(status, List.of(), contentType, body);
    }
  }

  /**
   * Writes these bytes as they are, then closes the connection.
   *
   * @param bytes the whole answer
   */
  public record Raw(byte[] bytes) implements Action {}

  /** Never answers. */
  public record Stall() implements Action {}

  /** Answers 200 and then one byte every {@code millis} forever. */
  public record Dribble(long millis) implements Action {}

  /** Closes the connection without answering (after reading the whole request). */
  public record Close() implements Action {}

  /** Resets the connection (TCP RST) without answering. */
  public record Reset() implements Action {}

  /** Answers 200 with a chunked body that never ends. */
  public record Endless(String contentType) implements Action {}

  private final ServerSocket socket;
  private final Function<RawRequest, Action> handler;
  private final List<RawRequest> requests = new CopyOnWriteArrayList<>();
  private final AtomicInteger connections = new AtomicInteger();
  private final List<Socket> open = new CopyOnWriteArrayList<>();
  private volatile boolean closed;

  private RawServer(ServerSocket socket, Function<RawRequest, Action> handler) {
    this.socket = socket;
    this.handler = handler;
    Thread t = new Thread(this::acceptLoop, "raw-server-" + socket.getLocalPort());
    t.setDaemon(true);
    t.start();
  }

  /**
   * @param handler what to do with each request
   * @return a plain-HTTP server on 127.0.0.1
   * @throws IOException when it cannot listen
   */
  public static RawServer http(Function<RawRequest, Action> handler) throws IOException {
    ServerSocket s = new ServerSocket();
    s.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
    return new RawServer(s, handler);
  }

  /**
   * @param factory a TLS server socket factory (with the server's key)
   * @param handler what to do with each request
   * @return a TLS server on 127.0.0.1
   * @throws IOException when it cannot listen
   */
  public static RawServer tls(SSLServerSocketFactory factory, Function<RawRequest, Action> handler)
      throws IOException {
    ServerSocket s = factory.createServerSocket();
    s.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
    return new RawServer(s, handler);
  }

  /**
   * @return the port
   */
  public int port() {
    return socket.getLocalPort();
  }

  /**
   * @return {@code http://127.0.0.1:PORT}
   */
  public String url() {
    return "http://127.0.0.1:" + port();
  }

  /**
   * @return the requests read so far
   */
  public List<RawRequest> requests() {
    return List.copyOf(requests);
  }

  /**
   * @return the connections accepted so far
   */
  public int connections() {
    return connections.get();
  }

  private void acceptLoop() {
    while (!closed) {
      try {
        Socket s = socket.accept();
        connections.incrementAndGet();
        open.add(s);
        Thread t = new Thread(() -> serve(s), "raw-conn-" + port());
        t.setDaemon(true);
        t.start();
      } catch (IOException e) {
        return; // closed
      }
    }
  }

  private void serve(Socket s) {
    try (s) {
      s.setSoTimeout(30_000); // a forgotten client must not keep a thread forever
      InputStream in = s.getInputStream();
      OutputStream out = s.getOutputStream();
      while (!closed) {
        RawRequest r = read(in);
        if (r == null) {
          return;
        }
        requests.add(r);
        Action a = handler.apply(r);
        if (a instanceof Reply reply) {
          byte[] body = reply.body().getBytes(StandardCharsets.UTF_8);
          StringBuilder head = new StringBuilder();
          head.append("HTTP/1.1 ").append(reply.status()).append(" X\r\n");
          for (String h : reply.headers()) {
            head.append(h).append("\r\n");
          }
          head.append("Content-Type: ").append(reply.contentType()).append("\r\n");
          head.append("Content-Length: ").append(body.length).append("\r\n\r\n");
          out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
          out.write(body);
          out.flush();
          if (r.head().toLowerCase(Locale.ROOT).contains("\r\nconnection: close")) {
            return;
          }
        } else if (a instanceof Raw raw) {
          out.write(raw.bytes());
          out.flush();
          return;
        } else if (a instanceof Stall) {
          waitUntilClosed();
          return;
        } else if (a instanceof Dribble d) {
          out.write(
              ("HTTP/1.1 200 OK\r\nContent-Type: text/xml\r\nTransfer-Encoding: chunked\r\n\r\n")
                  .getBytes(StandardCharsets.ISO_8859_1));
          while (!closed) {
            out.write("1\r\n \r\n".getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            Thread.sleep(d.millis());
          }
          return;
        } else if (a instanceof Close) {
          return;
        } else if (a instanceof Reset) {
          s.setSoLinger(true, 0);
          return;
        } else if (a instanceof Endless e) {
          out.write(
              ("HTTP/1.1 200 OK\r\nContent-Type: "
                      + e.contentType()
                      + "\r\nTransfer-Encoding: chunked\r\n\r\n")
                  .getBytes(StandardCharsets.ISO_8859_1));
          byte[] chunk = ("10000\r\n" + " ".repeat(0x10000) + "\r\n").getBytes();
          while (!closed) {
            out.write(chunk);
          }
          return;
        }
      }
    } catch (IOException e) {
      // the client went away: nothing to do
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void waitUntilClosed() throws InterruptedException {
    synchronized (this) {
      while (!closed) {
        wait(1000);
      }
    }
  }

  /** Reads one request (head and Content-Length body), or null at the end of the stream. */
  private static RawRequest read(InputStream in) throws IOException {
    ByteArrayOutputStream head = new ByteArrayOutputStream();
    int matched = 0;
    while (matched < 4) {
      int b = in.read();
      if (b < 0) {
        return null;
      }
      head.write(b);
      matched = (b == "\r\n\r\n".charAt(matched)) ? matched + 1 : (b == '\r' ? 1 : 0);
    }
    String h = head.toString(StandardCharsets.ISO_8859_1).strip();
    int length = 0;
    for (String line : h.split("\r\n")) {
      if (line.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
        length = Integer.parseInt(line.substring(15).trim());
      }
    }
    String body = new String(in.readNBytes(length), StandardCharsets.UTF_8);
    String[] first = h.split(" ", 3);
    return new RawRequest(first[0], first.length > 1 ? first[1] : "", h, body);
  }

  /**
   * A forwarding HTTP proxy for plain-HTTP targets on loopback: it sends each request it receives
   * (absolute-form) to its target and relays the answer. Records what it forwarded.
   *
   * @return the proxy
   * @throws IOException when it cannot listen
   */
  public static RawServer forwardingProxy() throws IOException {
    return http(RawServer::forward);
  }

  private static Action forward(RawRequest r) {
    java.net.URI target = java.net.URI.create(r.target());
    if (!InetAddress.getLoopbackAddress().getHostAddress().equals(target.getHost())) {
      return Reply.of(403, "text/plain", "loopback only");
    }
    StringBuilder head = new StringBuilder();
    String[] lines = r.head().split("\r\n");
    head.append(r.method()).append(' ').append(target.getRawPath()).append(" HTTP/1.1\r\n");
    for (int i = 1; i < lines.length; i++) {
      String l = lines[i].toLowerCase(Locale.ROOT);
      if (!l.startsWith("connection:") && !l.startsWith("proxy-")) {
        head.append(lines[i]).append("\r\n");
      }
    }
    head.append("Connection: close\r\n\r\n");
    try (Socket s = new Socket(target.getHost(), target.getPort())) {
      s.setSoTimeout(30_000);
      s.getOutputStream().write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
      s.getOutputStream().write(r.body().getBytes(StandardCharsets.UTF_8));
      s.getOutputStream().flush();
      return new Raw(s.getInputStream().readAllBytes());
    } catch (IOException e) {
      return Reply.of(502, "text/plain", "proxy: " + e);
    }
  }

  @Override
  public void close() {
    closed = true;
    synchronized (this) {
      notifyAll();
    }
    try {
      socket.close();
    } catch (IOException e) {
      // closing anyway
    }
    for (Socket s : new ArrayList<>(open)) {
      try {
        s.close();
      } catch (IOException e) {
        // closing anyway
      }
    }
  }
}
