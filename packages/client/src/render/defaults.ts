// Bokeh 3.x defaults for the attributes the renderer reads (from bokehjs build/js/lib/models).
// Lookup order: the type's own table, its ancestors' tables, then visual mixin defaults by suffix.

const PARENT: Record<string, string> = {
  Figure: "Plot", GMap: "Plot",
  LinearAxis: "ContinuousAxis", LogAxis: "ContinuousAxis", DatetimeAxis: "LinearAxis", MercatorAxis: "LinearAxis",
  ContinuousAxis: "Axis", CategoricalAxis: "Axis",
  BasicTicker: "AdaptiveTicker", LogTicker: "AdaptiveTicker", DatetimeTicker: "Ticker", FixedTicker: "Ticker",
  AdaptiveTicker: "Ticker", CategoricalTicker: "Ticker",
  LinearColorMapper: "ContinuousColorMapper", LogColorMapper: "ContinuousColorMapper", EqHistColorMapper: "ContinuousColorMapper",
  ContinuousColorMapper: "ColorMapper", CategoricalColorMapper: "ColorMapper",
  DataRange1d: "DataRange", Range1d: "Range", FactorRange: "Range", DataRange: "Range",
  RangeSlider: "Slider", DateSlider: "Slider", DateRangeSlider: "Slider",
  Paragraph: "Div", PreText: "Div",
};

export function parent_type(type: string): string | undefined {
  return PARENT[type];
}

type Table = Readonly<Record<string, unknown>>;

const GLYPH_TEXT: Table = { text_font_size: "16px", text_align: "left", text_baseline: "bottom" };

