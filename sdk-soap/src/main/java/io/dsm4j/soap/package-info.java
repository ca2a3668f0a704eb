/**
 * The SOAP backend of dsm4j (classic Web Service API). Its only public type is {@link
 * io.dsm4j.soap.SoapBackendProvider}, found by {@link java.util.ServiceLoader}.
 */
package io.dsm4j.soap;
