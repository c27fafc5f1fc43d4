import { define } from "../../core/model.ts";
import { Transform } from "../mappers/transform.ts";

export class Scale extends define("Scale", Transform, {}, { abstract: true }) {}