const TYPES: Readonly<Record<string, Table>> = {
  Plot: {
    width: 600, height: 600, min_border: 5, min_border_top: null, min_border_left: null, min_border_bottom: null, min_border_right: null,
    outline_line_color: "#e5e5e5", outline_line_alpha: 1, outline_line_width: 1,
    border_fill_color: "#ffffff", border_fill_alpha: 1, background_fill_color: "#ffffff", background_fill_alpha: 1,
    toolbar_location: "right", title_location: "above", title: "", above: [], below: [], left: [], right: [], center: [], renderers: [],
    frame_width: null, frame_height: null, sizing_mode: null, visible: true, toolbar: null, x_scale: null, y_scale: null,
    extra_x_ranges: {}, extra_y_ranges: {}, hidpi: true, lod_factor: 10, lod_threshold: 2000, lod_timeout: 500, lod_interval: 300,
  },
  Title: {
    text: "", align: "left", offset: 0, standoff: 10, text_font_size: "13px", text_font_style: "bold", text_color: "#000000",
    text_font: "helvetica", text_alpha: 1, vertical_align: "bottom", text_line_height: 1,
    background_fill_color: null, border_line_color: null,
  },
  Axis: {
    axis_label: null, axis_label_standoff: 5, major_label_standoff: 5, major_label_orientation: "horizontal", major_label_overrides: {},
    major_tick_in: 2, major_tick_out: 6, minor_tick_in: 0, minor_tick_out: 4, bounds: "auto", visible: true,
    axis_line_color: "black", major_tick_line_color: "black", minor_tick_line_color: "black",
    major_label_text_font_size: "11px", major_label_text_color: "#444444", axis_label_text_font_size: "13px",
    axis_label_text_font_style: "italic", axis_label_text_color: "#444444", background_fill_color: null,
    ticker: null, formatter: null, x_range_name: "default", y_range_name: "default",
  },
  CategoricalAxis: { minor_tick_line_color: null, minor_tick_out: 0, group_text_font_size: "11px", group_text_font_style: "bold", group_text_color: "#444444", separator_line_color: "#e5e5e5" },
  Grid: {
    dimension: 0, ticker: null, axis: null, grid_line_color: "#e5e5e5", grid_line_alpha: 1, grid_line_width: 1, grid_line_dash: [],
    minor_grid_line_color: null, minor_grid_line_alpha: 1, minor_grid_line_width: 1, minor_grid_line_dash: [],
    band_fill_color: null, band_fill_alpha: 0, visible: true, x_range_name: "default", y_range_name: "default",
  },
  Legend: {
    location: "top_right", orientation: "vertical", items: [], title: null, glyph_width: 20, glyph_height: 20, label_standoff: 5,
    label_width: 20, label_height: "auto", padding: 10, spacing: 3, margin: 10, visible: true, ncols: "auto", nrows: "auto",
    border_line_color: "#e5e5e5", border_line_alpha: 0.5, border_line_width: 1, background_fill_color: "#ffffff", background_fill_alpha: 0.95,
    label_text_font_size: "13px", label_text_color: "#444444", label_text_baseline: "middle", title_text_font_size: "13px", title_text_font_style: "italic",
    inactive_fill_color: "white", inactive_fill_alpha: 0.7, click_policy: "none",
  },
  LegendItem: { label: null, renderers: [], index: null, visible: true },
  AdaptiveTicker: { base: 10, mantissas: [1, 2, 5], min_interval: 0, max_interval: null, desired_num_ticks: 6, num_minor_ticks: 5 },
  LogTicker: { mantissas: [1, 5] },
  Ticker: { desired_num_ticks: 6, num_minor_ticks: 5 },
  FixedTicker: { ticks: [], minor_ticks: [] },
  BasicTickFormatter: { precision: "auto", use_scientific: true, power_limit_high: 5, power_limit_low: -3 },
  NumeralTickFormatter: { format: "0,0", rounding: "round" },
  PrintfTickFormatter: { format: "%s" },
  DatetimeTickFormatter: {
    microseconds: "%fus", milliseconds: "%3Nms", seconds: "%Ss", minsec: ":%M:%S", minutes: ":%M", hourmin: "%H:%M",
    hours: "%Hh", days: "%m/%d", months: "%m/%Y", years: "%Y",
  },
  DataRange: { renderers: "auto" },
  DataRange1d: {
    start: null, end: null, range_padding: 0.1, range_padding_units: "percent", flipped: false, follow: null, follow_interval: null,
    default_span: 2, min_interval: null, max_interval: null, only_visible: false, bounds: null,
  },
  Range1d: { start: 0, end: 1, bounds: null },
  FactorRange: { factors: [], factor_padding: 0, subgroup_padding: 0.8, group_padding: 1.4, range_padding: 0, range_padding_units: "percent", start: null, end: null },
  GlyphRenderer: { visible: true, selection_glyph: "auto", nonselection_glyph: "auto", hover_glyph: null, muted_glyph: "auto", muted: false, x_range_name: "default", y_range_name: "default", view: null },
  ColumnDataSource: { data: {}, selected: null },
  Selection: { indices: [], line_indices: [] },
  ColorMapper: { palette: [], nan_color: "gray" },
  ContinuousColorMapper: { low: null, high: null, low_color: null, high_color: null },
  CategoricalColorMapper: { factors: [], start: 0, end: null },
  Scatter: { size: 4, marker: "circle", angle: 0, hit_dilation: 1 },
  Circle: { radius: null, radius_dimension: "x", radius_units: "data" },
  VBar: { width: 1, bottom: 0 },
  HBar: { height: 1, left: 0 },
  Rect: { angle: 0, dilate: false },
  VArea: { y1: 0 },
  HArea: { x1: 0 },
  Step: { mode: "before" },
  Ray: { angle: 0, length: 0 },
  Wedge: { direction: "anticlock" },
  AnnularWedge: { direction: "anticlock" },
  Text: { ...GLYPH_TEXT, text: { field: "text" }, angle: 0, x_offset: 0, y_offset: 0 },
  Image: { dw: 1, dh: 1, global_alpha: 1, color_mapper: null, dilate: false, origin: "bottom_left", anchor: "bottom_left" },
  ImageRGBA: { dw: 1, dh: 1, global_alpha: 1, dilate: false, origin: "bottom_left", anchor: "bottom_left" },
  BoxAnnotation: { left: null, right: null, top: null, bottom: null, line_color: "#cccccc", line_alpha: 0.3, fill_color: "#fff9ba", fill_alpha: 0.4, visible: true },
  Span: { location: null, dimension: "width", line_color: "black", visible: true },
  Label: { x_units: "data", y_units: "data", x_offset: 0, y_offset: 0, angle: 0, text_font_size: "16px", text_color: "#444444", text_align: "left", text_baseline: "bottom", background_fill_color: null, border_line_color: null, visible: true },
  LabelSet: { x_offset: 0, y_offset: 0, angle: 0, text: { field: "text" }, text_font_size: "16px", text_align: "left", text_baseline: "bottom", visible: true },
  ColorBar: {
    location: "top_right", orientation: "auto", width: "auto", height: "auto", padding: 10, margin: 30, label_standoff: 5, title: null, title_standoff: 2,
    major_tick_in: 5, major_tick_out: 0, major_label_text_font_size: "11px", major_label_text_baseline: "middle", bar_line_color: null,
    major_tick_line_color: "#ffffff", border_line_color: null, background_fill_color: "#ffffff", background_fill_alpha: 0.95, scale_alpha: 1,
  },
  Toolbar: { tools: [], logo: "normal", autohide: false, active_drag: "auto", active_scroll: "auto", active_inspect: "auto", active_tap: "auto" },
  HoverTool: { tooltips: [["index", "$index"], ["data (x, y)", "($x, $y)"], ["screen (x, y)", "($sx, $sy)"]], formatters: {}, renderers: "auto", mode: "mouse", point_policy: "snap_to_data", line_policy: "nearest" },
  WheelZoomTool: { dimensions: "both", maintain_focus: true, zoom_on_axis: true, speed: 1 / 600 },
  PanTool: { dimensions: "both" },
  BoxZoomTool: { dimensions: "both" },
  CrosshairTool: { dimensions: "both", line_color: "black", line_alpha: 1, line_width: 1 },
  // widgets and layouts
  LayoutDOM: { visible: true, width: null, height: null, sizing_mode: null, css_classes: [], margin: null, disabled: false },
  Slider: { start: 0, end: 1, value: 0, step: 1, title: "", show_value: true, format: "0[.]00", orientation: "horizontal", direction: "ltr", bar_color: "#e6e6e6", value_throttled: null },
  DateSlider: { format: "%d %b %Y", step: 1 },
  DateRangeSlider: { format: "%d %b %Y", step: 1 },
  Button: { label: "Button", button_type: "default", disabled: false },
  Toggle: { label: "Toggle", active: false, button_type: "default" },
  Dropdown: { label: "Dropdown", menu: [], button_type: "default" },
  Select: { title: "", value: "", options: [] },
  MultiSelect: { title: "", value: [], options: [], size: 4 },
  MultiChoice: { title: "", value: [], options: [], placeholder: null },
  TextInput: { title: "", value: "", placeholder: "", value_input: "" },
  TextAreaInput: { title: "", value: "", placeholder: "", rows: 2, cols: 20 },
  NumericInput: { title: "", value: null, low: null, high: null, mode: "int", placeholder: "" },
  Spinner: { title: "", value: 0, low: null, high: null, step: 1, mode: "float" },
  DatePicker: { title: "", value: null, min_date: null, max_date: null },
  CheckboxGroup: { labels: [], active: [], inline: false },
  RadioGroup: { labels: [], active: null, inline: false },
  RadioButtonGroup: { labels: [], active: null, button_type: "default" },
  CheckboxButtonGroup: { labels: [], active: [], button_type: "default" },
  Switch: { active: false },
  Div: { text: "", render_as_text: false },
  DataTable: { columns: [], source: null, width: 600, height: 400, index_position: 0, index_header: "#", sortable: true, selectable: true, row_height: 25 },
  TableColumn: { field: "", title: null, width: 300, formatter: null, sortable: true },
  Row: { children: [], spacing: 0 },
  Column: { children: [], spacing: 0 },
  GridBox: { children: [], spacing: 0, rows: null, cols: null },
  Tabs: { tabs: [], active: 0, tabs_location: "above" },
  TabPanel: { title: "", child: null, closable: false, disabled: false },
  Spacer: {},
};

