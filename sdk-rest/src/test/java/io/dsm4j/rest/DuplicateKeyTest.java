package io.dsm4j.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.dsm4j.Manager;
import io.dsm4j.RetryOptions;
import io.dsm4j.exception.ResponseRejectedException;
import io.dsm4j.tck.RawServer;
import io.dsm4j.tck.RestWire;
import org.junit.jupiter.api.Test;

/** A key twice in one JSON object is refused, never resolved by "last one wins". */
class DuplicateKeyTest {
  @Test
  void duplicateKeyInAnAnswer_isRefusedNamingTheKey() throws Exception {
    try (RawServer s =
            RawServer.http(
                r ->
                    RawServer.Reply.of(
                        200,
                        "application/json",
                        "{\"ID\": 7, \"name\": \"Base Policy\", \"name\": \"Other\"}"));
        Manager m =
            new RestWire()
                .credentials(Manager.builder().url(s.url()))
                .retry(RetryOptions.none())
                .build()) {
      ResponseRejectedException e =
          catchThrowableOfType(ResponseRejectedException.class, () -> m.policies().get(7));

      assertThat(e).isNotNull();
      assertThat(e.getMessage()).contains("'name'");
    }
  }
}
