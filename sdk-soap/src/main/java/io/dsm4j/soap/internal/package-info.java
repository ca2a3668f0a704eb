/** Internal to the SOAP backend: not API, may change in any release. */
package io.dsm4j.soap.internal;
