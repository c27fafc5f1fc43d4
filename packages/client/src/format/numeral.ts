// Basic numeral.js patterns as used by NumeralTickFormatter and hover "numeral" formatters:
// "0", "0,0", "0.00", "0,0.000", "0.0a", "$0,0.00", "0%", "0.0%", "0[.]00", "(0,0)", "+0.0", "0e+0".
export function format_numeral(value: number, format: string): string {
  if (!isFinite(value)) return String(value);
  let fmt = format;
  let prefix = "", suffix = "";
  const cur = /^([^0#(+\-[]*)/.exec(fmt);
  if (cur != null && cur[1] !== "") { prefix = cur[1]!; fmt = fmt.slice(prefix.length); }
  const paren = fmt.startsWith("(") && fmt.endsWith(")");
  if (paren) fmt = fmt.slice(1, -1);
  const plus = fmt.startsWith("+");
  if (plus) fmt = fmt.slice(1);
  let v = value;
  const percent = fmt.includes("%");
  if (percent) { v *= 100; fmt = fmt.replace(/\s*%/, ""); suffix = "%" + suffix; }
  let abbr = "";
  if (/\s?a/.test(fmt)) {
    const space = /\sa/.test(fmt) ? " " : "";
    fmt = fmt.replace(/\s?a/, "");
    const a = Math.abs(v);
    if (a >= 1e12) { v /= 1e12; abbr = space + "t"; }
    else if (a >= 1e9) { v /= 1e9; abbr = space + "b"; }
    else if (a >= 1e6) { v /= 1e6; abbr = space + "m"; }
    else if (a >= 1e3) { v /= 1e3; abbr = space + "k"; }
  }
  if (/e[+-]?0/.test(fmt)) {
    const m = /\.(0+)/.exec(fmt);
    return prefix + v.toExponential(m != null ? m[1]!.length : 0) + suffix;
  }
  const dec = /\.(\[?)(0+)\]?(0*)/.exec(fmt.replace("[.]", ".["));
  let decimals = 0, optional = false;
  if (dec != null) {
    optional = dec[1] === "[";
    decimals = dec[2]!.length + dec[3]!.length;
  }
  const thousands = fmt.includes(",");
  const neg = v < 0;
  let s = Math.abs(v).toFixed(decimals);
  if (optional) s = s.replace(/\.?0+$/, "");
  let [int, frac] = s.split(".") as [string, string | undefined];
  if (thousands) int = int.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  s = int + (frac != null && frac !== "" ? "." + frac : "") + abbr;
  if (neg) s = paren ? `(${prefix}${s}${suffix})` : `-${prefix}${s}${suffix}`;
  else s = (plus ? "+" : "") + prefix + s + suffix;
  return s;
}
