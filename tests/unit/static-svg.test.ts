import { describe, expect, it } from "vitest";
import { NESTING_DEPTH_LIMIT } from "../../src/lib/input-limits.ts";
import { staticSvg } from "../../src/lib/static-svg.ts";

const SVG_NS = 'xmlns="http://www.w3.org/2000/svg"';
const bytes = (text: string) => new TextEncoder().encode(text);
/** An SVG with `inner` in its root, which sits on line 1. */
const logo = (inner: string, attributes = "") =>
  bytes(`<svg ${SVG_NS} viewBox="0 0 10 10"${attributes}>${inner}</svg>`);

/** A logo as design programs export it, once optimised: no styles, no DOCTYPE. */
const REAL_LOGO = `<?xml version="1.0" encoding="UTF-8"?>
<!-- Harbour Herald, Wortmarke -->
<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="240px" height="80" viewBox="0 0 240 80" xml:space="preserve">
  <title>Harbour Herald</title>
  <defs>
    <linearGradient id="sea" x1="0" y1="0" x2="0" y2="1" gradientUnits="objectBoundingBox">
      <stop offset="0" stop-color="#1d4e89"/>
      <stop offset="1" stop-color="rgb(10, 40, 80)" stop-opacity=".9"/>
    </linearGradient>
    <linearGradient id="sea-light" xlink:href="#sea" gradientTransform="rotate(10) translate(1 2)"/>
    <radialGradient id="sun" href="#sea" cx=".5" cy=".5" r=".5"/>
    <clipPath id="frame"><rect width="240" height="80" rx="8"/></clipPath>
    <mask id="fade"><rect width="240" height="80" fill="white"/></mask>
  </defs>
  <g clip-path="url(#frame)" mask="url('#fade')" transform="matrix(1 0 0 1 0 0)">
    <rect width="240" height="80" fill="url(#sea) #1d4e89"/>
    <circle cx="40" cy="40" r="18" fill="url(#sun)"/>
    <ellipse cx="40" cy="70" rx="30" ry="4" fill="#fdfcf9" fill-opacity="0.5"/>
    <path d="M8 60h48l-6 6H14z" fill="#fdfcf9" stroke="#000" stroke-width="0.5" stroke-linejoin="round"/>
    <polygon points="60,10 70,30 50,30" fill="url(#sea-light)"/>
    <polyline points="0,0 10,10" stroke="hsl(210 50% 40%)"/>
    <line x1="0" y1="79" x2="240" y2="79" stroke="#fff"/>
    <text x="70" y="50" font-family="'Source Serif 4', Georgia, serif" font-size="28" font-weight="700" fill="#fdfcf9">Harbour <tspan font-style="italic">Herald</tspan></text>
  </g>
</svg>
`;

