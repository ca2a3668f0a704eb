/** Implementation; not exported, no compatibility promise. */
package io.dsm4j.internal;
