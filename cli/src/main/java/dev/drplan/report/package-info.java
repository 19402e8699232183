/**
 * Report writers: turn the engine's typed results and the catalog into text for people. The only
 * place that chooses display units; every number is formatted with {@code Locale.ROOT}.
 */
package dev.drplan.report;
