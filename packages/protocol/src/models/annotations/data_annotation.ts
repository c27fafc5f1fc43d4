import { define, p } from "../../core/model.ts";
import { Ref } from "../../core/kinds.ts";
import { Annotation } from "./annotation.ts";
import { ColumnDataSource } from "../sources/column_data_source.ts";

export class DataAnnotation extends define("DataAnnotation", Annotation, {
  source: p(Ref(() => ColumnDataSource), () => new ColumnDataSource()),
}, { abstract: true }) {}
