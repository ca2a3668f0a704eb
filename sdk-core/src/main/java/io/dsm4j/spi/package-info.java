/**
 * The backend SPI: what a backend module implements. For backend implementors; may gain methods in
 * minor releases. Uses only JDK and dsm4j types.
 *
 * <p>Null-marked: nothing is null unless marked {@code @Nullable}.
 */
@NullMarked
package io.dsm4j.spi;

import org.jspecify.annotations.NullMarked;
