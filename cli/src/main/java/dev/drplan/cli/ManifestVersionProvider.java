package dev.drplan.cli;

import picocli.CommandLine.IVersionProvider;

/** {@code drplan --version}: the {@code Implementation-Version} of the jar's manifest. */
final class ManifestVersionProvider implements IVersionProvider {

  @Override
  public String[] getVersion() {
    String version = DrplanCommand.class.getPackage().getImplementationVersion();
    return new String[] {
      "drplan " + (version == null ? "(development build: no jar manifest)" : version),
      "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vm.name") + ")"
    };
  }
}
