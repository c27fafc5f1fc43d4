/**
 * Bokeh's UI events: the names they travel under (in `MessageSent` "bokeh_event" messages,
 * as `{type: "event", name, values}`) and the payloads BokehJS's core/bokeh_events.js sends.
 *
 * The keys are Bokeh's Python-style names (`double_tap`, `mouse_wheel`, `ranges_update`);
 * the values are the wire names BokehJS really uses (`doubletap`, `wheel`, `rangesupdate`),
 * which are also what `subscribed_events` must contain for BokehJS to send the event.
 */
import type { Model, UIEvent } from "../../core/model.ts";

export const UIEvents = {
  // document events
  document_ready: "document_ready",
  connection_lost: "connection_lost",
  client_reconnected: "client_reconnected",
  // model events
  button_click: "button_click",
  menu_item_click: "menu_item_click",
  value_submit: "value_submit",
  axis_click: "axis_click",
  legend_item_click: "legend_item_click",
  // plot events
  lod_start: "lodstart",
  lod_end: "lodend",
  ranges_update: "rangesupdate",
  selection_geometry: "selectiongeometry",
  reset: "reset",
  tap: "tap",
  double_tap: "doubletap",
  press: "press",
  pressup: "pressup",
  pan: "pan",
  pan_start: "panstart",
  pan_end: "panend",
  pinch: "pinch",
  pinch_start: "pinchstart",
  pinch_end: "pinchend",
  rotate: "rotate",
  rotate_start: "rotatestart",
  rotate_end: "rotateend",
  mouse_wheel: "wheel",
  mouse_move: "mousemove",
  mouse_enter: "mouseenter",
  mouse_leave: "mouseleave",
} as const;

export type UIEventKey = keyof typeof UIEvents;
/** A wire name, e.g. "button_click", "doubletap", "rangesupdate". */
export type UIEventName = (typeof UIEvents)[UIEventKey];

export interface KeyModifiers {
  readonly shift: boolean;
  readonly ctrl: boolean;
  readonly alt: boolean;
}

/** Base of every UI event payload; `model` is the model the event is about (null for document events). */
export interface UIEventBase<N extends string = string> {
  readonly event_name: N;
  readonly model: Model | null;
}

/** Document-level events carry no model. */
export interface DocumentReadyEvent extends UIEventBase<"document_ready"> {}
export interface ConnectionLostEvent extends UIEventBase<"connection_lost"> {
  readonly timestamp: number;
  readonly attempts: number;
  readonly timeout: number | null;
}
export interface ClientReconnectedEvent extends UIEventBase<"client_reconnected"> {}

export interface ButtonClickEvent extends UIEventBase<"button_click"> {}
/** `item` is the clicked menu item's value (Dropdown). */
export interface MenuItemClickEvent extends UIEventBase<"menu_item_click"> {
  readonly item: string;
}
/** `value` is the submitted text (TextInput). */
export interface ValueSubmitEvent extends UIEventBase<"value_submit"> {
  readonly value: string;
}
export interface AxisClickEvent extends UIEventBase<"axis_click"> {
  readonly value: number | string | null;
}
export interface LegendItemClickEvent extends UIEventBase<"legend_item_click"> {
  readonly item: Model;
}

export interface LODStartEvent extends UIEventBase<"lodstart"> {}
export interface LODEndEvent extends UIEventBase<"lodend"> {}
export interface ResetEvent extends UIEventBase<"reset"> {}
/** The new data-space extents of a plot's ranges. */
export interface RangesUpdateEvent extends UIEventBase<"rangesupdate"> {
  readonly x0: number;
  readonly x1: number;
  readonly y0: number;
  readonly y1: number;
}

export type SelectionGeometryData =
  | { readonly type: "point"; readonly sx: number; readonly sy: number; readonly x: number; readonly y: number }
  | { readonly type: "span"; readonly direction: "h" | "v"; readonly sx: number; readonly sy: number; readonly x: number; readonly y: number }
  | {
      readonly type: "rect";
      readonly sx0: number; readonly sx1: number; readonly sy0: number; readonly sy1: number;
      readonly x0: number; readonly x1: number; readonly y0: number; readonly y1: number;
    }
  | {
      readonly type: "poly";
      readonly sx: ArrayLike<number>; readonly sy: ArrayLike<number>;
      readonly x: ArrayLike<number>; readonly y: ArrayLike<number>;
    };
