package io.dsm4j.testkit.internal;

import java.nio.charset.StandardCharsets;

/** An HTTP answer produced by one of the protocol front ends. */
public record Reply(int status, String contentType, byte[] body) {
  static Reply of(int status, String contentType, String body) {
    return new Reply(status, contentType, body.getBytes(StandardCharsets.UTF_8));
  }
}
