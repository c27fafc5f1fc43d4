// Plain CSS for plots, toolbars, widgets and layouts, injected once.
const CSS = `
.dash-root { font-family: Helvetica, Arial, "Liberation Sans", sans-serif; font-size: 13px; color: #444; }
.dash-plot { position: relative; flex: none; }
.dash-plot-canvas { position: absolute; }
.dash-plot-canvas canvas { display: block; }
.dash-toolbar { position: absolute; display: flex; gap: 2px; align-items: center; box-sizing: border-box; padding: 2px; }
.dash-toolbar.vertical { flex-direction: column; }
.dash-tool { width: 26px; height: 26px; padding: 3px; border: none; background: transparent; color: #777; cursor: pointer; border-radius: 0; display: flex; align-items: center; justify-content: center; }
.dash-tool:hover { background: #f0f0f0; }
.dash-toolbar.vertical .dash-tool.active { border-left: 2px solid #26aae1; color: #444; }
.dash-toolbar:not(.vertical) .dash-tool.active { border-bottom: 2px solid #26aae1; color: #444; }
.dash-tool > svg { width: 17px; height: 17px; }
.dash-tool.disabled { color: #d7d7d8; cursor: not-allowed; }
.dash-logo { flex-shrink: 0; width: 20px; height: 20px; margin: 5px; display: block; background-repeat: no-repeat; }
.dash-toolbar.vertical .dash-logo { margin: 0 0 5px 0; }
.dash-toolbar:not(.vertical) .dash-logo { order: 1; margin: 0 0 0 5px; }
.dash-logo-grey { filter: grayscale(100%); }
.dash-divider { flex-shrink: 0; background-color: lightgray; width: 1px; height: 10px; }
.dash-toolbar.vertical .dash-divider { width: 10px; height: 1px; }
.dash-tooltip { position: absolute; z-index: 10; pointer-events: none; background: #fff; border: 1px solid #b3b3b3; border-radius: 3px; padding: 5px 8px; box-shadow: 0 1px 4px rgba(0,0,0,.2); font-size: 12px; white-space: nowrap; }
.dash-tooltip-item + .dash-tooltip-item { border-top: 1px solid #e5e5e5; margin-top: 4px; padding-top: 4px; }
.dash-tooltip-label { color: #26aae1; font-weight: bold; text-align: right; padding-right: 6px; }
.dash-tooltip-value { color: #333; }
.dash-swatch { display: inline-block; width: 12px; height: 12px; margin-right: 4px; vertical-align: middle; border: 1px solid #ccc; }
.dash-row { display: flex; flex-direction: row; }
.dash-column { display: flex; flex-direction: column; }
.dash-grid { display: grid; }
.dash-spacer { flex: 1 1 auto; }
.dash-widget { box-sizing: border-box; padding: 0; /* the model's margin (5 px, as BokehJS) is the only gap */ display: flex; flex-direction: column; gap: 4px; }
.dash-column > .dash-select, .dash-column > .dash-button, .dash-column > .dash-toggle, .dash-column > .dash-dropdown { align-self: flex-start; } /* BokehJS: a Select or button is as wide as its content, not the column */
.dash-widget label.dash-title { font-size: 13px; color: #444; }
.dash-widget input[type=text], .dash-widget input[type=number], .dash-widget input[type=date], .dash-widget textarea, .dash-widget select {
  font: inherit; padding: 4px 6px; border: 1px solid #ccc; border-radius: 4px; background: #fff; color: #333; box-sizing: border-box; width: 100%; }
.dash-widget input:focus, .dash-widget textarea:focus, .dash-widget select:focus { outline: none; border-color: #66afe9; box-shadow: 0 0 0 2px rgba(102,175,233,.4); }
.dash-btn { white-space: nowrap; min-width: max-content; /* BokehJS: a label stays on one line, even in Button(width=60) */ font: inherit; padding: 6px 12px; border: 1px solid #ccc; border-radius: 4px; background: #fff; color: #333; cursor: pointer; }
.dash-btn:hover { background: #f5f5f5; }
.dash-btn.active, .dash-btn:active { background: #e6e6e6; box-shadow: inset 0 3px 5px rgba(0,0,0,.125); }
.dash-btn.primary { background: #1f77b4; border-color: #1a6aa0; color: #fff; }
.dash-btn.success { background: #2ca02c; border-color: #258a25; color: #fff; }
.dash-btn.warning { background: #ff7f0e; border-color: #e06f0b; color: #fff; }
.dash-btn.danger { background: #d62728; border-color: #b82122; color: #fff; }
.dash-btn-group { display: flex; }
.dash-btn-group .dash-btn { border-radius: 0; margin-left: -1px; }
.dash-btn-group .dash-btn:first-child { border-radius: 4px 0 0 4px; margin-left: 0; }
.dash-btn-group .dash-btn:last-child { border-radius: 0 4px 4px 0; }
.dash-slider-head { display: flex; gap: 4px; font-size: 13px; }
.dash-slider-value { font-weight: bold; }
.dash-slider-track { position: relative; height: 20px; }
.dash-slider-track input[type=range] { position: absolute; left: 0; right: 0; width: 100%; margin: 0; top: 2px; pointer-events: none; -webkit-appearance: none; appearance: none; background: transparent; }
.dash-slider-track input[type=range]::-webkit-slider-runnable-track { height: 6px; border-radius: 3px; background: transparent; }
.dash-slider-track input[type=range]::-webkit-slider-thumb { pointer-events: all; -webkit-appearance: none; width: 16px; height: 16px; margin-top: -5px; border-radius: 50%; background: #fff; border: 1px solid #aaa; box-shadow: 0 1px 2px rgba(0,0,0,.2); cursor: pointer; }
.dash-slider-bar { position: absolute; top: 7px; left: 0; right: 0; height: 6px; border-radius: 3px; background: #e6e6e6; }
.dash-slider-fill { position: absolute; top: 7px; height: 6px; border-radius: 3px; background: #3fb8e8; }
.dash-choices { display: flex; flex-direction: column; gap: 3px; }
.dash-choices.inline { flex-direction: row; flex-wrap: wrap; gap: 10px; }
.dash-choices label { display: flex; align-items: center; gap: 5px; }
.dash-switch-knob { position: relative; width: 36px; height: 20px; border-radius: 10px; background: #ccc; cursor: pointer; transition: background .15s; }
.dash-switch-knob::after { content: ""; position: absolute; left: 2px; top: 2px; width: 16px; height: 16px; border-radius: 50%; background: #fff; transition: left .15s; }
.dash-switch-knob.on { background: #1f77b4; }
.dash-switch-knob.on::after { left: 18px; }
.dash-tags { display: flex; flex-wrap: wrap; gap: 4px; }
.dash-tag { background: #e6f2fb; border: 1px solid #b5d5ee; border-radius: 3px; padding: 1px 6px; }
.dash-tag button { border: none; background: none; cursor: pointer; padding: 0 0 0 4px; color: #777; }
.dash-table { overflow: auto; } /* as BokehJS's DataTable (SlickGrid, tables.css): striped rows, a muted index column */
.dash-table table { border-collapse: collapse; table-layout: fixed; width: 100%; font-size: 12px; }
.dash-table th { position: sticky; top: 0; z-index: 1; background: #fff; font-weight: normal; text-align: left; padding: 4px; line-height: 16px; border-bottom: 1px solid #bbbbbd; cursor: pointer; user-select: none; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
.dash-table td { padding: 0 4px; height: 25px; line-height: 20px; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; box-sizing: border-box; }
.dash-table tbody tr:nth-child(even) td { background: #f0f0f0; }
.dash-table .dash-index { width: 40px; box-sizing: border-box; text-align: right; }
.dash-table td.dash-index { color: #909090; background: #f0f0f0; border-right: 1px solid #bbbbbd; }
.dash-table tr.selected td { background: #f0f8ff; }
.dash-table tr.selected td.dash-index { background: transparent; }
.dash-tabs-header { display: flex; border-bottom: 1px solid #e5e5e5; }
.dash-tab { padding: 6px 12px; cursor: pointer; color: #666; border-bottom: 2px solid transparent; }
.dash-tab.active { color: #333; border-bottom-color: #26aae1; }
`;

let injected = false;

export function ensure_css(): void {
  if (injected || typeof document === "undefined") return;
  injected = true;
  const style = document.createElement("style");
  style.dataset["dash"] = "render";
  style.textContent = CSS;
  document.head.appendChild(style);
}
