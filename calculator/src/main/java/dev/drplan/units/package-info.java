/**
 * Typed quantities: {@link dev.drplan.units.DataSize}, {@link dev.drplan.units.DataRate}, {@link
 * dev.drplan.units.TimeSpan}, {@link dev.drplan.units.Fraction} and {@link dev.drplan.units.Money}.
 * Each stores one canonical {@code double} (bytes, bytes/s, seconds, ratio, USD) so that sizes to
 * 1e20 bytes and beyond compute without overflow. Unit strings are read only by the scenario
 * parser; display units are chosen only by report writers.
 */
package dev.drplan.units;
