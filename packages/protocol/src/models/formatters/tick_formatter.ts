import { define, HasProps } from "../../core/model.ts";

export class TickFormatter extends define("TickFormatter", HasProps, {}, { abstract: true }) {}
