package io.dsm4j.spi;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class CallContextTest {
  @Test
  void isCurrentOnlyInsideRun_andNests() {
    CallContext outer = CallContext.open("a", Duration.ofSeconds(10), false);
    CallContext inner = CallContext.open("b", Duration.ofSeconds(1), true);
    assertThat(CallContext.current()).isEmpty();
    outer.run(
        () -> {
          assertThat(CallContext.current()).containsSame(outer);
          inner.run(
              () -> {
                assertThat(CallContext.current()).containsSame(inner);
                return null;
              });
          assertThat(CallContext.current()).containsSame(outer);
          return null;
        });
    assertThat(CallContext.current()).isEmpty();
  }

  @Test
  void expiredContext_saysSo_andStillGivesAPositiveWireTimeout() {
    CallContext c = CallContext.open("a", Duration.ofNanos(1), false);
    assertThat(c.expired()).isTrue();
    assertThat(c.remainingMillis()).isEqualTo(1);
    assertThat(c.timeout("GET /x", null, null).getMessage()).contains("deadline of 0ms");
    assertThat(CallContext.human(Duration.ofMinutes(2))).isEqualTo("2m");
    assertThat(CallContext.human(Duration.ofMillis(1500))).isEqualTo("1500ms");
  }
}