/** A selection tool's geometry; `final` is false while the selection is being drawn. */
export interface SelectionGeometryEvent extends UIEventBase<"selectiongeometry"> {
  readonly geometry: SelectionGeometryData;
  readonly final: boolean;
}

/** Events at a point: screen (sx, sy) and data (x, y) coordinates. */
export interface PointEventBase<N extends string> extends UIEventBase<N> {
  readonly sx: number;
  readonly sy: number;
  readonly x: number;
  readonly y: number;
  readonly modifiers: KeyModifiers;
}
export interface TapEvent extends PointEventBase<"tap"> {}
export interface DoubleTapEvent extends PointEventBase<"doubletap"> {}
export interface PressEvent extends PointEventBase<"press"> {}
export interface PressUpEvent extends PointEventBase<"pressup"> {}
export interface PanEvent extends PointEventBase<"pan"> {
  readonly delta_x: number;
  readonly delta_y: number;
}
export interface PanStartEvent extends PointEventBase<"panstart"> {}
export interface PanEndEvent extends PointEventBase<"panend"> {}
export interface PinchEvent extends PointEventBase<"pinch"> {
  readonly scale: number;
}
export interface PinchStartEvent extends PointEventBase<"pinchstart"> {}
export interface PinchEndEvent extends PointEventBase<"pinchend"> {}
export interface RotateEvent extends PointEventBase<"rotate"> {
  readonly rotation: number;
}
export interface RotateStartEvent extends PointEventBase<"rotatestart"> {}
export interface RotateEndEvent extends PointEventBase<"rotateend"> {}
export interface MouseWheelEvent extends PointEventBase<"wheel"> {
  readonly delta: number;
}
export interface MouseMoveEvent extends PointEventBase<"mousemove"> {}
export interface MouseEnterEvent extends PointEventBase<"mouseenter"> {}
export interface MouseLeaveEvent extends PointEventBase<"mouseleave"> {}

/** Payload type by wire name. */
export interface UIEventMap {
  document_ready: DocumentReadyEvent;
  connection_lost: ConnectionLostEvent;
  client_reconnected: ClientReconnectedEvent;
  button_click: ButtonClickEvent;
  menu_item_click: MenuItemClickEvent;
  value_submit: ValueSubmitEvent;
  axis_click: AxisClickEvent;
  legend_item_click: LegendItemClickEvent;
  lodstart: LODStartEvent;
  lodend: LODEndEvent;
  rangesupdate: RangesUpdateEvent;
  selectiongeometry: SelectionGeometryEvent;
  reset: ResetEvent;
  tap: TapEvent;
  doubletap: DoubleTapEvent;
  press: PressEvent;
  pressup: PressUpEvent;
  pan: PanEvent;
  panstart: PanStartEvent;
  panend: PanEndEvent;
  pinch: PinchEvent;
  pinchstart: PinchStartEvent;
  pinchend: PinchEndEvent;
  rotate: RotateEvent;
  rotatestart: RotateStartEvent;
  rotateend: RotateEndEvent;
  wheel: MouseWheelEvent;
  mousemove: MouseMoveEvent;
  mouseenter: MouseEnterEvent;
  mouseleave: MouseLeaveEvent;
}

/** Either a wire name ("doubletap") or its Python-style key ("double_tap"). */
export type UIEventRef = UIEventName | UIEventKey;
type WireOf<R extends UIEventRef> = R extends UIEventKey ? (typeof UIEvents)[R] : R;
export type UIEventOf<R extends UIEventRef> = UIEventMap[WireOf<R>];

/** The wire name for a wire name or a Python-style key ("mouse_wheel" -> "wheel"). */
export function event_wire_name<R extends UIEventRef>(name: R): WireOf<R> {
  const mapped = (UIEvents as Record<string, UIEventName>)[name];
  return (mapped ?? name) as WireOf<R>;
}

/**
 * Typed `model.on_event`: `on_event(button, "button_click", (e) => ...)`,
 * `on_event(plot, "double_tap", (e) => e.x)`. Python-style keys are mapped to wire names.
 */
export function on_event<R extends UIEventRef>(
  model: Model,
  name: R,
  ...callbacks: Array<(event: UIEventOf<R>) => void | Promise<void>>
): void {
  model.on_event(event_wire_name(name), ...(callbacks as unknown as Array<(event: UIEvent) => void | Promise<void>>));
}
