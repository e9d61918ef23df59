import { describe, expect, it } from "vitest";
import { vatIdProblem } from "../../src/settings/vat-id.ts";

describe("vatIdProblem", () => {
  it.each([
    ["DE123456789", true],
    ["DE 123 456 789", true],
    ["ATU12345678", true],
    ["NL123456789B01", true],
    ["DE12345678", false],
    ["DE1234567890", false],
    ["DEU23456789", false],
    ["de123456789", false],
    ["123456789", false],
    ["FR1", false],
    ["ES12345678901234", false],
  ])("should take %j as a VAT id: %s", (id, valid) => {
    expect(vatIdProblem(id) === undefined).toBe(valid);
  });
});
