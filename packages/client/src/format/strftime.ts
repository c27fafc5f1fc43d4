// UTC strftime subset used by Bokeh's datetime formatters (Bokeh treats datetimes as UTC ms).
const DAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const pad = (n: number, w = 2, c = "0") => String(n).padStart(w, c);

export function strftime(ms: number, fmt: string): string {
  const d = new Date(ms);
  if (isNaN(d.getTime())) return String(ms);
  return fmt.replace(/%(-?)(\d?)([a-zA-Z%])/g, (m, nopad: string, digits: string, c: string) => {
    const p = (n: number, w = 2) => (nopad === "-" ? String(n) : pad(n, w));
    switch (c) {
      case "Y": return String(d.getUTCFullYear());
      case "y": return p(d.getUTCFullYear() % 100);
      case "m": return p(d.getUTCMonth() + 1);
      case "d": return p(d.getUTCDate());
      case "e": return pad(d.getUTCDate(), 2, " ");
      case "H": return p(d.getUTCHours());
      case "I": return p(((d.getUTCHours() + 11) % 12) + 1);
      case "p": return d.getUTCHours() < 12 ? "AM" : "PM";
      case "M": return p(d.getUTCMinutes());
      case "S": return p(d.getUTCSeconds());
      case "N": {
        const ms3 = pad(d.getUTCMilliseconds(), 3);
        const n = digits === "" ? 9 : Number(digits);
        return (ms3 + "000000").slice(0, n);
      }
      case "f": return pad(Math.round((ms % 1000 + 1000) % 1000 * 1000), 6);
      case "j": {
        const start = Date.UTC(d.getUTCFullYear(), 0, 1);
        return pad(Math.floor((ms - start) / 86_400_000) + 1, 3);
      }
      case "a": return DAYS[d.getUTCDay()]!.slice(0, 3);
      case "A": return DAYS[d.getUTCDay()]!;
      case "b": return MONTHS[d.getUTCMonth()]!.slice(0, 3);
      case "B": return MONTHS[d.getUTCMonth()]!;
      case "T": return `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
      case "F": return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
      case "s": return String(Math.floor(ms / 1000));
      case "%": return "%";
      default: return m;
    }
  });
}
