// The page for <incident-card> as README.md documents the embed: the element
// with the card's static HTML (renderHtml of the embedded article) inside,
// written by the run to www/bench/data/element.html (git-ignored).
export function elementPage(staticHtml) {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>bench: the card as &lt;incident-card&gt; with its static HTML</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="../shell.css">
<link rel="stylesheet" href="../../incident-card.css">
<script type="module" src="../element.mjs"></script>
<script type="module" src="../../incident-card.js"></script>
</head>
<body>
<main>
  <h1>Armenia–Azerbaijan border clashes, November 2021</h1>
  <incident-card>
${staticHtml}
  </incident-card>
</main>
</body>
</html>
`;
}
