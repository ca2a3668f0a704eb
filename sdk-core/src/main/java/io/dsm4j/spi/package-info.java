/**
 * The backend SPI: what a backend module implements. For backend implementors; may gain methods in
 * minor releases. Uses only JDK and dsm4j types.
 */
package io.dsm4j.spi;