/** Visual mixin defaults (Line, Fill, Text, Hatch), matched by attribute-name suffix. */
const MIXIN: ReadonlyArray<readonly [string, unknown]> = [
  ["line_color", "black"], ["line_alpha", 1], ["line_width", 1], ["line_join", "bevel"], ["line_cap", "butt"], ["line_dash", []], ["line_dash_offset", 0],
  ["fill_color", "gray"], ["fill_alpha", 1],
  ["hatch_color", "black"], ["hatch_alpha", 1], ["hatch_pattern", null], ["hatch_scale", 12], ["hatch_weight", 1],
  ["text_font", "helvetica"], ["text_font_size", "16px"], ["text_font_style", "normal"], ["text_color", "#444444"], ["text_alpha", 1],
  ["text_align", "left"], ["text_baseline", "bottom"], ["text_line_height", 1.2], ["text_outline_color", null],
];

export function default_of(type: string, name: string): unknown {
  for (let t: string | undefined = type; t != null; t = PARENT[t]) {
    const table = TYPES[t];
    if (table !== undefined && name in table) return table[name];
  }
  if (type !== "LayoutDOM") {
    const layout = TYPES["LayoutDOM"]!;
    if (name in layout) return layout[name];
  }
  for (const [suffix, value] of MIXIN) {
    if (name.endsWith(suffix)) return value;
  }
  return undefined;
}
