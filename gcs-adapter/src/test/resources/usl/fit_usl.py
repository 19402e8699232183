"""Fits the Universal Scalability Law to the throughput tables of UslFitTest, independently of
drplan's Java fit: SciPy's curve_fit (trust-region reflective least squares, sigma and kappa held
at or above zero), started from a point of its own. The test records what this prints.

    python3 -m venv /tmp/usl && /tmp/usl/bin/pip install scipy numpy
    /tmp/usl/bin/python gcs-adapter/src/test/resources/usl/fit_usl.py

X(N) = lambda * N / (1 + sigma * (N - 1) + kappa * N * (N - 1)), throughput in bytes per second.
"""

import math

import numpy as np
import scipy
from scipy.optimize import curve_fit

# Aggregate write throughput of one host against parallel streams, in MB/s (1 MB = 1e6 bytes):
# a table in the shape a probe run records, typed in by hand, not computed from the law.
TABLES = {
    "retrograde": (
        [1, 2, 4, 8, 16, 32, 64],
        [96.5, 187.0, 352.0, 598.0, 862.0, 947.0, 871.0],
    ),
    "contention": (
        [1, 2, 4, 8, 16, 32, 64],
        [51.0, 98.0, 181.0, 317.0, 489.0, 660.0, 790.0],
    ),
}


def usl(n, lam, sigma, kappa):
    return lam * n / (1 + sigma * (n - 1) + kappa * n * (n - 1))


def main():
    print(f"scipy {scipy.__version__}, numpy {np.__version__}")
    for name, (streams, mb_per_second) in TABLES.items():
        n = np.array(streams, dtype=float)
        x = np.array(mb_per_second, dtype=float) * 1e6
        (lam, sigma, kappa), _ = curve_fit(
            usl,
            n,
            x,
            p0=[x[0], 0.05, 0.001],
            bounds=([0, 0, 0], [np.inf, np.inf, np.inf]),
            method="trf",
            x_scale=[x[0], 0.01, 0.0001],
            ftol=1e-15,
            xtol=1e-15,
            gtol=1e-15,
            max_nfev=100000,
        )
        fitted = usl(n, lam, sigma, kappa)
        r_squared = 1 - np.sum((x - fitted) ** 2) / np.sum((x - x.mean()) ** 2)
        line = f"{name}: lambda={float(lam)!r} sigma={float(sigma)!r} kappa={float(kappa)!r} r2={float(r_squared)!r}"
        if kappa > 0:
            peak = math.sqrt((1 - sigma) / kappa)
            below, above = math.floor(peak), math.floor(peak) + 1
            best = below if usl(below, lam, sigma, kappa) >= usl(above, lam, sigma, kappa) else above
            line += f" peak={peak!r} best={best} x_best={float(usl(best, lam, sigma, kappa))!r}"
        print(line)


if __name__ == "__main__":
    main()
