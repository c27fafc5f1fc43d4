/**
 * ColumnDataSource: named columns of equal length. Numeric columns are typed arrays kept
 * in a buffer with spare capacity, so `stream` costs O(new rows) even with rollover.
 */
import { define, p, HasProps } from "../../core/model.ts";
import { Ref, Dict, AnyPlain, is_typed_array, type TypedArray, Invalid } from "../../core/kinds.ts";
import { ColumnDataKind, to_column, type ColumnArray, type ColumnData } from "../../core/specs.ts";
import { DashError, ErrorCode, ValidationError } from "../../errors.ts";
import type { ColumnsTarget } from "../../document/patch.ts";
import { is_slice, type PatchIndex, type ColumnPatches, type Slice } from "../../document/events.ts";
import { Selection } from "../selections/selection.ts";
import { SelectionPolicy, UnionRenderers } from "../selections/interaction_policy.ts";
import { DataEdits, copy_data } from "./data_edits.ts";

interface Store {
  buf: TypedArray;
  start: number;
  len: number;
  view: TypedArray;
}

type TypedCtor = new (n: number) => TypedArray;

function lengths_error(model: string, data: ColumnData): ValidationError {
  const lens = Object.fromEntries(Object.entries(data).map(([k, c]) => [k, c.length]));
  return new ValidationError(ErrorCode.COLUMN_LENGTH, `${model}.data columns must all have the same length, got ${JSON.stringify(lens)}`, {
    model, lengths: lens,
  });
}

function same_lengths(data: ColumnData): boolean {
  let n = -1;
  for (const c of Object.values(data)) {
    if (n < 0) n = c.length;
    else if (c.length !== n) return false;
  }
  return true;
}

function slice_range(s: Slice, len: number): [number, number, number] {
  const step = s.step ?? 1;
  const start = s.start ?? 0;
  const stop = s.stop ?? len;
  return [start, stop, step];
}

