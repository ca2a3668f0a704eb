/**
 * dsm4j: one API for the Deep Security Manager's REST and SOAP interfaces. Start with {@link
 * io.dsm4j.Manager#builder()}. Stable API.
 */
package io.dsm4j;
