package dev.drplan.model;

/**
 * Where the engine reports how it computed each figure, for {@code drplan explain}. The fast path
 * passes {@link #NONE}, and every call site checks {@link #enabled()} first so that a plain
 * evaluation builds no strings.
 */
public interface Trace {

  /** A trace that records nothing. */
  Trace NONE =
      new Trace() {
        @Override
        public boolean enabled() {
          return false;
        }

        @Override
        public void step(Derivation derivation) {}
      };

  boolean enabled();

  void step(Derivation derivation);
}