export class ColumnDataSource extends define("ColumnDataSource", HasProps, {
  data: p(ColumnDataKind, () => ({})),
  selected: p(Ref(() => Selection), () => new Selection()),
  selection_policy: p(Ref(() => SelectionPolicy), () => new UnionRenderers()),
  default_values: p(Dict(AnyPlain), () => ({})),
}) implements ColumnsTarget {
  private _stores = new Map<string, Store>();
  private _edits: DataEdits | null = null;

  /** The stored columns (what `data` shows), without the in-place edit proxy. */
  private get _data(): ColumnData {
    return this._v.data as ColumnData;
  }

  protected override _validate(values: ReadonlyMap<string, unknown>): void {
    const data = values.get("data") as ColumnData | undefined;
    if (data !== undefined && !same_lengths(data)) throw lengths_error(this.type, data);
  }

  /**
   * BokehJS's `source.change.emit()`, which client code (CustomJS) calls after editing
   * `source.data` in place: the edited columns are stored as a new value, so the edit is a
   * change like any other (views redraw, the peer gets it).
   */
  get change(): { emit(): void } {
    return {
      emit: () => {
        const copy: Record<string, unknown> = Object.create(null);
        for (const [k, col] of Object.entries(this._data)) copy[k] = col.slice();
        // as in BokehJS, an emit is not a `change:data` for CustomJS (else a change:data callback that emits would loop)
        this.emitted = true;
        this.setv({ data: copy });
      },
    };
  }

  /** Set by change.emit(); the client's CustomJS runner skips this data change and clears it. */
  emitted = false;

  get column_names(): string[] {
    return Object.keys(this._data);
  }

  get length(): number {
    const cols = Object.values(this._data);
    return cols.length === 0 ? 0 : cols[0]!.length;
  }

  /** BokehJS's `get_length()` (CustomJS code calls it): the row count, null without columns. */
  get_length(): number | null {
    const cols = Object.values(this._data);
    return cols.length === 0 ? null : cols[0]!.length;
  }

  get_column(name: string): ColumnArray | null {
    return Object.prototype.hasOwnProperty.call(this._data, name) ? this._data[name]! : null;
  }

  /** @internal `source.data`: edits through it are changes (see data_edits.ts). */
  _data_proxy(): ColumnData {
    return (this._edits ??= new DataEdits(this)).proxy;
  }

  /** Append rows (and keep only the last `rollover` rows when given). */
  stream(new_data: Record<string, unknown>, rollover?: number | null): void {
    const data = this.validate_stream(new_data, rollover);
    this._stream(data, rollover);
  }

  /** Replace cells: {col: [[index, value], [{start, stop}, values], [[row, i, j], value]]}. */
  patch(patches: Record<string, ReadonlyArray<readonly [PatchIndex, unknown]>>): void {
    this._patch(this.validate_patch(patches));
  }

  validate_stream(new_data: Record<string, unknown> | ColumnData, rollover?: number | null): ColumnData {
    const coerced = ColumnDataKind.coerce(new_data);
    if (coerced === Invalid) {
      throw new ValidationError(ErrorCode.BAD_VALUE, `${this.type}.stream expected a mapping of column name to array`, { model: this.type });
    }
    if (rollover != null && (!Number.isInteger(rollover) || rollover < 0)) {
      throw new ValidationError(ErrorCode.BAD_VALUE, `${this.type}.stream rollover must be a non-negative integer, got ${rollover}`);
    }
    const have = Object.keys(this._data);
    const got = Object.keys(coerced);
    if (have.length > 0) {
      const missing = have.filter((k) => !Object.prototype.hasOwnProperty.call(coerced, k));
      const extra = got.filter((k) => !Object.prototype.hasOwnProperty.call(this._data, k));
      if (missing.length > 0 || extra.length > 0) {
        throw new ValidationError(ErrorCode.BAD_VALUE,
          `${this.type}.stream must update exactly the existing columns (missing: ${JSON.stringify(missing)}, unknown: ${JSON.stringify(extra)})`,
          { model: this.type, missing, extra });
      }
    }
    if (!same_lengths(coerced)) throw lengths_error(this.type, coerced);
    return coerced;
  }

  validate_patch(patches: ColumnPatches): ColumnPatches {
    if (patches === null || typeof patches !== "object") throw new DashError(ErrorCode.BAD_VALUE, `${this.type}.patch expected a mapping`);
    const n = this.length;
    for (const [col, list] of Object.entries(patches)) {
      const column = this.get_column(col);
      if (column === null) {
        throw new ValidationError(ErrorCode.PATCH_RANGE, `${this.type}.patch: unknown column '${col}'`, { model: this.type, column: col });
      }
      if (!Array.isArray(list)) throw new ValidationError(ErrorCode.BAD_VALUE, `${this.type}.patch: patches for '${col}' must be a list`);
      for (const item of list) {
        if (!Array.isArray(item) || item.length !== 2) throw new ValidationError(ErrorCode.BAD_VALUE, `${this.type}.patch: each patch is [index, value]`);
        const [index, value] = item as [PatchIndex, unknown];
        const row = Array.isArray(index) ? index[0] : index;
        if (Array.isArray(index)) this._check_nd_index(col, column, index as ReadonlyArray<number | Slice>);
        const out_of_range = (): never => {
          throw new ValidationError(ErrorCode.PATCH_RANGE, `${this.type}.patch: index ${JSON.stringify(index)} out of range for column '${col}' of length ${n}`, {
            model: this.type, column: col, length: n,
          });
        };
        if (typeof row === "number") {
          if (!Number.isInteger(row) || row < 0 || row >= n) out_of_range();
        } else if (is_slice(row)) {
          const [start, stop, step] = slice_range(row, n);
          if (![start, stop, step].every(Number.isInteger) || start < 0 || stop > n || start > stop || step <= 0) out_of_range();
          if (!Array.isArray(index)) {
            const count = Math.ceil((stop - start) / step);
            const vlen = Array.isArray(value) || is_typed_array(value) ? (value as ArrayLike<unknown>).length : -1;
            if (vlen !== count) {
              throw new ValidationError(ErrorCode.PATCH_RANGE, `${this.type}.patch: slice of ${count} rows given ${vlen} values`);
            }
          }
        } else out_of_range();
      }
    }
    return patches;
  }

  /** [row, i] or [row, i, j] (ints or slices) must fit the shape of the cell at `row`. */
  private _check_nd_index(col: string, column: ColumnArray, index: ReadonlyArray<number | Slice>): void {
    const refuse = (why: string): never => {
      throw new ValidationError(ErrorCode.PATCH_RANGE, `${this.type}.patch: index ${JSON.stringify(index)} into column '${col}': ${why}`, {
        model: this.type, column: col,
      });
    };
    const [row, ...rest] = index;
    if (typeof row !== "number" || !Number.isInteger(row) || row < 0 || row >= column.length) refuse("the row must be an index in range");
    const cell = (column as ArrayLike<unknown>)[row as number];
    if (!is_typed_array(cell) && !Array.isArray(cell)) refuse("the cell is not an array (a 1-d column takes a row index or a slice)");
    const shape = (cell as unknown as Record<symbol, number[] | undefined>)[Symbol.for("dash.ndarray.shape")] ?? [(cell as ArrayLike<unknown>).length];
    if (rest.length !== shape.length || rest.length > 2) refuse(`the cell has ${shape.length} dimension(s)`);
    rest.forEach((i, d) => {
      const n = shape[d]!;
      if (typeof i === "number") {
        if (!Number.isInteger(i) || i < 0 || i >= n) refuse(`index ${i} out of range for dimension ${d} of size ${n}`);
      } else if (is_slice(i)) {
        const [start, stop, step] = slice_range(i, n);
        if (![start, stop, step].every(Number.isInteger) || start < 0 || stop > n || start > stop || step <= 0) refuse(`slice out of range for dimension ${d}`);
      } else refuse("indices must be integers or slices");
    });
  }

  /** @internal apply a validated stream and emit one ColumnsStreamed event. */
  _stream(data: ColumnData, rollover: number | null | undefined, origin?: string): void {
    const current = this._data;
    const next: ColumnData = Object.create(null);
    if (Object.keys(current).length === 0) {
      for (const [k, c] of Object.entries(data)) next[k] = rollover != null && c.length > rollover ? c.slice(c.length - rollover) : c;
    } else {
      for (const [name, col] of Object.entries(current)) next[name] = this._append(name, col, data[name]!, rollover);
    }
    const old = current;
    this._v.data = next;
    this._set.add("data");
    this._document?._push({ kind: "ColumnsStreamed", model: this, attr: "data", data, rollover: rollover ?? null, origin });
    this._trigger_change("data", old, next);
  }

  private _append(name: string, col: ColumnArray, add: ColumnArray, rollover: number | null | undefined): ColumnArray {
    if (!is_typed_array(col)) {
      const keep = rollover != null ? Math.max(0, col.length + add.length - rollover) : 0;
      const out = keep > 0 ? col.slice(Math.min(keep, col.length)) : col.slice();
      for (let i = Math.max(0, keep - col.length); i < add.length; i++) out.push(is_typed_array(add) ? add[i] : add[i]);
      return out;
    }
    let st = this._stores.get(name);
    if (st === undefined || st.view !== col) {
      st = { buf: col, start: 0, len: col.length, view: col };
    }
    const n_add = add.length;
    const target = rollover != null ? Math.min(st.len + n_add, rollover) : st.len + n_add;
    if (st.start + st.len + n_add > st.buf.length) {
      // Out of room: compact the live window to the front, growing when it is too full.
      // Capacity stays ~2x the window, so each row is copied O(1) times on average. It grows
      // with the window, not with `rollover`: a huge rollover reserves nothing up front.
      const keep = Math.max(0, target - n_add);
      const need = keep + n_add;
      const cap = Math.max(16, 2 * need);
      const buf = cap > st.buf.length || st.buf === col ? new (col.constructor as TypedCtor)(cap) : st.buf;
      const from = st.start + st.len - keep;
      buf.set(st.buf.subarray(from, from + keep), 0);
      st = { buf, start: 0, len: keep, view: col };
    }
    const src = is_typed_array(add) ? add : Float64Array.from(add as number[]);
    const drop = Math.max(0, n_add - target);
    st.buf.set(drop > 0 ? src.subarray(drop) : src, st.start + st.len);
    st.len += n_add - drop;
    if (st.len > target) {
      st.start += st.len - target;
      st.len = target;
    }
    st.view = st.buf.subarray(st.start, st.start + st.len);
    this._stores.set(name, st);
    return st.view;
  }

  /** @internal apply validated patches in place and emit one ColumnsPatched event. */
  _patch(patches: ColumnPatches, origin?: string): void {
    const next: ColumnData = copy_data(this._data);
    for (const [col, list] of Object.entries(patches)) {
      let column = next[col]!;
      if (!is_typed_array(column)) column = next[col] = column.slice();
      for (const [index, value] of list) {
        if (typeof index === "number") {
          (column as unknown[])[index] = value;
        } else if (Array.isArray(index)) {
          patch_nd(column, index as Array<number | Slice>, value);
        } else {
          const [start, stop, step] = slice_range(index as Slice, column.length);
          const values = value as ArrayLike<unknown>;
          for (let i = start, j = 0; i < stop; i += step, j++) (column as unknown[])[i] = values[j];
        }
      }
    }
    const old = this._data;
    this._v.data = next;
    this._set.add("data");
    this._document?._push({ kind: "ColumnsPatched", model: this, attr: "data", patches, origin });
    this._trigger_change("data", old, next);
  }
}

