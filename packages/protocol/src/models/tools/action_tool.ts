import { define } from "../../core/model.ts";
import { Tool } from "./tool.ts";

export class ActionTool extends define("ActionTool", Tool, {}, { abstract: true }) {}
