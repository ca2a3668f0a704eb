/**
 * Immutable value types of dsm4j: outputs are records, inputs are built with builders. Stable API.
 *
 * <p>Null-marked: nothing is null unless marked {@code @Nullable}.
 */
@NullMarked
package io.dsm4j.model;

import org.jspecify.annotations.NullMarked;
