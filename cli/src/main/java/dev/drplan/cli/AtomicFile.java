package dev.drplan.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.security.SecureRandom;
import java.util.Set;

/**
 * Writes a file so that a reader sees either the old file or the whole new one, never a part: the
 * content goes to a temporary file in the target's own directory (so the rename stays on one file
 * system), which is forced to disk and then renamed over the target. On any failure (a full disk,
 * an error in the report) the temporary file is deleted and the target is left as it was; so it is
 * when a signal (SIGINT, SIGTERM) ends the process during the write, by a shutdown hook that lives
 * as long as the temporary file.
 *
 * <p>Without {@code replace}, the new file is linked into place, which fails when a file of that
 * name exists, so a file created by someone else since the check is never overwritten either. A
 * replaced file keeps its permissions.
 */
final class AtomicFile {

  /** Produces the file's bytes. */
  @FunctionalInterface
  interface Content {
    void writeTo(OutputStream out) throws IOException;
  }

  /** Opens the temporary file; tests pass one whose channel fails like a full disk. */
  @FunctionalInterface
  interface Opener {
    FileChannel open(Path temporary) throws IOException;
  }

  /** The suffix of temporary files, for the user who finds one after a power cut. */
  static final String TEMPORARY_SUFFIX = ".drplan-tmp";

  /**
   * Made when a file is first written, not when the command line is built: seeding it initialises
   * the JDK's security providers, which costs every run's start-up, most of which write no file.
   */
  private static final class TemporaryNames {
    static final SecureRandom RANDOM = new SecureRandom();
  }

  private final Opener opener;

  private AtomicFile(Opener opener) {
    this.opener = opener;
  }

  /** The writer of the real command line. */
  static AtomicFile onDisk() {
    return new AtomicFile(
        temporary ->
            FileChannel.open(temporary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE));
  }

  /** A writer whose temporary files are opened by {@code opener} (tests). */
  static AtomicFile openedBy(Opener opener) {
    return new AtomicFile(opener);
  }

  /**
   * Writes {@code content} to {@code target}: whole, or not at all.
   *
   * @param replace whether an existing {@code target} may be replaced
   * @throws FileAlreadyExistsException when {@code target} exists and {@code replace} is false
   * @throws IOException when the content or the file system fails; {@code target} is unchanged
   */
  void write(Path target, boolean replace, Content content) throws IOException {
    Path directory = target.toAbsolutePath().getParent();
    Path temporary =
        directory.resolve(
            "."
                + target.getFileName()
                + "."
                + Long.toHexString(TemporaryNames.RANDOM.nextLong())
                + TEMPORARY_SUFFIX);
    boolean moved = false;
    Thread removeOnSignal = new Thread(() -> deleteQuietly(temporary), "drplan-tmp-cleanup");
    boolean hooked = addHook(removeOnSignal);
    try {
      try (FileChannel channel = opener.open(temporary)) {
        OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16);
        content.writeTo(out);
        out.flush();
        channel.force(true);
      }
      if (replace) {
        keepPermissions(target, temporary);
        moveOver(temporary, target);
      } else {
        linkInto(temporary, target);
      }
      moved = true;
      forceDirectory(directory);
    } finally {
      try {
        if (!moved) {
          Files.deleteIfExists(temporary);
        }
      } finally {
        if (hooked) {
          removeHook(removeOnSignal);
        }
      }
    }
  }

  /** Deletes {@code temporary} if it is still there, from a shutdown hook: nothing to report to. */
  private static void deleteQuietly(Path temporary) {
    try {
      Files.deleteIfExists(temporary);
    } catch (IOException e) {
      // The process is ending; the file's suffix tells the user what it is.
    }
  }

  /**
   * Registers {@code hook}; false when the process is already shutting down: a write made then (the
   * probe's report after a signal) goes ahead without it, its own failure path deleting the
   * temporary file.
   */
  private static boolean addHook(Thread hook) {
    try {
      Runtime.getRuntime().addShutdownHook(hook);
      return true;
    } catch (IllegalStateException shuttingDown) {
      return false;
    }
  }

  /** Unregisters {@code hook}, unless the process is already shutting down (it then runs). */
  private static void removeHook(Thread hook) {
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException shuttingDown) {
      // The hook deletes a file that is gone or no longer needed.
    }
  }

  /** Renames {@code temporary} over {@code target} in one step. */
  private static void moveOver(Path temporary, Path target) throws IOException {
    try {
      Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  /** Gives {@code temporary} the name {@code target}, failing if that name is taken. */
  private static void linkInto(Path temporary, Path target) throws IOException {
    try {
      Files.createLink(target, temporary);
    } catch (FileAlreadyExistsException e) {
      throw e;
    } catch (UnsupportedOperationException | FileSystemException noHardLinks) {
      // A file system without hard links: a move that refuses an existing target.
      Files.move(temporary, target);
      return;
    }
    Files.delete(temporary);
  }

  /** An existing target's permissions, on the file that replaces it (best effort). */
  private static void keepPermissions(Path target, Path temporary) {
    try {
      PosixFileAttributeView view =
          Files.getFileAttributeView(target, PosixFileAttributeView.class);
      if (view != null && Files.exists(target)) {
        Set<PosixFilePermission> permissions = view.readAttributes().permissions();
        Files.setPosixFilePermissions(temporary, permissions);
      }
    } catch (IOException | UnsupportedOperationException e) {
      // The new file keeps the default permissions; its content is what matters.
    }
  }

  /** Forces the directory entry of the rename to disk where the platform allows (Linux does). */
  private static void forceDirectory(Path directory) {
    try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
      channel.force(true);
    } catch (IOException | UnsupportedOperationException e) {
      // Not every platform opens directories; the rename itself is already atomic.
    }
  }
}
