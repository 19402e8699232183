package dev.drplan.gcs.cli;

import picocli.CommandLine;

/** Runs {@code drplan probe} as a program of its own (tests start it as a separate process). */
public final class ProbeMain {

  private ProbeMain() {}

  public static void main(String[] args) {
    System.exit(new CommandLine(new ProbeCommand()).execute(args));
  }
}
