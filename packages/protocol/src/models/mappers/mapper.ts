import { define } from "../../core/model.ts";
import { Transform } from "./transform.ts";

export class Mapper extends define("Mapper", Transform, {}, { abstract: true }) {}
