/**
 * The {@code drplan probe} command: picocli options with typed converters, wired to {@link
 * dev.drplan.gcs.probe.ProbeRunner}. {@link dev.drplan.gcs.cli.ProbeCommand} stands alone (no
 * parent command needed) so the root {@code drplan} command can register it as a subcommand; {@link
 * dev.drplan.gcs.cli.ProbeMain} runs it as a program of its own (tests, benchmarks).
 */
package dev.drplan.gcs.cli;
