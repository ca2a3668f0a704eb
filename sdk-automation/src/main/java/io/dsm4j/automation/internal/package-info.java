/** Internals of dsm4j automation; not an API, may change in any release. */
package io.dsm4j.automation.internal;
