/**
 * Document events: one per change, as a discriminated union on `kind` (Bokeh 3's names).
 * In memory they hold models and raw values; the codec turns them into Bokeh's JSON.
 */
import type { Model } from "../core/model.ts";
import type { ColumnData } from "../core/specs.ts";

export const EventKind = {
  ModelChanged: "ModelChanged",
  ColumnDataChanged: "ColumnDataChanged",
  ColumnsStreamed: "ColumnsStreamed",
  ColumnsPatched: "ColumnsPatched",
  RootAdded: "RootAdded",
  RootRemoved: "RootRemoved",
  TitleChanged: "TitleChanged",
  MessageSent: "MessageSent",
} as const;
export type EventKind = (typeof EventKind)[keyof typeof EventKind];

/** Which connection a change came from; absent for changes made on this side. */
interface Origin {
  readonly origin?: string;
}

export interface ModelChanged extends Origin { readonly kind: "ModelChanged"; readonly model: Model; readonly attr: string; readonly new: unknown }
export interface ColumnDataChanged extends Origin {
  readonly kind: "ColumnDataChanged"; readonly model: Model; readonly attr: string; readonly data: ColumnData; readonly cols?: readonly string[];
}
export interface ColumnsStreamed extends Origin {
  readonly kind: "ColumnsStreamed"; readonly model: Model; readonly attr: string; readonly data: ColumnData; readonly rollover?: number | null;
}
/** Index forms: a row index, a slice, or [row, ...nd-indices] for image-like columns. */
export interface Slice { readonly start?: number | null; readonly stop?: number | null; readonly step?: number | null }
export type PatchIndex = number | Slice | ReadonlyArray<number | Slice>;
export type ColumnPatches = Record<string, ReadonlyArray<readonly [PatchIndex, unknown]>>;
export interface ColumnsPatched extends Origin { readonly kind: "ColumnsPatched"; readonly model: Model; readonly attr: string; readonly patches: ColumnPatches }
export interface RootAdded extends Origin { readonly kind: "RootAdded"; readonly model: Model }
export interface RootRemoved extends Origin { readonly kind: "RootRemoved"; readonly model: Model }
export interface TitleChanged extends Origin { readonly kind: "TitleChanged"; readonly title: string }
export interface MessageSent extends Origin { readonly kind: "MessageSent"; readonly msg_type: string; readonly msg_data: unknown }

export type DocumentEvent =
  | ModelChanged | ColumnDataChanged | ColumnsStreamed | ColumnsPatched | RootAdded | RootRemoved | TitleChanged | MessageSent;

/** What the document hands its listeners: one ordered batch per flush. */
export interface Batch {
  readonly version: number;
  readonly events: readonly DocumentEvent[];
}

export function is_slice(v: unknown): v is Slice {
  return v !== null && typeof v === "object" && !Array.isArray(v) && ("start" in v || "stop" in v || "step" in v);
}
