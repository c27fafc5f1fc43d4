import { define } from "../../core/model.ts";
import { ContinuousScale } from "./continuous_scale.ts";

export class LinearScale extends define("LinearScale", ContinuousScale, {}) {}
