import { define, HasProps } from "../../core/model.ts";

/** BokehJS's transforms/Transform: the base of scales and color mappers. */
export class Transform extends define("Transform", HasProps, {}, { abstract: true }) {}
