/**
 * The price and hardware catalog as typed records with source and as-of date per figure, and the
 * lookups that turn catalog names into scenario specs. The resource files live in the CLI module;
 * this package reads no file.
 */
package dev.drplan.catalog;
