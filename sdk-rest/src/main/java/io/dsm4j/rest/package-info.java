/** The REST backend of dsm4j ({@code /api}); see {@link io.dsm4j.rest.RestBackendProvider}. */
package io.dsm4j.rest;
