export { TickFormatter } from "./tick_formatter.ts";
export { BasicTickFormatter } from "./basic_tick_formatter.ts";
export { CategoricalTickFormatter } from "./categorical_tick_formatter.ts";
export { NumeralTickFormatter } from "./numeral_tick_formatter.ts";
export { LogTickFormatter } from "./log_tick_formatter.ts";
export { DatetimeTickFormatter } from "./datetime_tick_formatter.ts";
