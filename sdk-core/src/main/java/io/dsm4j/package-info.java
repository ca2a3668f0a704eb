/**
 * dsm4j: one API for the Deep Security Manager's REST and SOAP interfaces. Start with {@link
 * io.dsm4j.Manager#builder()}. Stable API.
 *
 * <p>Null-marked: nothing is null unless marked {@code @Nullable}.
 */
@NullMarked
package io.dsm4j;

import org.jspecify.annotations.NullMarked;
