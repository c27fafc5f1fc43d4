import { define, HasProps } from "../../core/model.ts";

export class Ticker extends define("Ticker", HasProps, {}, { abstract: true }) {}
