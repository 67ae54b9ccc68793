// Small statistics helpers for the benchmark report.

/** The q-quantile (0..1) with linear interpolation between closest ranks. */
export function quantile(xs, q) {
  const s = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (s.length === 0) return null;
  const pos = (s.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return s[lo] + (s[hi] - s[lo]) * (pos - lo);
}

export const median = (xs) => quantile(xs, 0.5);

/** { n, median, p10, p90, min, max } of a list of numbers, rounded to 0.01. */
export function summary(xs) {
  const ok = xs.filter((x) => Number.isFinite(x));
  const r = (x) => (x === null ? null : Math.round(x * 100) / 100);
  return {
    n: ok.length,
    median: r(median(ok)),
    p10: r(quantile(ok, 0.1)),
    p90: r(quantile(ok, 0.9)),
    min: r(ok.length ? Math.min(...ok) : null),
    max: r(ok.length ? Math.max(...ok) : null),
  };
}

/** Least-squares fit y = a + b·x, with R². */
export function linearFit(points) {
  const n = points.length;
  const mx = points.reduce((s, p) => s + p.x, 0) / n;
  const my = points.reduce((s, p) => s + p.y, 0) / n;
  let sxy = 0, sxx = 0, syy = 0;
  for (const { x, y } of points) {
    sxy += (x - mx) * (y - my);
    sxx += (x - mx) ** 2;
    syy += (y - my) ** 2;
  }
  const b = sxy / sxx;
  const a = my - b * mx;
  const r2 = syy === 0 ? 1 : (sxy * sxy) / (sxx * syy);
  return { intercept: a, slope: b, r2 };
}

export const round = (x, d = 2) => (x === null || x === undefined || !Number.isFinite(x) ? x : Math.round(x * 10 ** d) / 10 ** d);
