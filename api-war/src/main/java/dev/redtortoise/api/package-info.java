/**
 * The customer REST API: thin JAX-RS resources over the domain's boundaries, JSON records named
 * {@code <Thing>Json}, and the mappers that turn every failure into the contract's error format.
 */
package dev.redtortoise.api;
