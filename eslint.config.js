import astro from "eslint-plugin-astro";
import tseslint from "typescript-eslint";

export default [
  {
    ignores: ["dist/", "**/.astro/", ".kiosk-*/", "node_modules/", "bench/baseline/dist/"],
  },
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
];
