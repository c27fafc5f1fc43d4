import { describe, expect, it } from "vitest";
import type { Locator, Page } from "playwright-core";
import { open_app, set_slider, until, use_browser, use_example } from "./helpers.ts";

describe("examples/widgets.ts in a browser", () => {
  const browser = use_browser();
  const app = use_example("widgets");

  /** The widget whose wrapper has class dash-<type>. */
  const w = (page: Page, type: string): Locator => page.locator(`.dash-widget.dash-${type.toLowerCase()}`).first();

  it("every widget prints its new value into the Div, from the server", async () => {
    const { page, errors } = await browser.new_page({ width: 1000, height: 800 });
    await open_app(page, app.url);
    const log = page.locator(".dash-div", { hasText: "Change any widget" });
    await expect(log.count()).resolves.toBe(1);
    // by model id: the text it is found by changes
    const log_el = page.locator(`[data-id="${await log.first().getAttribute("data-id")}"]`);
    // the Div's `styles` are its inline CSS
    expect(await log_el.evaluate((el) => getComputedStyle(el).fontFamily)).toBe("monospace");
    const expect_log = async (text: string): Promise<void> => {
      await until(async () => (await log_el.textContent()) === text, `the Div to say ${text}`, 5000).catch(async (e: unknown) => { throw new Error(`${String(e)}; it says ${await log_el.textContent()}`); });
    };

    const steps: Array<[string, () => Promise<unknown>, string]> = [
      ["TextInput", async () => { await w(page, "TextInput").locator("input").fill("world"); await w(page, "TextInput").locator("input").press("Enter"); }, 'TextInput: "world"'],
      ["TextAreaInput", async () => { await w(page, "TextAreaInput").locator("textarea").fill("three\nlines\nnow"); await w(page, "TextAreaInput").locator("textarea").blur(); }, 'TextAreaInput: "three\\nlines\\nnow"'],
      ["NumericInput", async () => { await w(page, "NumericInput").locator("input").fill("57"); await w(page, "NumericInput").locator("input").press("Enter"); }, "NumericInput: 57"],
      ["Spinner", async () => { await w(page, "Spinner").locator("input").fill("0.8"); await w(page, "Spinner").locator("input").press("Enter"); }, "Spinner: 0.8"],
      ["DatePicker", () => w(page, "DatePicker").locator("input").fill("2024-07-04"), 'DatePicker: "2024-07-04"'],
      ["Select", () => w(page, "Select").locator("select").selectOption("cherry"), 'Select: "cherry"'],
      ["MultiSelect", () => w(page, "MultiSelect").locator("select").selectOption(["apple", "damson"]), 'MultiSelect: ["apple","damson"]'],
      ["MultiChoice", () => w(page, "MultiChoice").locator("select").selectOption("banana"), 'MultiChoice: ["cherry","banana"]'],
      ["Slider", () => set_slider(page, "Slider", 7.5), "Slider: 7.5"],
      ["RangeSlider", () => w(page, "RangeSlider").locator("input[type=range]").nth(1).evaluate((el) => {
        const i = el as HTMLInputElement; i.value = "9"; i.dispatchEvent(new Event("input", { bubbles: true })); i.dispatchEvent(new Event("change", { bubbles: true }));
      }), "RangeSlider: [2,9]"],
      ["DateSlider", () => w(page, "DateSlider").locator("input[type=range]").evaluate((el, v) => {
        const i = el as HTMLInputElement; i.value = String(v); i.dispatchEvent(new Event("input", { bubbles: true })); i.dispatchEvent(new Event("change", { bubbles: true }));
      }, Date.UTC(2024, 8, 1)), `DateSlider: ${Date.UTC(2024, 8, 1)}`],
      ["CheckboxGroup", () => w(page, "CheckboxGroup").locator("label", { hasText: "three" }).click(), "CheckboxGroup: [0,2]"],
      ["RadioGroup", () => w(page, "RadioGroup").locator("label", { hasText: "blue" }).click(), "RadioGroup: 2"],
      ["CheckboxButtonGroup", () => w(page, "CheckboxButtonGroup").locator("button", { hasText: "italic" }).click(), "CheckboxButtonGroup: [1]"],
      ["RadioButtonGroup", () => w(page, "RadioButtonGroup").locator("button", { hasText: "right" }).click(), "RadioButtonGroup: 2"],
      ["Button", () => w(page, "Button").locator("button").click(), 'Button: "clicked 1 time"'],
      ["Toggle", () => w(page, "Toggle").locator("button").click(), "Toggle: true"],
      ["Dropdown", async () => { await w(page, "Dropdown").locator("button").first().click(); await w(page, "Dropdown").getByText("Second").click(); }, 'Dropdown: "second"'],
      ["Switch", () => w(page, "Switch").locator("[role=switch]").click(), "Switch: false"],
    ];
    page.setDefaultTimeout(5000);
    for (const [, act, text] of steps) {
      await act();
      await expect_log(text);
    }
    // static markup is there
    await expect(page.getByText("Paragraph: a block of text.").count()).resolves.toBe(1);
    await expect(page.locator(".dash-pretext").textContent()).resolves.toContain("preformatted");
    expect(errors).toEqual([]);
  });
});
