/**
 * JMH benchmarks, one question per class; each class's javadoc gives its run command. Results and
 * targets are recorded in {@code benchmarks/README.md}. Never run in the test phase.
 */
package dev.drplan.benchmarks;
