// CSS of the widgets in this directory beyond the shared base (views/css.ts), injected once.
const CSS = `
.dash-picker-range { display: flex; align-items: center; gap: 6px; }
.dash-widget input[type=datetime-local], .dash-widget input[type=time], .dash-widget input[type=password], .dash-widget input[type=file] {
  font: inherit; padding: 4px 6px; border: 1px solid #ccc; border-radius: 4px; background: #fff; color: #333; box-sizing: border-box; width: 100%; }
.dash-widget input[type=color] { width: 100%; height: 31px; padding: 2px; border: 1px solid #ccc; border-radius: 4px; background: #fff; box-sizing: border-box; }
.dash-file-error { color: #c62828; font-size: 12px; }
.dash-autocomplete { position: relative; }
.dash-completions { position: absolute; left: 0; right: 0; top: 100%; z-index: 20; margin: 2px 0 0; padding: 2px 0; list-style: none; background: #fff; border: 1px solid #ccc; border-radius: 4px; box-shadow: 0 6px 12px rgba(0,0,0,.175); max-height: 200px; overflow: auto; }
.dash-completions li { padding: 2px 8px; cursor: pointer; }
.dash-completions li.active, .dash-completions li:hover { background: #1f77b4; color: #fff; }
.dash-help { display: flex; flex-direction: row; }
.dash-help-btn { width: 26px; height: 26px; padding: 0; border-radius: 50%; font-weight: bold; }
.dash-ui-tooltip { position: fixed; z-index: 30; background: #fff; border: 1px solid #b3b3b3; border-radius: 4px; padding: 6px 10px; box-shadow: 0 1px 6px rgba(0,0,0,.25); font-size: 12px; color: #333; max-width: 320px; }
.dash-ui-tooltip .dash-tooltip-close { float: right; margin-left: 8px; cursor: pointer; border: none; background: none; font-size: 14px; line-height: 1; color: #777; }
.dash-scrollbox { overflow: auto; box-sizing: border-box; }
.dash-groupbox { border: 1px solid #e5e5e5; border-radius: 4px; padding: 8px 10px; margin: 0; box-sizing: border-box; }
.dash-groupbox legend { padding: 0 4px; font-weight: bold; color: #444; display: flex; align-items: center; gap: 4px; }
.dash-groupbox.disabled > :not(legend) { opacity: .5; pointer-events: none; }
.dash-dialog { position: fixed; z-index: 40; top: 50%; left: 50%; transform: translate(-50%, -50%); min-width: 240px; background: #fff; border: 1px solid #ccc; border-radius: 6px; box-shadow: 0 10px 30px rgba(0,0,0,.3); display: flex; flex-direction: column; }
.dash-dialog-title { display: flex; align-items: center; gap: 8px; padding: 6px 10px; border-bottom: 1px solid #e5e5e5; font-weight: bold; cursor: move; user-select: none; }
.dash-dialog-title span { flex: 1; }
.dash-dialog-title button { border: none; background: none; cursor: pointer; font-size: 16px; color: #777; }
.dash-dialog-body { padding: 10px; overflow: auto; }
`;

let injected = false;

export function ensure_widget_css(): void {
  if (injected || typeof document === "undefined") return;
  injected = true;
  const style = document.createElement("style");
  style.dataset["dash"] = "widgets";
  style.textContent = CSS;
  document.head.appendChild(style);
}
