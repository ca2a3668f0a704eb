/** Simulator internals; not an API, may change at any time. */
package io.dsm4j.testkit.internal;
