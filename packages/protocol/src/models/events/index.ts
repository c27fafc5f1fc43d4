export * from "./ui_events.ts";
