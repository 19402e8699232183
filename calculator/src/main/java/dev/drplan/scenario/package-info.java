/**
 * The scenario as the engine sees it: immutable records with typed quantities, every catalog
 * reference already resolved and every default of docs/scenario-format.md already applied.
 */
package dev.drplan.scenario;
