import { createHash } from "node:crypto";

/**
 * Sets the reader's saved text size and colour scheme on `<html>` while `<head>` is
 * parsed, so the first paint shows them, and `data-script`, which shows the reader
 * controls. Storage that throws (private modes) leaves the defaults. Key and names as in `reader-settings.ts` and `public/reader.js`.
 */
export const READER_SETTINGS_SCRIPT =
  'var r=document.documentElement;r.setAttribute("data-script","");' +
  'try{var s=JSON.parse(localStorage.getItem("kiosk-reader"));["size","scheme"].forEach(function(n){' +
  'if(s&&typeof s[n]==="string")r.setAttribute("data-"+n,s[n])})}catch(e){}';

/** The script's hash for a Content-Security-Policy that allows it and no other inline script. */
export const READER_SETTINGS_HASH: `sha256-${string}` = `sha256-${createHash("sha256").update(READER_SETTINGS_SCRIPT).digest("base64")}`;
