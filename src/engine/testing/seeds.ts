// Seeds for simulation tests: pinned ones (regressions, always run) plus a few random ones.
// A failing random seed appears in the test name; pin it here or in the test.
export function seeds(options: { pinned: number[]; random: number }): number[] {
  const out = [...options.pinned];
  for (let index = 0; index < options.random; index++) out.push(Math.floor(Math.random() * 2 ** 32));
  return out;
}
