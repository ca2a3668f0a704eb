package io.dsm4j.soap.internal;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.dsm4j.spi.ComputerOperations;
import io.dsm4j.spi.EventOperations;
import io.dsm4j.spi.PolicyOperations;
import io.dsm4j.spi.RuleOperations;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A signed-in connection to WireMock, for the tests of one resource group each. */
abstract class WireTest {
  @RegisterExtension
  static WireMockExtension wm =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  protected SoapConnection conn;

  @BeforeEach
  void connect() {
    Wire.signIn(wm);
    conn = new SoapConnection(Wire.config(wm.baseUrl(), new AtomicInteger()));
  }

  @AfterEach
  void close() {
    conn.close();
  }

  PolicyOperations policies() {
    return conn.policies().orElseThrow();
  }

  RuleOperations rules() {
    return conn.rules().orElseThrow();
  }

  ComputerOperations computers() {
    return conn.computers().orElseThrow();
  }

  EventOperations events() {
    return conn.events().orElseThrow();
  }
}
