const { ingestFiles } = require('./dist/ingest/ingest-files');
const { createKnowledge } = require('./dist/ingest/pipeline');
(async () => {
  const k = createKnowledge();
  const t = Date.now();
  await ingestFiles(['/tmp/corpus2'], { knowledge: k, workers: 1 });
  console.log('ms', Date.now() - t);
})();