describe("staticSvg", () => {
  it("should pass a real logo and take its size from width and height in pixels", () => {
    expect(staticSvg(bytes(REAL_LOGO))).toEqual({ width: 240, height: 80 });
  });

  it.each([
    [`<svg ${SVG_NS} width="120" height="40px" viewBox="0 0 60 20"/>`, { width: 120, height: 40 }],
    [`<svg ${SVG_NS} width="100%" viewBox="0 0 60,20"/>`, { width: 60, height: 20 }],
    [`\uFEFF<svg ${SVG_NS} viewBox=" 0 0 60 20 "/>`, { width: 60, height: 20 }],
  ])("should size %s", (svg, size) => {
    expect(staticSvg(bytes(svg))).toEqual(size);
  });

  it("should refuse a root without a size to reserve", () => {
    expect(staticSvg(bytes(`<svg ${SVG_NS} width="100%"/>`))).toEqual({
      line: 1,
      message:
        "needs a viewBox (or width and height in pixels) on its <svg> element, so pages can reserve its space",
    });
  });

  it.each([
    [
      "an SVG script under another prefix",
      '<s:script xmlns:s="http://www.w3.org/2000/svg">alert(1)</s:script>',
      /^<s:script> is not allowed in a logo/,
    ],
    [
      "an XHTML script",
      '<h:script xmlns:h="http://www.w3.org/1999/xhtml">alert(1)</h:script>',
      /^<h:script> is in the namespace "http:\/\/www.w3.org\/1999\/xhtml"/,
    ],
    [
      "an XHTML script in the default namespace",
      '<g xmlns="http://www.w3.org/1999/xhtml"><script>alert(1)</script></g>',
      /^<g> is in the namespace "http:\/\/www.w3.org\/1999\/xhtml"/,
    ],
    ["an element of no namespace", '<g xmlns=""><script/></g>', /^<g> is in the namespace of no name/],
    ["a script in upper case", "<SCRIPT>alert(1)</SCRIPT>", /^<SCRIPT> is not allowed/],
    [
      "foreignObject",
      '<foreignObject><p xmlns="http://www.w3.org/1999/xhtml">x</p></foreignObject>',
      /^<foreignObject> is not allowed/,
    ],
    [
      "use of a data: address",
      '<use href="data:image/svg+xml,&lt;svg onload=alert(1)&gt;"/>',
      /^<use> is not allowed/,
    ],
    ["use of another server", '<use href="https://other.example/logo.svg#a"/>', /^<use> is not allowed/],
    [
      "an image",
      '<image href="https://other.example/a.png" width="1" height="1"/>',
      /^<image> is not allowed/,
    ],
    ["a link", '<a href="javascript:alert(1)"><rect width="1" height="1"/></a>', /^<a> is not allowed/],
    [
      "a style element",
      "<style>@import url(https://other.example/a.css);</style>",
      /^<style> is not allowed/,
    ],
    [
      "animate setting href",
      '<animate attributeName="href" to="javascript:alert(1)"/>',
      /^<animate> is not allowed/,
    ],
    ["set setting href", '<set attributeName="href" to="javascript:alert(1)"/>', /^<set> is not allowed/],
    [
      "an onload handler",
      '<rect width="1" height="1" onload="alert(1)"/>',
      /^onload="alert\(1\)" on <rect> is an event handler/,
    ],
    [
      "a handler in upper case",
      '<rect width="1" height="1" ONCLICK="alert(1)"/>',
      /^ONCLICK="alert\(1\)" on <rect> is an event handler/,
    ],
    [
      "a handler in the SVG namespace",
      '<rect xmlns:s="http://www.w3.org/2000/svg" s:onload="alert(1)"/>',
      /^s:onload="alert\(1\)" on <rect> is an event handler/,
    ],
    [
      "javascript: written with a character reference",
      '<linearGradient id="a" href="&#106;avascript:alert(1)"/>',
      /^href="javascript:alert\(1\)" on <linearGradient> points outside the file/,
    ],
    [
      "xlink:href to another server",
      '<linearGradient xmlns:xlink="http://www.w3.org/1999/xlink" xlink:href="https://other.example/g.svg#a"/>',
      /^xlink:href="https:\/\/other.example\/g.svg#a" on <linearGradient> points outside the file/,
    ],
    [
      "another XLink attribute",
      '<g xmlns:xlink="http://www.w3.org/1999/xlink" xlink:title="x"/>',
      /^xlink:title="x" on <g> is not an attribute Kiosk allows/,
    ],
    [
      "xml:base",
      '<g xml:base="https://other.example/"/>',
      /^xml:base="https:\/\/other.example\/" on <g> is not an attribute/,
    ],
    [
      "a style attribute",
      '<rect style="fill:url(https://other.example/a.svg#g)"/>',
      /^style="fill:url\(https:\/\/other.example\/a.svg#g\)" on <rect>: style attributes are not allowed/,
    ],
    [
      "url() to another server",
      '<rect fill="url(https://other.example/a.svg#g)"/>',
      /^fill="url\(https:\/\/other.example\/a.svg#g\)" on <rect> loads something/,
    ],
    [
      "url() in upper case after a same-file one",
      '<rect fill="url(#a) URL(x.svg#g)"/>',
      /^fill="url\(#a\) URL\(x.svg#g\)" on <rect> loads something/,
    ],
    [
      "url written with a character reference",
      '<rect mask="&#x75;rl(https://other.example/m.svg#m)"/>',
      /^mask="url\(https:.* loads something/,
    ],
    [
      "a CSS escape",
      '<rect fill="\\75 rl(https://other.example/a.svg#g)"/>',
      /has a backslash, which CSS reads as an escape$/,
    ],
    [
      "image-set()",
      '<rect fill="image-set(&quot;a.png&quot; 1x)"/>',
      /^fill=.* calls image-set\(\), which Kiosk does not allow/,
    ],
    ["a CDATA section", "<text><![CDATA[<script>alert(1)</script>]]></text>", /^has a <!\[CDATA\[ section/],
  ])("should refuse %s, naming it", (_, inner, message) => {
    const problem = staticSvg(logo(inner));
    expect(problem).toMatchObject({ line: 1, message: expect.stringMatching(message) });
  });

  it("should refuse event handlers on the root itself", () => {
    expect(staticSvg(logo("", ' onload="alert(1)"'))).toMatchObject({
      message: expect.stringMatching(/^onload="alert\(1\)" on <svg> is an event handler/),
    });
  });

  it.each([
    [
      "a DOCTYPE with an entity",
      `<!DOCTYPE svg [<!ENTITY e "<script>alert(1)</script>">]>\n<svg ${SVG_NS} viewBox="0 0 1 1">&e;</svg>`,
      1,
      /^has a <!DOCTYPE>/,
    ],
    [
      "a DOCTYPE naming the SVG 1.1 DTD",
      `<?xml version="1.0"?>\n<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd">\n<svg ${SVG_NS} viewBox="0 0 1 1"/>`,
      2,
      /^has a <!DOCTYPE>/,
    ],
    [
      "an entity no DOCTYPE declares",
      `<svg ${SVG_NS} viewBox="0 0 1 1">\n&nbsp;</svg>`,
      2,
      /^is not well-formed XML: undefined entity/,
    ],
    [
      "a stylesheet instruction",
      `<?xml-stylesheet href="https://other.example/a.css"?>\n<svg ${SVG_NS}/>`,
      1,
      /^has the processing instruction <\?xml-stylesheet …\?>/,
    ],
    [
      "an instruction inside",
      `<svg ${SVG_NS} viewBox="0 0 1 1">\n<?php echo 1; ?></svg>`,
      2,
      /^has the processing instruction <\?php …\?>/,
    ],
    [
      "another encoding",
      `<?xml version="1.0" encoding="ISO-2022-JP"?><svg ${SVG_NS}/>`,
      1,
      /^declares the encoding ISO-2022-JP/,
    ],
    [
      "a root outside the SVG namespace",
      '<svg viewBox="0 0 1 1"/>',
      1,
      /^starts with <svg>, not <svg xmlns="http:\/\/www.w3.org\/2000\/svg">/,
    ],
    [
      "an HTML root",
      '<html xmlns="http://www.w3.org/1999/xhtml"><script>alert(1)</script></html>',
      1,
      /^starts with <html>/,
    ],
    [
      "an unbound prefix",
      `<svg ${SVG_NS}>\n<x:script/></svg>`,
      2,
      /^is not well-formed XML: unbound namespace prefix: "x"/,
    ],
    [
      "a second root",
      `<svg ${SVG_NS} viewBox="0 0 1 1"/>\n<script/>`,
      2,
      /^is not well-formed XML: documents may contain only one root/,
    ],
    ["text that is no XML", "logo", 1, /^is not well-formed XML/],
    ["an empty file", "", 1, /^is not well-formed XML: document must contain a root element/],
  ])("should refuse %s at its line", (_, svg, line, message) => {
    expect(staticSvg(bytes(svg))).toMatchObject({ line, message: expect.stringMatching(message) });
  });

  it("should name the line of an element and of an attribute further down", () => {
    const svg = `<svg ${SVG_NS} viewBox="0 0 1 1">\n<g>\n<rect\n  width="1"\n  onclick="alert(1)"/>\n<script/></g></svg>`;
    expect(staticSvg(bytes(svg))).toMatchObject({ line: 5 });
    expect(staticSvg(bytes(svg.replace('  onclick="alert(1)"', "")))).toMatchObject({ line: 6 });
  });

  it("should refuse bytes that are not UTF-8", () => {
    const latin1 = Uint8Array.from([
      ...bytes(`<svg ${SVG_NS} viewBox="0 0 1 1"><title>`),
      0xe9,
      ...bytes("</title></svg>"),
    ]);
    expect(staticSvg(latin1)).toEqual({ line: 1, message: "is not UTF-8 text: save it as UTF-8" });
  });

  it("should stop at the first element nested past the limit, so unclosed tags cost no more than they hold", () => {
    const nested = (depth: number) =>
      `<svg ${SVG_NS} viewBox="0 0 1 1">${"\n<g>".repeat(depth - 1)}${"</g>".repeat(depth - 1)}</svg>`;
    expect(staticSvg(bytes(nested(NESTING_DEPTH_LIMIT)))).toEqual({ width: 1, height: 1 });
    // 200 KB of unclosed tags: refused at the element past the limit, not read to the end.
    const unclosed = `<svg ${SVG_NS} viewBox="0 0 1 1">${"\n<g>".repeat(50_000)}`;
    expect(unclosed.length).toBeGreaterThan(200_000);
    expect(staticSvg(bytes(unclosed))).toEqual({
      line: NESTING_DEPTH_LIMIT + 1,
      message: `nests elements more than ${NESTING_DEPTH_LIMIT} deep: flatten its groups`,
    });
  });

  it.each([
    [
      "unclosed siblings",
      `<svg ${SVG_NS} viewBox="0 0 1 1">${"<g/>".repeat(50_000)}`,
      /^is not well-formed XML: unclosed tag: svg/,
    ],
    [
      "a long value of names before a parenthesis",
      `<svg ${SVG_NS} viewBox="0 0 1 1"><rect fill="${"a".repeat(200_000)}("/></svg>`,
      /calls a{40}…\(\)/,
    ],
    [
      "a long value of url( openings",
      `<svg ${SVG_NS} viewBox="0 0 1 1"><rect fill="${"url(#a".repeat(40_000)}"/></svg>`,
      /loads something/,
    ],
    [
      "many attributes",
      `<svg ${SVG_NS} viewBox="0 0 1 1" ${Array.from({ length: 20_000 }, (_, i) => `x${i}="1"`).join(" ")}/>`,
      /^x0="1" on <svg> is not an attribute/,
    ],
  ])("should refuse 200 KB of %s", (_, svg, message) => {
    expect(svg.length).toBeGreaterThan(200_000);
    expect(staticSvg(bytes(svg))).toMatchObject({ message: expect.stringMatching(message) });
  });
});
