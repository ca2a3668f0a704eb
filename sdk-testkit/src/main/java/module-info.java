/** The dsm4j embedded DSM simulator and its JUnit 5 extension. */
module io.dsm4j.testkit {
  requires transitive io.dsm4j;
  requires com.fasterxml.jackson.databind;
  requires jdk.httpserver;
  requires java.xml;
  requires static org.junit.jupiter.api;

  exports io.dsm4j.testkit;
}
