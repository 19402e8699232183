package dev.drplan.load;

import dev.drplan.analysis.ScenarioKeys;
import dev.drplan.analysis.UncertainInput;
import dev.drplan.analysis.UncertainScenario;
import dev.drplan.scenario.Scenario;
import dev.drplan.schema.ScenarioSchema;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Reads a scenario file (docs/scenario-format.md, version 1) into the engine's fully resolved
 * {@link Scenario}: every key checked against the keys valid at its place, every value read and
 * range-checked by its row of {@link ScenarioSchema}, every default of the format applied, every
 * catalog reference resolved (after the scenario's {@code overrides}). Anything wrong is one {@link
 * ScenarioException} naming file, line, column and key path.
 *
 * <p>Thread-safe: a loader holds only its catalog source.
 */
public final class ScenarioLoader {

  private final CatalogSource catalogs;

  /** A loader that resolves {@code catalog:} names through {@code catalogs}. */
  public ScenarioLoader(CatalogSource catalogs) {
    this.catalogs = Objects.requireNonNull(catalogs, "catalogs");
  }

  /**
   * Loads the scenario in {@code file}; messages name the file as {@code file.toString()}.
   *
   * @throws ScenarioException if the file cannot be read or is not a valid scenario
   */
  public Scenario load(Path file) {
    return loadUncertain(file).base();
  }

  /**
   * Loads the scenario in {@code file} with its distributions: every numeric value written as
   * {@code {dist: ...}} becomes an {@link UncertainInput} on the key {@link ScenarioKeys} names
   * ({@code options[1].copy_engine.per_stream} is {@code
   * options.gcs-archive.copy_engine.per_stream}), in canonical units, and {@link
   * UncertainScenario#base()} holds every such key at its distribution's base value (mode or
   * median): the scenario {@link #load(Path)} returns.
   *
   * @throws ScenarioException if the file cannot be read, is not a valid scenario, or holds an
   *     invalid distribution
   */
  public UncertainScenario loadUncertain(Path file) {
    String source = file.toString();
    return loadUncertain(source, readFile(file, source));
  }

  /** {@link #loadUncertain(Path)} from UTF-8 bytes; {@code sourceName} names them in messages. */
  public UncertainScenario loadUncertain(String sourceName, byte[] content) {
    Objects.requireNonNull(sourceName, "sourceName");
    Objects.requireNonNull(content, "content");
    YamlNode root = YamlReader.read(sourceName, content);
    return new ScenarioWalker(sourceName, catalogs).uncertain(root);
  }

  /** {@link #loadUncertain(Path)} from text; {@code sourceName} names it in messages. */
  public UncertainScenario loadUncertain(String sourceName, String content) {
    return loadUncertain(sourceName, content.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Loads a scenario from UTF-8 bytes; {@code sourceName} is the file name used in messages.
   *
   * @throws ScenarioException if the content is not a valid scenario
   */
  public Scenario load(String sourceName, byte[] content) {
    return loadUncertain(sourceName, content).base();
  }

  /**
   * Loads a scenario from text; {@code sourceName} is the file name used in messages.
   *
   * @throws ScenarioException if the text is not a valid scenario
   */
  public Scenario load(String sourceName, String content) {
    return load(sourceName, content.getBytes(StandardCharsets.UTF_8));
  }

  private static byte[] readFile(Path file, String source) {
    try {
      if (Files.isDirectory(file)) {
        throw fileError(source, "cannot read the scenario: this is a directory, not a file");
      }
      try (InputStream in = Files.newInputStream(file)) {
        return in.readNBytes(YamlReader.MAX_BYTES + 1);
      }
    } catch (NoSuchFileException missing) {
      throw fileError(source, "cannot read the scenario: there is no such file");
    } catch (AccessDeniedException denied) {
      throw fileError(source, "cannot read the scenario: permission denied");
    } catch (IOException | SecurityException failed) {
      throw fileError(
          source,
          "cannot read the scenario: " + Messages.clean(String.valueOf(failed.getMessage()), 200));
    }
  }

  private static ScenarioException fileError(String source, String detail) {
    return new ScenarioException(source, 0, 0, "", detail, null);
  }
}