// `source.data` reads through the in-place edit proxy; assigning it whole is an ordinary set.
Object.defineProperty(ColumnDataSource.prototype, "data", {
  get(this: ColumnDataSource) {
    return this._data_proxy();
  },
  set(this: ColumnDataSource, value: unknown) {
    this.setv({ data: value });
  },
  enumerable: true,
  configurable: true,
});

/** Patch inside an n-d cell (e.g. an image): [row, i, j] or with slices. */
function patch_nd(column: ColumnArray, index: Array<number | Slice>, value: unknown): void {
  const [row, ...rest] = index;
  const cell = (column as unknown[])[row as number];
  if (!is_typed_array(cell) && !Array.isArray(cell)) return;
  const shape = (cell as unknown as Record<symbol, number[] | undefined>)[Symbol.for("dash.ndarray.shape")] ?? [cell.length];
  if (rest.length === 1 && typeof rest[0] === "number") {
    (cell as unknown as unknown[])[rest[0]] = value;
    return;
  }
  if (rest.length === 2 && shape.length === 2) {
    const [h, w] = shape as [number, number];
    const rs = typeof rest[0] === "number" ? [rest[0], rest[0] + 1, 1] : slice_range(rest[0] as Slice, h);
    const cs = typeof rest[1] === "number" ? [rest[1], rest[1] + 1, 1] : slice_range(rest[1] as Slice, w);
    const flat = Array.isArray(value) ? (value.flat(2) as unknown[]) : is_typed_array(value) ? Array.from(value) : [value];
    let k = 0;
    for (let r = rs[0]!; r < rs[1]!; r += rs[2]!) for (let c = cs[0]!; c < cs[1]!; c += cs[2]!) (cell as unknown as unknown[])[r * w + c] = flat[k++];
  }
}

export { to_column };
