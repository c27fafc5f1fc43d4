/**
 * Layouts and the UI base classes (BokehJS's ui/StyledElement, UIElement, Pane live here too).
 * Only model classes are exported, so `export *` from the package root stays collision-free;
 * the shared kinds and enums are in ./kinds.ts.
 */
export { StyledElement } from "./styled_element.ts";
export { UIElement } from "./ui_element.ts";
export { Pane } from "./pane.ts";
export { LayoutDOM } from "./layout_dom.ts";
export { FlexBox } from "./flex_box.ts";
export { Row } from "./row.ts";
export { Column } from "./column.ts";
export { CSSGridBox } from "./css_grid_box.ts";
export { GridBox, type GridChild } from "./grid_box.ts";
export { Spacer } from "./spacer.ts";
export { TabPanel } from "./tab_panel.ts";
export { Tabs } from "./tabs.ts";
