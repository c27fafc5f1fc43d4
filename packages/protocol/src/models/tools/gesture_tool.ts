import { define } from "../../core/model.ts";
import { Tool } from "./tool.ts";

export class GestureTool extends define("GestureTool", Tool, {}, { abstract: true }) {}
