package dev.drplan.cli;

import dev.drplan.scenario.SafeText;
import dev.drplan.scenario.Suggestions;
import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.TypeConversionException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * How {@code drplan} reports a failure: one line on standard error ({@code drplan: error: ...}), no
 * stack trace unless {@code --stacktrace} is given, and the exit code from {@link ExitCodes}. What
 * the line quotes from the arguments has its control characters escaped ({@link SafeText}). Usage
 * errors (unknown option, missing FILE, bad --format) add where to find the usage, on the same
 * line.
 */
final class Errors implements IParameterExceptionHandler, IExecutionExceptionHandler {
  static final String PREFIX = "drplan: error: ";

  static final String STACKTRACE = "--stacktrace";

  @Override
  public int handleParseException(ParameterException ex, String[] args) {
    CommandLine commandLine = ex.getCommandLine();
    PrintWriter err = commandLine.getErr();
    StringBuilder line = new StringBuilder(PREFIX);
    List<String> unknown = unknownOptions(commandLine);
    if (!unknown.isEmpty()) {
      // An unknown option is the likelier cause of whatever else went wrong ("--fromat json" also
      // leaves "json" unmatched, and a mistyped required option is also a missing one).
      line.append(unknown.size() == 1 ? "Unknown option: '" : "Unknown options: '")
          .append(String.join("', '", unknown))
          .append('\'');
      List<String> suggestions = suggestions(commandLine, unknown, ex);
      if (!suggestions.isEmpty()) {
        line.append("; did you mean ").append(String.join(" or ", suggestions)).append('?');
      }
    } else if (unknownCommand(commandLine, ex) != null) {
      // "drplan comapre x.yaml": the first word is a command, mistyped.
      unknownCommand(line, unknownCommand(commandLine, ex), commandLine);
    } else if (ex.getValue() != null
        && ex.getMessage().equals("Unknown subcommand '" + ex.getValue() + "'.")) {
      // "drplan help compre": picocli's help command names the word, not what was meant.
      unknownCommand(line, ex.getValue(), commandLine);
    } else if (ex.getCause() instanceof TypeConversionException && ex.getArgSpec() != null) {
      // A converter's own words, after the option they are about: "--samples: expected ...".
      line.append(name(ex.getArgSpec())).append(": ").append(ex.getCause().getMessage());
    } else {
      // picocli opens some messages with its own "Error: " (a group's missing arguments): the
      // line already says it is one.
      String message = ex.getMessage();
      line.append(message.startsWith("Error: ") ? message.substring("Error: ".length()) : message);
    }
    line.append(" (see '").append(commandLine.getCommandSpec().qualifiedName()).append(" --help')");
    err.println(SafeText.escaped(line.toString()));
    if (Arrays.asList(args).contains(STACKTRACE)) {
      ex.printStackTrace(err);
    }
    err.flush();
    return ExitCodes.BAD_INPUT;
  }

  /**
   * The word given where a command was expected and matching none ({@code drplan comapre}), or
   * {@code null}: the first argument left unmatched by a command that has commands and takes no
   * positional parameter of its own.
   */
  private static String unknownCommand(CommandLine commandLine, ParameterException ex) {
    if (!(ex instanceof UnmatchedArgumentException)
        || commandLine.getSubcommands().isEmpty()
        || !commandLine.getCommandSpec().positionalParameters().isEmpty()) {
      return null;
    }
    List<String> unmatched = ((UnmatchedArgumentException) ex).getUnmatched();
    if (unmatched.isEmpty() || unmatched.get(0).startsWith("-")) {
      return null;
    }
    ParseResult parsed = commandLine.getParseResult();
    return parsed != null && parsed.hasSubcommand() ? null : unmatched.get(0);
  }

  /** "unknown command 'typed'" and the closest of {@code parent}'s commands, or all of them. */
  private static void unknownCommand(StringBuilder line, String typed, CommandLine parent) {
    line.append("unknown command '").append(typed).append('\'');
    String closest = Suggestions.closest(typed, parent.getSubcommands().keySet());
    if (closest != null) {
      line.append("; did you mean '").append(closest).append("'?");
    } else {
      line.append("; the commands are ")
          .append(String.join(", ", parent.getSubcommands().keySet()));
    }
  }

