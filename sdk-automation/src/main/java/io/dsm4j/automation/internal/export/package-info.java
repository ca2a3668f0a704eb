/**
 * The event export behind {@link io.dsm4j.automation.EventExporter}: the state file, the output
 * modes (stream, one file replaced, one file appended, one new file per run) and crash recovery.
 * Not an API.
 */
package io.dsm4j.automation.internal.export;
