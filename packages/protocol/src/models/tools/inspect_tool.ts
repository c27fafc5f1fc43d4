import { define } from "../../core/model.ts";
import { Tool } from "./tool.ts";

export class InspectTool extends define("InspectTool", Tool, {}, { abstract: true }) {}
