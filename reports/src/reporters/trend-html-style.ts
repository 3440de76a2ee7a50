/** The report's stylesheet: readable on screen, and on paper (no tooltip, charts kept whole, all points shown). */
export const TREND_CSS = `
:root { color-scheme: light; --fg: #1f2328; --muted: #59636e; --line: #d1d9e0; --up: #1a7f37; --down: #cf222e; }
* { box-sizing: border-box; }
body { font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--fg); margin: 0 auto; max-width: 1100px; padding: 24px; }
h1 { font-size: 1.6em; margin: 0 0 .2em; }
h2 { font-size: 1.15em; margin: 1.6em 0 .5em; }
.headline { font-size: 1.4em; margin: .2em 0; }
.muted { color: var(--muted); }
.notes { color: var(--muted); padding-left: 1.2em; }
.canvas { position: relative; height: 320px; }
table { border-collapse: collapse; width: 100%; font-size: .92em; }
th, td { border-bottom: 1px solid var(--line); padding: 4px 8px; text-align: left; vertical-align: top; }
td:nth-child(n+2) { font-variant-numeric: tabular-nums; }
code { font: .9em ui-monospace, SFMono-Regular, Menlo, monospace; overflow-wrap: anywhere; }
.token { white-space: nowrap; overflow-wrap: normal; }
.delta.up { color: var(--up); } .delta.down { color: var(--down); }
.tag { font-size: .8em; border: 1px solid var(--line); border-radius: 8px; padding: 0 6px; color: var(--muted); }
.empty { color: var(--muted); font-style: italic; }
#tooltip { position: absolute; pointer-events: none; background: #fff; border: 1px solid var(--line); border-radius: 6px; box-shadow: 0 4px 12px rgba(0,0,0,.15); padding: 8px 10px; font-size: .85em; max-width: 360px; z-index: 10; }
#tooltip .title { font-weight: 600; margin-bottom: 2px; }
@media print {
  body { max-width: none; padding: 0; font-size: 11pt; }
  #tooltip { display: none !important; }
  .canvas { height: 240px; }
  section { break-inside: avoid; }
  section.chart { page-break-inside: avoid; }
  details.all-points > summary { display: none; }
  details.all-points > table { display: table; }
  tr { break-inside: avoid; }
  a { color: inherit; text-decoration: none; }
}
`;
