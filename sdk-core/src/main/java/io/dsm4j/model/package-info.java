/**
 * Immutable value types of dsm4j: outputs are records, inputs are built with builders. Stable API.
 */
package io.dsm4j.model;
