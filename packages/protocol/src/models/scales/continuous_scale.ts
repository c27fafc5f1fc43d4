import { define } from "../../core/model.ts";
import { Scale } from "./scale.ts";

export class ContinuousScale extends define("ContinuousScale", Scale, {}, { abstract: true }) {}
