// The peer: the same incident's timeline in TimelineJS, from a JSON file that
// `npm run bench` writes (data/timeline.json, built from the card's dataset).
// Options keep every request on localhost: script_path points at node_modules
// (for the locale file), and font: null skips the Google-Fonts stylesheet a
// default embed would load (so the peer is measured with fewer bytes than a
// real embed would cost).
const timeline = new TL.Timeline('timeline', 'data/timeline.json', {
  script_path: new URL('/node_modules/@knight-lab/timelinejs/dist/js/', location.href).href,
  font: null,
  hash_bookmark: false,
});
timeline.on('loaded', () => {
  window.timelineLoaded = performance.now();
  performance.mark('timeline-loaded');
});
window.timeline = timeline;
