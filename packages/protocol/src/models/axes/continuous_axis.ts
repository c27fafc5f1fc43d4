import { define } from "../../core/model.ts";
import { Axis } from "./axis.ts";

export class ContinuousAxis extends define("ContinuousAxis", Axis, {}, { abstract: true }) {}