  /** An option by its longest name, a positional parameter by its label. */
  private static String name(ArgSpec arg) {
    return arg instanceof OptionSpec ? ((OptionSpec) arg).longestName() : arg.paramLabel();
  }

  /** The arguments left unmatched that look like options ({@code --fromat}, not a value). */
  private static List<String> unknownOptions(CommandLine commandLine) {
    List<String> unknown = new ArrayList<>();
    for (String arg : commandLine.getUnmatchedArguments()) {
      if (arg.startsWith("-") && arg.length() > 1 && !isNumber(arg)) {
        unknown.add(arg);
      }
    }
    return unknown;
  }

  private static boolean isNumber(String arg) {
    return arg.matches("-[0-9.].*");
  }

  /**
   * The options meant by {@code unknown}: picocli's own suggestions, else for each the closest
   * option name of the command by edit distance ({@code --fromat} means {@code --format}).
   */
  private static List<String> suggestions(
      CommandLine commandLine, List<String> unknown, ParameterException ex) {
    if (ex instanceof UnmatchedArgumentException) {
      List<String> picocli = ((UnmatchedArgumentException) ex).getSuggestions();
      if (!picocli.isEmpty()) {
        return picocli;
      }
    }
    Set<String> names = commandLine.getCommandSpec().optionsMap().keySet();
    List<String> longNames = new ArrayList<>();
    for (String name : names) {
      if (name.startsWith("--")) {
        longNames.add(name);
      }
    }
    Set<String> suggestions = new LinkedHashSet<>();
    for (String arg : unknown) {
      int equals = arg.indexOf('=');
      String option = equals < 0 ? arg : arg.substring(0, equals);
      String closest = Suggestions.closest(option, longNames);
      if (closest != null) {
        suggestions.add(closest);
      }
    }
    return new ArrayList<>(suggestions);
  }

  @Override
  public int handleExecutionException(
      Exception ex, CommandLine commandLine, ParseResult fullParseResult) {
    for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
      if (cause instanceof StandardOutput.Failure) {
        return standardOutputFailed(commandLine, (StandardOutput.Failure) cause);
      }
    }
    PrintWriter err = commandLine.getErr();
    boolean stacktrace = fullParseResult.originalArgs().contains(STACKTRACE);
    err.println(SafeText.escaped(line(ex, stacktrace)));
    if (stacktrace) {
      ex.printStackTrace(err);
    }
    err.flush();
    return ExitCodes.of(ex);
  }

  /**
   * A failed write to standard output: quietly {@link ExitCodes#CLOSED_PIPE} when its reader has
   * gone, else one line and {@link ExitCodes#FAILURE}.
   */
  static int standardOutputFailed(CommandLine commandLine, StandardOutput.Failure failure) {
    if (failure.closedPipe()) {
      return ExitCodes.CLOSED_PIPE;
    }
    PrintWriter err = commandLine.getErr();
    err.println(PREFIX + "cannot write to standard output: " + failure.getMessage());
    err.flush();
    return ExitCodes.FAILURE;
  }

  /** The one line for a failure. */
  static String line(Throwable failure, boolean stacktrace) {
    if (failure instanceof InputException) {
      return ((InputException) failure).line();
    }
    if (failure instanceof FileSystemException) {
      return PREFIX + describe((FileSystemException) failure);
    }
    if (failure instanceof OutputFile.WriteFailure) {
      return PREFIX + failure.getMessage();
    }
    String what =
        failure.getMessage() == null
            ? failure.getClass().getSimpleName()
            : failure.getClass().getSimpleName() + ": " + failure.getMessage();
    return PREFIX
        + "internal error: "
        + what
        + (stacktrace ? "" : " (run again with " + STACKTRACE + " for details)");
  }

  /** A file error in words; the JDK's own messages are often the bare path. */
  private static String describe(FileSystemException failure) {
    String file = failure.getFile();
    if (failure instanceof NoSuchFileException) {
      return "cannot open " + file + ": no such file or directory";
    }
    if (failure instanceof AccessDeniedException) {
      return "cannot open " + file + ": permission denied";
    }
    if (failure instanceof FileAlreadyExistsException) {
      return file + " already exists";
    }
    String reason = failure.getReason();
    return "cannot open " + file + (reason == null ? "" : ": " + reason);
  }
}
