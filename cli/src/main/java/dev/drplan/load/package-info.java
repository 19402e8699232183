/**
 * The YAML edge: reads scenario files and the built-in catalog resources into the engine's typed
 * records, and turns every bad input into one positioned, one-paragraph message. The only place
 * unit strings are read (spec/scenario-format.md).
 */
package dev.drplan.load;
