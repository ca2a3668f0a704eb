/**
 * The unchecked exceptions of dsm4j, all below {@link io.dsm4j.exception.DsmException}. Argument
 * errors use the JDK's {@code IllegalArgumentException} and {@code NullPointerException} and are
 * raised before any network call. Stable API.
 *
 * <p>Null-marked: nothing is null unless marked {@code @Nullable}.
 */
@NullMarked
package io.dsm4j.exception;

import org.jspecify.annotations.NullMarked;
