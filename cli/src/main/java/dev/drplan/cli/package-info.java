/**
 * The picocli command tree: {@link dev.drplan.cli.DrplanCommand} and one class per subcommand,
 * shared options as mixins, exit codes in {@link dev.drplan.cli.ExitCodes}, failures reported by
 * {@link dev.drplan.cli.Errors}. Commands stay thin: read the scenario, evaluate, write the report.
 * Edges delivered by other modules are connected in {@link dev.drplan.cli.Wiring}.
 */
package dev.drplan.cli;
